// What the learning engine's codes are called on pages, in the UI languages: kinds of need,
// scopes, the score's components, and what to do about each piece of missing data.
#pragma once

#include <string>

#include "domain/learning/learning.hpp"

namespace cps::web {

const char* need_kind_label(learning::NeedKind k);
const char* scope_label(learning::Scope s);
// The components in the order the score adds them, with their labels.
struct ComponentLabel {
  const char* name;   // as in the API: relevance, evidence …
  const char* label;  // message id
};
inline constexpr ComponentLabel kComponentLabels[] = {{"relevance", "Relevance to the need"},
                                                      {"evidence", "Strength of evidence"},
                                                      {"similarity", "Structural similarity"},
                                                      {"transferability", "Transferability"},
                                                      {"language", "Language reach"}};
double component_value(const learning::Components& c, std::string_view name);
double component_weight(std::string_view name);

// Where a reader can add what is missing: a path below the language prefix and its label.
struct MissingLink {
  std::string path;
  const char* label = nullptr;
};
std::vector<MissingLink> missing_links(const learning::MissingData& m, const RegionCode& region);

}  // namespace cps::web
