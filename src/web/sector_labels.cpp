#include "web/sector_labels.hpp"

namespace cps::web {

using i18n::N_;

const char* sector_label(std::string_view code) {
  if (code == "A") return N_("Agriculture, forestry and fishing");
  if (code == "B-E") return N_("Industry (except construction)");
  if (code == "C") return N_("Manufacturing");
  if (code == "F") return N_("Construction");
  if (code == "G-I") return N_("Trade, transport, accommodation and food services");
  if (code == "J") return N_("Information and communication");
  if (code == "K") return N_("Financial and insurance activities");
  if (code == "L") return N_("Real estate activities");
  if (code == "M_N") return N_("Professional, scientific, technical and support services");
  if (code == "O-Q") return N_("Public administration, defence, education, health and social work");
  if (code == "R-U") return N_("Arts, entertainment, recreation and other services");
  return nullptr;
}

std::string sector_name(const Site& site, i18n::Language language, std::string_view code) {
  const char* label = sector_label(code);
  return label ? site.tr(language, label) : std::string(code);
}

std::string star_marks(int stars) {
  std::string out;
  for (int i = 0; i < 3; ++i) out += i < stars ? "★" : "☆";
  return out;
}

}  // namespace cps::web
