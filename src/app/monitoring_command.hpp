// `clusterpolisee monitoring workplan export|import FILE` and `clusterpolisee monitoring rates
// import FILE.csv`: the work plan (periods, activities, indicator targets) as the file the
// installation starts from, and the programme's monthly exchange rates as a table.
#pragma once

#include <string>

#include "app/config.hpp"

namespace cps::app {

struct MonitoringCommand {
  enum class Kind { export_work_plan, import_work_plan, import_rates } kind = Kind::export_work_plan;
  std::string file;  // export: standard output when empty or "-"
};

// Returns the exit code: 0 done, 2 for a file that cannot be read or is refused (with its
// message and the field at fault on standard error), 1 for other failures.
int run_monitoring_command(const Config& config, const MonitoringCommand& command);

}  // namespace cps::app
