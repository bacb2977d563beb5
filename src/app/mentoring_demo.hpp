// The demo mentoring: mentor offers of the experienced organisations' staff and mentoring
// pairs in different states from data/demo/mentoring.json, taken through the mentoring
// service step by step as the demo people named in the file, so that every rule holds and the
// audit log names who did what.
#pragma once

#include <filesystem>

#include "app/services.hpp"

namespace cps::app {

struct MentoringDemoReport {
  std::size_t offers_added = 0;
  std::size_t requests_added = 0;
  std::size_t requests_total = 0;  // the file's requests stored now, added or already there
};

// Adds each offer whose mentor has none yet and each request whose learner has none to that
// mentor yet; what is there is left as it is. Fails naming the entry and the step that the
// service refused.
Result<MentoringDemoReport> load_demo_mentoring(Services& services, const std::filesystem::path& file);

}  // namespace cps::app
