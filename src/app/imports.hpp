// `clusterpolisee import dataset …`: regional statistics from a file, with a progress bar
// and every problem listed by file:line:column; and `clusterpolisee regions code-changes …`,
// the older NUTS codes imports rename or report.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "app/config.hpp"
#include "app/services.hpp"
#include "domain/statistics/statistics_service.hpp"

namespace cps::app {

struct ImportCommand {
  std::string format;  // eurostat-tsv, sdmx-csv, csv, xlsx; "" to guess from the file
  std::string file;
  std::string code, title, unit, source, licence;
  std::string sector_dimension;
  std::vector<std::string> select;  // dimension=value
  statistics::InvalidRows invalid_rows = statistics::InvalidRows::refuse_file;
  readers::NegativeValues negative_values = readers::NegativeValues::refused;
};

int run_import_command(const Config& config, const ImportCommand& command);

// Imports one file with a progress bar on standard error; the demo uses it too.
Result<statistics::ImportReport> import_file(Services& services, const ImportCommand& command,
                                             std::vector<readers::Issue>& issues);

struct CodeChangeCommand {
  enum class Kind { list, add, remove } kind = Kind::list;
  std::string old_code;
  std::string new_code;  // "" with split
  enum class Successor { one_region, split } successor = Successor::one_region;
  std::string vintage, note;
};

int run_code_change_command(const Config& config, const CodeChangeCommand& command);

}  // namespace cps::app
