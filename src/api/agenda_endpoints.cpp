// The start page's handler (see agenda_endpoints.hpp).
#include "api/agenda_endpoints.hpp"

#include <boost/json.hpp>

#include "api/guard.hpp"
#include "api/json.hpp"

namespace cps::api {

namespace json = boost::json;

namespace {

json::value text_or_null(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

json::object entry_json(const agenda::Entry& e) {
  return json::object{{"title", e.title},
                      {"path", e.path},
                      {"due", text_or_null(e.due)},
                      {"overdue", e.overdue},
                      {"context", text_or_null(e.context)},
                      {"count", e.count},
                      {"period", e.period ? json::value(e.period) : json::value(nullptr)}};
}

}  // namespace

void AgendaEndpoints::add_routes(http::Router& router) {
  router.get("/api/v1/users/me/agenda", for_visitor(auth_, this, &AgendaEndpoints::agenda));
}

http::Response AgendaEndpoints::agenda(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto found = agenda_.agenda(v.principal, *lang);
  if (!found) return error_response(r, found.error());
  json::array sections;
  for (const auto& s : found->sections) {
    json::array items;
    for (const auto& e : s.entries) items.push_back(entry_json(e));
    sections.push_back(json::object{{"kind", std::string(agenda::to_string(s.kind))}, {"items", std::move(items)}});
  }
  return json_response(r, json::object{{"today", found->today}, {"total", found->total}, {"sections", std::move(sections)}});
}

}  // namespace cps::api
