// The scope switch of the analytics pages: parsing `scope` and the choices of its field.
#include "web/scope_switch.hpp"

#include "web/site.hpp"

namespace cps::web {

Result<statistics::Scope> scope_of(const http::Request& request) {
  auto text = request.query_value("scope");
  if (!text || text->empty()) return statistics::Scope::programme;
  auto scope = statistics::parse_scope(*text);
  if (!scope) return fail(ErrorKind::invalid, "Choose the scope programme or europe.", "scope");
  return *scope;
}

kainjow::mustache::list scope_choices(const Site& site, i18n::Language lang, statistics::Scope chosen) {
  using statistics::Scope;
  kainjow::mustache::list out;
  for (auto [scope, label] : {std::pair{Scope::programme, i18n::N_("Regions of the programme area")},
                              {Scope::europe, i18n::N_("Regions of all Europe")}})
    out.push_back(Object{{"code", std::string(statistics::to_string(scope))},
                         {"label", site.tr(lang, label)},
                         {"selected", scope == chosen}});
  return out;
}

std::string iso_country(std::string_view eurostat_code) {
  if (eurostat_code == "EL") return "GR";
  if (eurostat_code == "UK") return "GB";
  return std::string(eurostat_code);
}

}  // namespace cps::web
