// The invariants every statistical file reader keeps, whatever the file: issues and
// observations are placed in the file, every observation's year is one of the table's years
// and its dimensions match the table's.
#pragma once

#include <algorithm>
#include <cmath>

#include "core/text.hpp"
#include "fuzz/fuzz.hpp"
#include "readers/observation_table.hpp"

namespace cps::fuzz {

// Everything read is stored and shown (PostgreSQL refuses text that is not UTF-8, and so do
// browsers' JSON parsers), issues' quotes of the file included.
inline void check_table(const readers::ObservationTable& table) {
  for (const auto& name : table.dimension_names) require(text::is_valid_utf8(name), "dimension names are UTF-8");
  for (const auto& o : table.observations) {
    require(text::is_valid_utf8(o.geo) && text::is_valid_utf8(o.flags), "codes and flags are UTF-8");
    for (const auto& d : o.dimensions) require(text::is_valid_utf8(d), "dimension codes are UTF-8");
    require(o.line >= 1, "an observation has a line");
    require(o.dimensions.size() == table.dimension_names.size(), "an observation has every dimension");
    require(std::find(table.years.begin(), table.years.end(), o.year) != table.years.end(),
            "an observation's year is listed");
    require(!o.value || std::isfinite(*o.value), "values are finite");
  }
  for (const auto& issue : table.issues) {
    require(!issue.message.empty(), "an issue has a message");
    require(text::is_valid_utf8(issue.text), "what an issue quotes is UTF-8");
  }
}

}  // namespace cps::fuzz
