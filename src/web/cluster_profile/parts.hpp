// What every cluster profile page's file shares: the names it speaks in and small pieces
// several pages show: addresses, sectors, countries and regions by name, the choices of the
// forms' selects, and reading a form's lists.
#pragma once

#include <boost/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "domain/matchmaking/cluster_profile.hpp"
#include "http/request.hpp"
#include "web/cluster_profile_labels.hpp"
#include "web/cluster_profile_pages.hpp"

namespace cps::web::cluster_profile_parts {

// "/en/cluster-profiles/12"
std::string profile_href(i18n::Language lang, matchmaking::ProfileId id);
// "16 · Wood Products" (the division, its cluster category when it has one).
std::string sector_text(const matchmaking::Sector& s);
// The country's name in the language (Eurostat codes: EL is Greece).
std::string country_text(const Site& site, i18n::Language lang, const CountryCode& code);
// "Nord-Est (RO21)", or the code when the reference data do not know it.
std::string region_text(reference::ReferenceService& reference, const RegionCode& code);
// The 88 divisions as a select's groups by section, `chosen` selected; each option named by
// its code and cluster category.
List division_groups(const Site& site, i18n::Language lang, const std::set<std::string>& chosen,
                     const std::map<std::string, std::string>& categories);
// The countries of the reference data by name in the language, `chosen` selected.
List country_choices(const Site& site, i18n::Language lang, reference::ReferenceService& reference,
                     const std::string& chosen);
// Codes typed with commas, semicolons or spaces between them.
std::vector<std::string> split_list(const std::string& typed);
// A JSON list of texts.
boost::json::array json_texts(const std::vector<std::string>& values);
// form_error with the field at fault also as "invalid_<field>" where dots are underscores
// ("contact.email" → invalid_contact_email), so that templates can mark it.
Object form_error_of(const Site& site, i18n::Language lang, const Error& error);
// The revision a form started from (0 when missing, which the service refuses as stale).
int revision_of(const Form& f);
// A select's choices of an enumeration with its labels; `chosen` selected.
template <class E, std::size_t N>
List choices(const Site& site, i18n::Language lang, const EnumName<E> (&names)[N], const char* (*label)(E),
             std::string_view chosen) {
  List out;
  for (const auto& n : names)
    out.push_back(Object{{"code", std::string(n.name)}, {"name", site.tr(lang, label(n.value))}, {"selected", n.name == chosen}});
  return out;
}

}  // namespace cps::web::cluster_profile_parts

// Only the files in web/cluster_profile/ include this header: the names below are theirs alone.
namespace cps::web {

using i18n::N_;
using i18n::NP_;
using namespace cps::matchmaking;
namespace bhttp = http::bhttp;
namespace json = boost::json;
using cluster_profile_parts::choices;
using cluster_profile_parts::country_choices;
using cluster_profile_parts::country_text;
using cluster_profile_parts::division_groups;
using cluster_profile_parts::form_error_of;
using cluster_profile_parts::json_texts;
using cluster_profile_parts::profile_href;
using cluster_profile_parts::region_text;
using cluster_profile_parts::revision_of;
using cluster_profile_parts::sector_text;
using cluster_profile_parts::split_list;

}  // namespace cps::web
