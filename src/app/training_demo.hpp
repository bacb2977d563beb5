// The demo's training programme: three published modules — cluster management excellence
// (WG1, with a training session people attended, completed by six people with their
// certificates, so that its gain shows), cluster internationalisation (WG3, a few people
// part-way) and smart specialisation (WG5, an upcoming session, people just enrolled) — taken
// through the training and event services as the demo people, so that every rule holds and
// the audit log names who did what. What happened in the past goes through services whose
// clocks read the day it happened.
#pragma once

#include "app/services.hpp"

namespace cps::app {

struct TrainingDemoReport {
  std::size_t modules_added = 0;  // 0 when there were modules already
  std::size_t enrolments = 0;
  std::size_t certificates = 0;
};

// Needs the demo partnership and knowledge items stored first; adds modules only to an empty
// programme.
Result<TrainingDemoReport> load_demo_training(Services& services);

}  // namespace cps::app
