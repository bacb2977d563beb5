// The demo monitoring of the partnership from data/demo/monitoring.json: the default work plan
// with its responsible partners, baselines and changes, exchange rates, planned budgets,
// spending, progress reports and a controller's verifications — taken through the monitoring
// service step by step as the demo people named in the file.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "app/services.hpp"

namespace cps::app {

struct MonitoringDemoReport {
  bool added = false;  // false: the partnership's reports were there already, nothing changed
  std::size_t activities = 0;
  std::size_t spending = 0;
  std::size_t verified = 0;
  std::map<std::string, std::size_t> reports_by_status;
};

// Loads the file's monitoring into the shipped work plan (stored when the services were built)
// where no progress report exists yet. Fails naming the step the service refused.
Result<MonitoringDemoReport> load_demo_monitoring(Services& services, const std::filesystem::path& file);

}  // namespace cps::app
