#include "api/reference_endpoints.hpp"

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"
#include "i18n/languages.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::reference;

namespace {

json::object to_json(const Country& c) {
  return {{"code", c.code.str()},          {"iso_code", c.iso_code},
          {"status", to_string(c.status)}, {"name_en", c.name_en},
          {"name_native", c.name_native},  {"native_language", c.native_language}};
}

json::object to_json(const Region& r) {
  json::object o{{"code", r.code.str()},
                 {"level", r.level},
                 {"country", r.country.str()},
                 {"parent", nullptr},
                 {"name_latin", r.name_latin},
                 {"name_native", r.name_native},
                 {"classification", to_string(r.classification)}};
  if (r.parent) o["parent"] = r.parent->str();
  return o;
}

json::object to_json(const ThematicArea& a) {
  return {{"code", a.code.str()}, {"position", a.position},
          {"lang", a.lang},       {"name", a.name},
          {"summary", a.summary}, {"description_markdown", a.description_markdown}};
}

}  // namespace

void ReferenceEndpoints::add_routes(http::Router& router) {
  using E = ReferenceEndpoints;
  const http::RouteOptions body{64 * 1024};
  router.get("/api/v1/areas", for_anyone(this, &E::areas));
  router.get("/api/v1/areas/{code}", for_anyone(this, &E::area));
  router.get("/api/v1/countries", for_anyone(this, &E::countries));
  router.get("/api/v1/countries/{code}", for_anyone(this, &E::country));
  router.get("/api/v1/regions", for_anyone(this, &E::regions));
  router.get("/api/v1/regions/{code}", for_anyone(this, &E::region));
  router.add(http::bhttp::verb::post, "/api/v1/regions/lookup", for_anyone(this, &E::lookup_regions), body);
  router.get("/api/v1/reporting-periods", for_anyone(this, &E::reporting_periods));
}

http::Response ReferenceEndpoints::areas(http::Request& request) {
  if (auto ok = check_query(request, {"lang", "limit", "cursor"}); !ok) return error_response(request, ok.error());
  auto lang = language_parameter(request);
  if (!lang) return error_response(request, lang.error());
  auto page = page_request(request, kWholeList);
  if (!page) return error_response(request, page.error());
  auto areas = service_.areas(*lang);
  if (!areas) return error_response(request, areas.error());
  json::array items;
  for (const auto& a : *areas) items.push_back(to_json(a));
  return page_of(request, std::move(items), *page);
}

http::Response ReferenceEndpoints::area(http::Request& request) {
  if (auto ok = check_query(request, {"lang"}); !ok) return error_response(request, ok.error());
  auto lang = language_parameter(request);
  if (!lang) return error_response(request, lang.error());
  auto area = service_.area(request.param("code"), *lang);
  if (!area) return error_response(request, area.error());
  return json_response(request, to_json(*area));
}

http::Response ReferenceEndpoints::countries(http::Request& request) {
  if (auto ok = check_query(request, {"limit", "cursor"}); !ok) return error_response(request, ok.error());
  auto page = page_request(request, kWholeList);
  if (!page) return error_response(request, page.error());
  auto countries = service_.countries();
  if (!countries) return error_response(request, countries.error());
  json::array items;
  for (const auto& c : *countries) items.push_back(to_json(c));
  return page_of(request, std::move(items), *page);
}

http::Response ReferenceEndpoints::country(http::Request& request) {
  if (auto ok = check_query(request, {}); !ok) return error_response(request, ok.error());
  auto country = service_.country(request.param("code"));
  if (!country) return error_response(request, country.error());
  return json_response(request, to_json(*country));
}

http::Response ReferenceEndpoints::regions(http::Request& request) {
  if (auto ok = check_query(request, {"country", "level", "q", "limit", "cursor"}); !ok)
    return error_response(request, ok.error());
  RegionQueryInput input{request.query_value("country"), request.query_value("level"),
                         request.query_value("q"), request.query_value("limit"),
                         request.query_value("cursor")};
  auto query = service_.parse_region_query(input, ReferenceService::Paging::paged);
  if (!query) return error_response(request, query.error());
  auto page = service_.find_regions(*query);
  if (!page) return error_response(request, page.error());
  json::array items;
  for (const auto& r : page->regions) items.push_back(to_json(r));
  json::object body{{"items", items}, {"total", page->total}, {"next_cursor", nullptr}};
  http::Response res = json_response(request, body);
  if (page->next_cursor) {
    body["next_cursor"] = *page->next_cursor;
    res = json_response(request, body);
    // The next page's URL keeps the caller's filters and adds the cursor.
    std::string next = "/api/v1/regions?";
    for (const auto& [k, v] : request.query)
      if (k != "cursor")
        next += text::encode_uri_component(k) + "=" + text::encode_uri_component(v) + "&";
    next += "cursor=" + *page->next_cursor;
    res.set(http::bhttp::field::link, "<" + next + ">; rel=\"next\"");
  }
  return res;
}

http::Response ReferenceEndpoints::region(http::Request& request) {
  if (auto ok = check_query(request, {}); !ok) return error_response(request, ok.error());
  auto detail = service_.region(request.param("code"));
  if (!detail) return error_response(request, detail.error());
  json::object body = to_json(detail->region);
  json::array ancestors, children;
  for (const auto& a : detail->ancestors) ancestors.push_back(json::value(a.code.str()));
  for (const auto& c : detail->children) children.push_back(to_json(c));
  body["ancestors"] = ancestors;
  body["children"] = children;
  return json_response(request, body);
}

http::Response ReferenceEndpoints::lookup_regions(http::Request& request) {
  auto body = parse_object(request.raw.body());
  if (!body) return error_response(request, body.error());
  auto it = body->find("codes");
  if (it == body->end() || !it->value().is_array())
    return error_response(request, Error{ErrorKind::unprocessable,
                                         "Give the region codes as a list in \"codes\".", "codes"});
  std::vector<std::string> codes;
  for (const auto& v : it->value().as_array()) {
    if (!v.is_string())
      return error_response(
          request, Error{ErrorKind::unprocessable, "Every region code must be a string.", "codes"});
    codes.emplace_back(v.as_string().c_str());
  }
  auto lookup = service_.lookup_regions(codes);
  if (!lookup) return error_response(request, lookup.error());
  json::array found, unknown;
  for (const auto& r : lookup->found) found.push_back(to_json(r));
  for (const auto& u : lookup->unknown) unknown.push_back(json::value(u));
  return json_response(request, json::object{{"found", found}, {"unknown", unknown}});
}

http::Response ReferenceEndpoints::reporting_periods(http::Request& request) {
  if (auto ok = check_query(request, {"limit", "cursor"}); !ok) return error_response(request, ok.error());
  auto page = page_request(request, kWholeList);
  if (!page) return error_response(request, page.error());
  auto periods = service_.reporting_periods();
  if (!periods) return error_response(request, periods.error());
  json::array items;
  for (const auto& p : *periods)
    items.push_back(
        json::object{{"number", p.number}, {"starts_on", p.starts_on}, {"ends_on", p.ends_on}});
  return page_of(request, std::move(items), *page);
}

}  // namespace cps::api
