// Names of the NACE Rev. 2 divisions and sections in the UI languages: what a knowledge item's
// sectors are called on its page, in its form and in the search page's sector facet.
#pragma once

#include <string>
#include <string_view>

#include "web/site.hpp"

namespace cps::web {

// The message id of a division's name ("16"), or nullptr for a code that is no division.
const char* division_label(std::string_view division);
// The message id of a section's name ('C'), or nullptr for a letter that is no section.
const char* section_label(char section);

// "16 · Manufacture of wood …" in the language; the code alone when it has no name.
std::string division_name(const Site& site, i18n::Language language, std::string_view division);

}  // namespace cps::web
