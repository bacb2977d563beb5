// Indicator values as a table, the one format of both the download and the upload (CSV and
// XLSX): one row per indicator and period with a value. Columns, in this order:
//   indicator, name, unit, period, value, evidence, comment
// The name and unit columns are for the reader; on upload they are ignored, the indicator's
// code decides. An empty value cell means "no value for that period" and is skipped.
#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/pilot/pilot.hpp"
#include "domain/pilot/pilot_input.hpp"
#include "export/table.hpp"

namespace cps::pilot {

inline constexpr const char* kValueColumns[] = {"indicator", "name", "unit", "period", "value", "evidence", "comment"};

// Every stored value of the pilot's indicators, in indicator then period order.
exports::Table values_table(const Pilot& pilot);
// The rows of an uploaded table (header row first, the columns above by name, any order).
// Fails (unprocessable) naming "row N: column", e.g. a value that is not a number.
Result<std::vector<ValueInput>> read_values_table(const std::vector<std::vector<std::string>>& rows);

}  // namespace cps::pilot
