// Small stop-word lists per language: function words that carry no search meaning.
#pragma once

#include <string_view>

namespace cps::retrieval {

// Space-separated words as written in the language (the analyzer folds them); empty for a
// language without a list.
std::string_view stop_words(std::string_view language);

}  // namespace cps::retrieval
