// `clusterpolisee import dataset …`: regional statistics from a file, with a progress bar
// and every problem listed by line and column.
#pragma once

#include <map>
#include <string>

#include "app/config.hpp"
#include "app/services.hpp"
#include "domain/statistics/statistics_service.hpp"

namespace cps::app {

struct ImportCommand {
  std::string format = "eurostat-tsv";
  std::string file;
  std::string code, title, unit, source, licence;
  std::string sector_dimension;
  std::vector<std::string> select;  // dimension=value
  bool valid_rows_only = false;
};

int run_import_command(const Config& config, const ImportCommand& command);

// Imports one file with a progress bar on standard error; the demo uses it too.
Result<statistics::ImportReport> import_file(Services& services, const ImportCommand& command,
                                             std::vector<statistics::Issue>& issues);

}  // namespace cps::app
