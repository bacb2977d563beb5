// The plans' labels (see plan_labels.hpp).
#include "web/plan_labels.hpp"

#include "i18n/catalogue.hpp"

namespace cps::web {

using i18n::N_;
using namespace cps::plans;

const char* plan_kind_label(PlanKind k) {
  switch (k) {
    case PlanKind::joint_strategic_plan: return N_("Joint strategic plan");
    case PlanKind::sustainability_plan: return N_("Sustainability plan");
    case PlanKind::initiative_charter: return N_("SEE Cluster Initiative charter");
    case PlanKind::regional_action_plan: return N_("Regional action plan");
  }
  return "";
}

const char* plan_state_label(PlanState s) {
  switch (s) {
    case PlanState::drafting: return N_("Drafting");
    case PlanState::voting: return N_("Steering committee vote");
    case PlanState::approved: return N_("Approved");
  }
  return "";
}

const char* suggestion_kind_label(SuggestionKind k) {
  switch (k) {
    case SuggestionKind::insert: return N_("Add a paragraph after it");
    case SuggestionKind::replace: return N_("Replace the text");
    case SuggestionKind::remove: return N_("Delete the paragraph");
  }
  return "";
}

const char* suggestion_state_label(SuggestionState s) {
  switch (s) {
    case SuggestionState::open: return N_("Open");
    case SuggestionState::accepted: return N_("Accepted");
    case SuggestionState::rejected: return N_("Rejected");
  }
  return "";
}

const char* choice_label(Choice c) {
  switch (c) {
    case Choice::in_favour: return N_("For");
    case Choice::against: return N_("Against");
    case Choice::abstain: return N_("Abstain");
  }
  return "";
}

const char* vote_state_label(VoteState s) {
  switch (s) {
    case VoteState::open: return N_("Open");
    case VoteState::approved: return N_("Adopted");
    case VoteState::rejected: return N_("Not adopted");
  }
  return "";
}

const char* editor_group_label(std::string_view code) {
  if (code == "SC") return N_("Steering committee");
  if (code == "STC") return N_("Scientific and technical committee");
  return N_("Working group {number}");
}

}  // namespace cps::web
