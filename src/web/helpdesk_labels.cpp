#include "web/helpdesk_labels.hpp"

#include "i18n/catalogue.hpp"

namespace cps::web {

using i18n::N_;

const char* verdict_label(feedback::Verdict v) {
  switch (v) {
    case feedback::Verdict::useful: return N_("Useful");
    case feedback::Verdict::not_relevant: return N_("Not relevant");
    case feedback::Verdict::adopted: return N_("Adopted");
  }
  return "";
}

const char* question_status_label(helpdesk::QuestionStatus s) {
  switch (s) {
    case helpdesk::QuestionStatus::open: return N_("Waiting for an expert");
    case helpdesk::QuestionStatus::assigned: return N_("Assigned");
    case helpdesk::QuestionStatus::answered: return N_("Answered");
    case helpdesk::QuestionStatus::closed: return N_("Closed");
  }
  return "";
}

const char* answer_kind_label(helpdesk::AnswerKind k) {
  switch (k) {
    case helpdesk::AnswerKind::study: return N_("Study");
    case helpdesk::AnswerKind::good_practice: return N_("Good practice");
  }
  return "";
}

const char* helpdesk_view_label(helpdesk::View v) {
  switch (v) {
    case helpdesk::View::mine: return N_("My questions");
    case helpdesk::View::assigned: return N_("Assigned to me");
    case helpdesk::View::all: return N_("All questions");
  }
  return "";
}

}  // namespace cps::web
