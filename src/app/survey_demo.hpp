// The demo stakeholder survey "Needs of cluster organisations 2027": open to everyone signed
// in, anonymous, with a section asked only of cluster organisations and a question asked only of
// those who need help to export; thirty people of the partnership from several countries have
// answered it through the survey service (so every rule holds and the audit log has each step).
// The stakeholders of the demo have not answered, so that they can.
#pragma once

#include "app/services.hpp"

namespace cps::app {

struct SurveyDemoReport {
  bool added = false;  // false: the survey was there already
  std::size_t responses = 0;
  std::size_t countries = 0;
};

// Adds the survey unless one with its title exists.
Result<SurveyDemoReport> load_demo_surveys(Services& services);

}  // namespace cps::app
