// Folding text for matching across scripts, cases and diacritics: what a person typing on
// any keyboard of the region would expect to find.
#pragma once

#include <string>
#include <string_view>

namespace cps::retrieval {

// Transliterates to Latin, strips diacritics and lowers case, so "Ελλάδα", "ELLADA" and
// "ellada" fold alike, as do "Țara", "Ţara" (cedilla) and "tara". Invalid UTF-8 folds to
// the empty string.
std::string fold(std::string_view utf8);

}  // namespace cps::retrieval
