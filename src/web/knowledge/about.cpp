// "What this is about" as search results and the item page show it (templates/
// knowledge_about.mustache): the item's main concepts, instrument, areas and places in the
// reader's language, and its human translation into that language.
#include "web/knowledge/parts.hpp"

namespace cps::web {

Object KnowledgePages::about_view(const About& about, Language lang, ItemId item) const {
  const auto& cat = site_.catalogue();
  List concepts;
  for (const auto& c : about.concepts) concepts.push_back(Object{{"label", c.label}, {"matched", c.matched}});
  std::string areas;
  auto area_names = reference_.areas(i18n::code(lang));
  for (const auto& code : about.areas) {
    std::string name = code;
    if (area_names)
      for (const auto& a : *area_names)
        if (a.code.str() == code) name = a.name;
    areas += (areas.empty() ? "" : "; ") + name;
  }
  std::string places;
  for (const auto& code : about.countries) {
    auto country = reference_.country(code);
    places += (places.empty() ? "" : ", ") + (country ? cat.country_name(lang, country->iso_code) : code);
  }
  for (const auto& code : about.regions) {
    auto region = reference_.region(code);
    places += (places.empty() ? "" : ", ") + (region ? region->region.name_latin : code);
  }
  Object o{{"about_concepts", concepts},
           {"has_about_concepts", !concepts.empty()},
           {"about_instrument", about.instrument ? site_.tr(lang, instrument_label(*about.instrument)) : ""},
           {"has_about_instrument", about.instrument.has_value()},
           {"about_areas", areas},
           {"has_about_areas", !areas.empty()},
           {"about_places", places},
           {"has_about_places", !places.empty()},
           {"has_translation", about.translation.has_value()}};
  if (about.translation) {
    o["translation_href"] = Site::prefix(lang) + "/knowledge/" + std::to_string(item.value()) + "?text=" + *about.translation;
    o["translation_lang"] = *about.translation;
    o["translation_name"] = std::string(language_endonym(*about.translation));
  }
  return o;
}

}  // namespace cps::web
