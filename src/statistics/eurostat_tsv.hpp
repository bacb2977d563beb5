// The Eurostat bulk download format (TSV): a first column joining the dimension codes with
// commas and ending in geo (header `unit,nace_r2,age,geo\time`), then one column per year;
// each value is a number or ':' (not available), followed by flags (b break in series,
// u low reliability, c confidential, e estimated, p provisional, …).
#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace cps::statistics {

struct Observation {
  std::vector<std::string> dimensions;  // codes of the dimension columns before geo, in order
  std::string geo;                      // region code as written in the file
  int year = 0;
  std::optional<double> value;          // none for ':'
  std::string flags;                    // letters after the value, e.g. "bu"
  std::size_t line = 0;                 // where it was read (1 = header)
  std::size_t column = 0;
};

// One thing wrong with a file, where it is. Column 1 is the dimension column.
struct Issue {
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;  // English message id
  std::string text;     // what was found there
};

struct EurostatTable {
  std::vector<std::string> dimension_names;  // e.g. unit, nace_r2, age
  std::vector<int> years;                    // in the order of the columns
  std::vector<Observation> observations;
  std::vector<Issue> issues;  // rows and cells that could not be read; the rest is kept
};

// Called every few thousand lines with the bytes read so far.
using ReadProgress = std::function<void(std::size_t bytes)>;

// Reads a whole file. A header that is not the Eurostat layout fails (kind unprocessable,
// naming line 1); bad rows and cells become issues and are left out.
Result<EurostatTable> read_eurostat_tsv(std::istream& in, const ReadProgress& progress = {});

}  // namespace cps::statistics
