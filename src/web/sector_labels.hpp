// Names of the sectors regional statistics are published in (NACE Rev. 2 sections and the
// groups of sections Eurostat publishes regional employment in), in the UI languages.
#pragma once

#include <string>
#include <string_view>

#include "web/site.hpp"

namespace cps::web {

// The message id of a sector's name, or nullptr for a code without one.
const char* sector_label(std::string_view code);

// The sector's name in the language, or its code when it has no name.
std::string sector_name(const Site& site, i18n::Language language, std::string_view code);

// A cluster's 0–3 stars as ★ and ☆ (pages also give the count in words for screen readers).
std::string star_marks(int stars);

}  // namespace cps::web
