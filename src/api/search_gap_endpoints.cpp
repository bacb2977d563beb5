#include "api/search_gap_endpoints.hpp"

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "i18n/languages.hpp"

namespace cps::api {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using knowledge::ResultsBucket;

void SearchGapEndpoints::add_routes(http::Router& router) {
  router.get("/api/v1/search-gaps", for_visitor(auth_, this, &SearchGapEndpoints::list));
  router.add(bhttp::verb::post, "/api/v1/search-gaps/dismiss", for_visitor(auth_, this, &SearchGapEndpoints::dismiss),
             http::RouteOptions{16 * 1024});
}

http::Response SearchGapEndpoints::list(http::Request& r, const auth::Visit& v) {
  if (auto ok = check_query(r, {"language", "results", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  knowledge::SearchGapFilter filter;
  if (auto l = r.query_value("language")) {
    if (!i18n::parse_language(*l)) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "language"});
    filter.language = *l;
  }
  if (auto b = r.query_value("results"); b && !(filter.results = knowledge::parse_results_bucket(*b)))
    return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "results"});
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto gaps = gaps_.report(v.principal, filter);
  if (!gaps) return error_response(r, gaps.error());
  json::array all;
  for (const auto& g : *gaps)
    all.push_back(json::object{{"query", g.query},
                               {"language", g.language},
                               {"results", to_string(g.results)},
                               {"searches", g.searches},
                               {"first_week", g.first_week},
                               {"last_week", g.last_week}});
  return page_of(r, std::move(all), *page,
                 json::object{{"retention_weeks", knowledge::kRetentionWeeks}, {"few_results", knowledge::kFewResults}});
}

http::Response SearchGapEndpoints::dismiss(http::Request& r, const auth::Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto text = [&](std::string_view key) -> std::string {
    const auto* value = body->if_contains(key);
    return value && value->is_string() ? std::string(value->get_string()) : std::string();
  };
  auto results = knowledge::parse_results_bucket(text("results"));
  if (!results) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "results"});
  auto done = gaps_.dismiss(v.principal, text("query"), text("language"), *results);
  if (!done) return error_response(r, done.error());
  return http::make_response(r, bhttp::status::no_content, "", "");
}

}  // namespace cps::api
