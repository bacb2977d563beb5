// The 88 divisions of NACE Rev. 2 and the section each belongs to: the classification itself
// (Regulation (EC) No 1893/2006), against which a cluster's sectors are checked. The cluster
// category of a division is not fixed here: it comes from the editable division table of the
// statistics (cluster_categories), where divisions forming no traded cluster have no row.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace cps::matchmaking {

struct NaceDivision {
  std::string_view code;  // two digits
  char section;           // A–U
};

std::span<const NaceDivision> nace_divisions();

// The section of a division code ("16" → 'C'), or nothing for a code that is no division.
std::optional<char> section_of_division(std::string_view code);

}  // namespace cps::matchmaking
