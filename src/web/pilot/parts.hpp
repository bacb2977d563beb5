// What every pilot page's file shares: the names it speaks in (the pilot domain, translation
// markers, the HTTP types) and small pieces several pages show: addresses, dates, numbers,
// achievement as words, regions' and areas' names, choices of a select.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json.hpp>
#include <fmt/format.h>

#include "core/text.hpp"
#include "domain/pilot/pilot.hpp"
#include "http/request.hpp"
#include "web/pilot_labels.hpp"
#include "web/pilot_pages.hpp"

namespace cps::web::pilot_parts {

// "/en/pilots/12"
std::string pilot_href(i18n::Language lang, pilot::PilotId id);
// A moment as the day it falls on (UTC), YYYY-MM-DD; "" for 0 (never).
std::string day_of(pilot::Seconds t);
// A date YYYY-MM-DD as the language writes it ("12 March 2026"); the text itself otherwise.
std::string date_text(const i18n::Catalogue& cat, i18n::Language lang, const std::string& date);
// A value as the language writes numbers: whole numbers without decimals, others with two.
std::string number_text(const i18n::Catalogue& cat, i18n::Language lang, double value);
// A form field's number, with a comma or a point as the decimal sign; nullopt when empty or
// not a number.
std::optional<double> number_of(const std::string& typed);
// "1 250 000,00 €"-like, as the language writes amounts of euro.
std::string euro_text(const i18n::Catalogue& cat, i18n::Language lang, pilot::EuroCents amount);
// A ratio as a percentage of the way to the target ("78 %"), "–" when it cannot be judged.
std::string percent_text(const i18n::Catalogue& cat, i18n::Language lang, std::optional<double> ratio);
// "3 of 4 targets met"
std::string targets_met_text(const Site& site, i18n::Language lang, std::size_t met, std::size_t of);
// "Nord-Est (RO21)", or the code when the reference data do not know it.
std::string region_label(reference::ReferenceService& reference, const RegionCode& code);
std::string regions_text(reference::ReferenceService& reference, const std::vector<RegionCode>& codes);
// The six areas in order: code and name in the language (the code when unnamed).
struct AreaName {
  std::string code;
  std::string name;
};
std::vector<AreaName> area_names(reference::ReferenceService& reference, std::string_view language);
// The revision a form started from (0 when missing, which the service refuses as stale).
int revision_of(const Form& f);
// A select's choices of an enumeration with its labels; `chosen` selected.
template <class E, std::size_t N>
List choices(const Site& site, i18n::Language lang, const EnumName<E> (&names)[N],
             const char* (*label)(E), std::string_view chosen) {
  List out;
  for (const auto& n : names)
    out.push_back(Object{{"code", std::string(n.name)},
                         {"name", site.tr(lang, label(n.value))},
                         {"selected", n.name == chosen}});
  return out;
}
// A stored number as a form field shows it: the shortest text that reads back the same.
inline std::string typed_number(double value) { return fmt::format("{}", value); }
// A JSON number from a typed field, or null when it is empty (the reader then names the
// field as missing or wrong).
boost::json::value json_number(const std::string& typed);

}  // namespace cps::web::pilot_parts

// Only the files in web/pilot/ include this header: the names below are theirs alone.
namespace cps::web {

using i18n::N_;
using i18n::NP_;
using namespace cps::pilot;
namespace bhttp = http::bhttp;
namespace json = boost::json;
using pilot_parts::area_names;
using pilot_parts::choices;
using pilot_parts::date_text;
using pilot_parts::day_of;
using pilot_parts::euro_text;
using pilot_parts::json_number;
using pilot_parts::number_of;
using pilot_parts::number_text;
using pilot_parts::percent_text;
using pilot_parts::pilot_href;
using pilot_parts::region_label;
using pilot_parts::regions_text;
using pilot_parts::revision_of;
using pilot_parts::targets_met_text;
using pilot_parts::typed_number;

}  // namespace cps::web
