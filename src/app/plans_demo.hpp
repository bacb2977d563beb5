// The demo's joint plans: the Joint Strategic Plan with accepted, rejected and open suggestions,
// two versions and a finished steering committee vote that published the second; and the
// Sustainability Plan in drafting — taken through the service as the demo people, so that every
// rule holds and the audit log names who did what.
#pragma once

#include "app/services.hpp"

namespace cps::app {

struct PlansDemoReport {
  std::size_t plans = 0;  // 0 when there were plans already
  std::size_t suggestions = 0;
  std::size_t ballots = 0;
};

// Needs the demo partnership stored first.
Result<PlansDemoReport> load_demo_plans(Services& services);

}  // namespace cps::app
