// What the feedback's and the helpdesk's codes are called on pages, in the UI languages:
// verdicts, question statuses, the kinds of item an answer becomes, and the helpdesk's lists.
#pragma once

#include "domain/feedback/feedback.hpp"
#include "domain/helpdesk/helpdesk_service.hpp"

namespace cps::web {

const char* verdict_label(feedback::Verdict v);
const char* question_status_label(helpdesk::QuestionStatus s);
const char* answer_kind_label(helpdesk::AnswerKind k);
const char* helpdesk_view_label(helpdesk::View v);

}  // namespace cps::web
