// What the pilots' codes are called on pages, in the UI languages: statuses, logframe levels,
// indicator kinds, directions, units, milestone and risk states, likelihood and impact, the
// OECD-DAC criteria, evaluation stages and the states of modification requests.
#pragma once

#include "domain/pilot/pilot.hpp"

namespace cps::web {

const char* pilot_status_label(pilot::PilotStatus s);
const char* logframe_level_label(pilot::LogframeLevel l);
const char* indicator_kind_label(pilot::IndicatorKind k);
// In words, so that the direction never rests on an arrow or a colour.
const char* direction_label(pilot::Direction d);
const char* unit_label(pilot::Unit u);
const char* milestone_status_label(pilot::MilestoneStatus s);
const char* level_label(pilot::Level l);
const char* risk_status_label(pilot::RiskStatus s);
const char* dac_criterion_label(pilot::DacCriterion c);
// The question each criterion asks, as the OECD words it.
const char* dac_criterion_question(pilot::DacCriterion c);
const char* evaluation_stage_label(pilot::EvaluationStage s);
const char* modification_status_label(pilot::ModificationStatus s);

}  // namespace cps::web
