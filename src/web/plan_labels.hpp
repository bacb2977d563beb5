// What the plans' codes are called on pages, in the UI languages: kinds of plan, states,
// kinds and states of suggestions, votes' choices and outcomes.
#pragma once

#include "domain/plans/plans.hpp"

namespace cps::web {

const char* plan_kind_label(plans::PlanKind k);
const char* plan_state_label(plans::PlanState s);
const char* suggestion_kind_label(plans::SuggestionKind k);
const char* suggestion_state_label(plans::SuggestionState s);
const char* choice_label(plans::Choice c);
const char* vote_state_label(plans::VoteState s);
// "Working group 4", "Steering committee" … as a message id with a {number} place.
const char* editor_group_label(std::string_view code);

}  // namespace cps::web
