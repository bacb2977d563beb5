// The demo pilots: pilot initiatives of the demo partnership from data/demo/pilots.json, taken
// through the pilot service step by step as the demo people named in the file, so that every
// rule holds and the audit log names who did what.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "app/services.hpp"

namespace cps::app {

struct PilotDemoReport {
  std::size_t added = 0;
  std::size_t total = 0;  // the file's pilots stored now, added or already there
  std::map<std::string, std::size_t> added_by_status;
};

// Adds each pilot of the file whose English title no pilot has yet; one that is there is left
// as it is. Needs the reporting periods (the monitoring's work plan) stored first. Fails
// naming the pilot and the step that the service refused.
Result<PilotDemoReport> load_demo_pilots(Services& services, const std::filesystem::path& file);

}  // namespace cps::app
