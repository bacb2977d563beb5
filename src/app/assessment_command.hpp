// `clusterpolisee assessment framework export|import`: an assessment framework as a file, so
// that a partnership can start from another's (the same file the API serves and takes).
#pragma once

#include <optional>
#include <string>

#include "app/config.hpp"

namespace cps::app {

struct FrameworkCommand {
  enum class Kind { export_file, import_file } kind = Kind::export_file;
  std::optional<int> version;  // export: the latest when absent
  std::string file;            // export: standard output when empty
};

// Returns the exit code: 0 done, 2 for a file that cannot be read or is refused (with its
// message and the field at fault on standard error), 1 for other failures.
int run_framework_command(const Config& config, const FrameworkCommand& command);

}  // namespace cps::app
