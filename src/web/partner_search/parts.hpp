// What the partner-search pages share: the names they speak in, the reasons of a match in the
// reader's language, the criteria as words and as an address, and the choices of the form.
#pragma once

#include <map>
#include <string>

#include "core/text.hpp"
#include "domain/matchmaking/partner_search/criteria_input.hpp"
#include "domain/matchmaking/partner_search/partner_search.hpp"
#include "http/request.hpp"
#include "web/cluster_profile_labels.hpp"
#include "web/partner_search_pages.hpp"

namespace cps::web::partner_search_parts {

// Country code → name in the page's language, for the countries the reference data know.
std::map<std::string, std::string> country_names(const Site& site, reference::ReferenceService& reference,
                                                 i18n::Language lang);

// A reason translated, then filled: a "country" value is the country's name, an "lq" value
// a number as the language writes it.
std::string reason_text(const Site& site, i18n::Language lang, const partner_search::Reason& reason,
                        const std::map<std::string, std::string>& countries);

// "?sector=16&q=testing%20lab": the criteria as the search page's address takes them.
std::string criteria_query(const partner_search::Criteria& criteria);

// The criteria in words for lists: "Sector 16 · “testing lab” · Hungary · with my profile".
std::string criteria_text(const Site& site, i18n::Language lang, const partner_search::Criteria& criteria,
                          const std::map<std::string, std::string>& countries);

// The field values of a form or query by name.
inline partner_search::Fields query_fields(const http::Request& r) {
  return [&r](std::string_view name) { return r.query_value(name).value_or(""); };
}
inline partner_search::Fields form_fields(const Form& f) {
  return [&f](std::string_view name) { return f.get(name); };
}

}  // namespace cps::web::partner_search_parts

// Only the files in web/partner_search/ include this header: the names below are theirs alone.
namespace cps::web {

using i18n::N_;
using i18n::NP_;
namespace bhttp = http::bhttp;
using namespace cps::partner_search;
using partner_search_parts::country_names;
using partner_search_parts::criteria_query;
using partner_search_parts::criteria_text;
using partner_search_parts::form_fields;
using partner_search_parts::query_fields;
using partner_search_parts::reason_text;

}  // namespace cps::web
