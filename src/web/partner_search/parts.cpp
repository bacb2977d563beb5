// The partner-search pages' shared pieces (see parts.hpp).
#include "web/partner_search/parts.hpp"

#include <cstdlib>

namespace cps::web::partner_search_parts {

std::map<std::string, std::string> country_names(const Site& site, reference::ReferenceService& reference,
                                                 i18n::Language lang) {
  std::map<std::string, std::string> out;
  if (auto all = reference.countries())
    for (const auto& c : *all) out[c.code.str()] = site.catalogue().country_name(lang, c.iso_code);
  return out;
}

std::string reason_text(const Site& site, i18n::Language lang, const partner_search::Reason& reason,
                        const std::map<std::string, std::string>& countries) {
  auto values = reason.values;
  for (auto& [name, value] : values) {
    if (name == "country") {
      if (auto it = countries.find(value); it != countries.end()) value = it->second;
    } else if (name == "lq") {
      char* end = nullptr;
      double number = std::strtod(value.c_str(), &end);
      if (end && *end == '\0') value = site.catalogue().format_decimal(lang, number, 1);
    }
  }
  return text::fill(site.tr(lang, reason.text), values);
}

std::string criteria_query(const partner_search::Criteria& criteria) {
  std::string out;
  for (const auto& [name, value] : partner_search::criteria_fields(criteria))
    out += (out.empty() ? "?" : "&") + name + "=" + text::encode_uri_component(value);
  return out;
}

std::string criteria_text(const Site& site, i18n::Language lang, const partner_search::Criteria& c,
                          const std::map<std::string, std::string>& countries) {
  std::string out;
  auto add = [&](std::string part) { out += (out.empty() ? "" : " · ") + part; };
  if (!c.division.empty()) add(text::fill(site.tr(lang, N_("Sector {sector}")), {{"sector", c.division}}));
  if (!c.category.empty()) add(c.category);
  if (!c.words.empty()) add("“" + c.words + "”");
  if (c.country) {
    auto it = countries.find(c.country->str());
    add(it == countries.end() ? c.country->str() : it->second);
  }
  if (c.region) add(c.region->str());
  if (c.kind) add(site.tr(lang, offer_kind_label(*c.kind)));
  if (c.with_profile == partner_search::WithProfile::yes) add(site.tr(lang, N_("with my cluster's profile")));
  return out;
}

}  // namespace cps::web::partner_search_parts
