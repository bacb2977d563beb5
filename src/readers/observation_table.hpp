// What every reader of statistical files produces: observations by region, further
// dimensions and year, and every problem found, where it is. Format-neutral.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cps::readers {

// The file layouts the readers take.
enum class FileFormat {
  eurostat_tsv,  // Eurostat bulk download: `unit,nace_r2,geo\time` then one column per year
  sdmx_csv,      // SDMX-CSV 1.0 and 2.0, one observation per line (Eurostat's current API)
  csv,           // region,sector,year,value[,flag]
  xlsx,          // the same layout in the first worksheet of a workbook
};

std::string_view to_string(FileFormat format);  // "eurostat-tsv", "sdmx-csv", "csv", "xlsx"
std::optional<FileFormat> parse_file_format(std::string_view name);

struct Observation {
  std::vector<std::string> dimensions;  // codes of the dimension columns, in order
  std::string geo;                      // region code as written in the file
  int year = 0;
  std::optional<double> value;  // none: not available
  std::string flags;            // Eurostat flag letters, e.g. "bu"
  std::size_t line = 0;         // where the value was read (1 = header); row for XLSX
  std::size_t column = 0;
};

// One thing wrong with a file, where it is: line (or worksheet row) and column, from 1.
struct Issue {
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;  // English message id
  std::string text;     // what was found there
};

struct ObservationTable {
  std::vector<std::string> dimension_names;  // e.g. unit, nace_r2, age; "sector" for long files
  // The dimension the layout itself makes the sector ("sector" in long files), "" when the
  // importer has to name it.
  std::string sector_dimension;
  std::vector<int> years;  // in the order first met
  std::vector<Observation> observations;
  std::vector<Issue> issues;  // rows and cells that could not be read; the rest is kept
};

// Called now and then with the bytes read so far.
using ReadProgress = std::function<void(std::size_t bytes)>;

}  // namespace cps::readers
