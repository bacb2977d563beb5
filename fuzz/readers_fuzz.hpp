// The invariants every statistical file reader keeps, whatever the file: issues and
// observations are placed in the file, every observation's year is one of the table's years
// and its dimensions match the table's.
#pragma once

#include <algorithm>
#include <cmath>

#include "fuzz/fuzz.hpp"
#include "readers/observation_table.hpp"

namespace cps::fuzz {

inline void check_table(const readers::ObservationTable& table) {
  for (const auto& o : table.observations) {
    require(o.line >= 1, "an observation has a line");
    require(o.dimensions.size() == table.dimension_names.size(), "an observation has every dimension");
    require(std::find(table.years.begin(), table.years.end(), o.year) != table.years.end(),
            "an observation's year is listed");
    require(!o.value || std::isfinite(*o.value), "values are finite");
  }
  for (const auto& issue : table.issues) require(!issue.message.empty(), "an issue has a message");
}

}  // namespace cps::fuzz
