// The switch between the analytics' two scopes — the programme area and Europe — as the map
// and the sector pages offer it: the `scope` parameter read from a request, and the choices
// of the form.
#pragma once

#include <string>

#include "core/error.hpp"
#include "domain/statistics/statistics.hpp"
#include "http/request.hpp"
#include "i18n/languages.hpp"
#include "web/templates.hpp"

namespace cps::web {

class Site;

// The `scope` of a request: programme when absent; fails (invalid, naming "scope") for any
// other word than programme or europe.
Result<statistics::Scope> scope_of(const http::Request& request);

// The choices of the scope field, the chosen one selected: {code, label, selected}.
kainjow::mustache::list scope_choices(const Site& site, i18n::Language lang, statistics::Scope chosen);

// The ISO 3166-1 code of a Eurostat country code (EL → GR, UK → GB), for country names.
std::string iso_country(std::string_view eurostat_code);

}  // namespace cps::web
