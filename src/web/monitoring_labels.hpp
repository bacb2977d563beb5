// What the monitoring's codes are called on pages, in the UI languages: phases, kinds and
// states of activities, the traffic lights (a word and a symbol beside the colour), report
// states, cost categories, the controller's verification, project indicators, the parts of
// the baseline, modification requests and the pace of spending.
#pragma once

#include "domain/monitoring/budget_math.hpp"
#include "domain/monitoring/monitoring.hpp"

namespace cps::web {

const char* phase_label(monitoring::Phase p);
const char* activity_kind_label(monitoring::ActivityKind k);
const char* activity_status_label(monitoring::ActivityStatus s);
// The light in words ("On track", "At risk", "Late", "Not active"), so that colour is never
// the only sign.
const char* light_label(monitoring::Light l);
// A symbol that tells the lights apart in black and white: ✓ ! ✕ –.
const char* light_symbol(monitoring::Light l);
const char* report_status_label(monitoring::ReportStatus s);
const char* cost_category_label(monitoring::CostCategory c);
const char* verification_label(monitoring::Verification v);
const char* measured_label(monitoring::Measured m);
const char* plan_part_label(monitoring::PlanPart p);
const char* plan_change_status_label(monitoring::PlanChangeStatus s);
const char* pace_label(monitoring::Pace p);

}  // namespace cps::web
