// The pieces the cluster profile pages share (see parts.hpp).
#include "web/cluster_profile/parts.hpp"

#include <algorithm>

#include "domain/matchmaking/nace_divisions.hpp"
#include "web/sector_labels.hpp"

namespace cps::web::cluster_profile_parts {

std::string profile_href(i18n::Language lang, matchmaking::ProfileId id) {
  return Site::prefix(lang) + "/cluster-profiles/" + std::to_string(id.value());
}

std::string sector_text(const matchmaking::Sector& s) {
  return s.category.empty() ? s.division : s.division + " · " + s.category;
}

std::string country_text(const Site& site, i18n::Language lang, const CountryCode& code) {
  std::string iso = code.str() == "EL" ? "GR" : code.str() == "UK" ? "GB" : code.str();
  std::string name = site.catalogue().country_name(lang, iso);
  return name.empty() ? code.str() : name;
}

std::string region_text(reference::ReferenceService& reference, const RegionCode& code) {
  auto found = reference.region(code.str());
  if (!found) return code.str();
  return found->region.name_latin + " (" + code.str() + ")";
}

List division_groups(const Site& site, i18n::Language lang, const std::set<std::string>& chosen,
                     const std::map<std::string, std::string>& categories) {
  List groups;
  char section = 0;
  List options;
  auto close = [&] {
    if (!section) return;
    std::string letter(1, section);
    groups.push_back(Object{{"label", letter + " · " + sector_name(site, lang, letter)}, {"options", options}});
    options = List{};
  };
  for (const auto& d : matchmaking::nace_divisions()) {
    if (d.section != section) {
      close();
      section = d.section;
    }
    std::string code(d.code);
    auto category = categories.find(code);
    options.push_back(Object{{"code", code},
                             {"name", category == categories.end() ? code : code + " · " + category->second},
                             {"selected", chosen.contains(code)}});
  }
  close();
  return groups;
}

List country_choices(const Site& site, i18n::Language lang, reference::ReferenceService& reference,
                     const std::string& chosen) {
  List out;
  if (auto all = reference.countries())
    for (const auto& c : *all)
      out.push_back(Object{{"code", c.code.str()},
                           {"name", site.catalogue().country_name(lang, c.iso_code)},
                           {"selected", c.code.str() == chosen}});
  return out;
}

std::vector<std::string> split_list(const std::string& typed) {
  std::vector<std::string> out;
  std::string current;
  for (char c : typed + ",") {
    if (c == ',' || c == ';' || c == '\n' || c == '\r' || c == '\t') {
      std::string item = text::trim(current);
      if (!item.empty()) out.push_back(item);
      current.clear();
    } else {
      current += c;
    }
  }
  return out;
}

boost::json::array json_texts(const std::vector<std::string>& values) {
  boost::json::array out;
  for (const auto& v : values) out.push_back(boost::json::value(v));
  return out;
}

Object form_error_of(const Site& site, i18n::Language lang, const Error& error) {
  Object out = form_error(site, lang, error);
  std::string field = error.field;
  std::replace(field.begin(), field.end(), '.', '_');
  if (!field.empty()) out["invalid_" + field] = true;
  return out;
}

int revision_of(const Form& f) { return int(text::parse_int(f.get("revision")).value_or(0)); }

}  // namespace cps::web::cluster_profile_parts
