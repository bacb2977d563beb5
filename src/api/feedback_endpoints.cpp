// The routes of the feedback and helpdesk API, one line each, and the feedback and curation
// handlers (the helpdesk's are in helpdesk_endpoints.cpp).
#include "api/feedback_endpoints.hpp"

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "api/table_files.hpp"
#include "core/text.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::feedback;

namespace {

json::value judgment_json(const Judgment& j) {
  return json::object{{"verdict", std::string(to_string(j.verdict))}, {"reason", j.reason}, {"at", j.at}};
}

json::object summary_json(const Summary& s) {
  json::object out{{"subject", std::string(to_string(s.subject))},
                   {"key", s.key},
                   {"tally", json::object{{"useful", s.tally.useful},
                                          {"not_relevant", s.tally.not_relevant},
                                          {"adopted", s.tally.adopted}}},
                   {"mine", s.mine ? judgment_json(*s.mine) : json::value(nullptr)}};
  return out;
}

json::object curation_json(const Curation& c) {
  return json::object{{"region", c.key.region.str()}, {"need", c.key.need},     {"item", c.key.item},
                      {"pinned", c.pinned},           {"hidden", c.hidden},     {"note", c.note},
                      {"curator", c.curator_name},    {"at", c.at}};
}

}  // namespace

void FeedbackEndpoints::add_routes(http::Router& router) {
  using V = http::bhttp::verb;
  http::RouteOptions body{64 * 1024};
  // An answer is a knowledge item's text.
  http::RouteOptions long_body{256 * 1024};
  router.add(V::post, "/api/v1/feedback", for_visitor(auth_, this, &FeedbackEndpoints::give), body);
  router.get("/api/v1/feedback", for_visitor(auth_, this, &FeedbackEndpoints::summary));
  router.get("/api/v1/feedback.csv", for_visitor(auth_, this, &FeedbackEndpoints::judgments));
  router.add(V::put, "/api/v1/curations", for_visitor(auth_, this, &FeedbackEndpoints::curate), body);
  router.get("/api/v1/curations", for_visitor(auth_, this, &FeedbackEndpoints::curations));
  router.get("/api/v1/helpdesk", for_visitor(auth_, this, &FeedbackEndpoints::questions));
  router.add(V::post, "/api/v1/helpdesk", for_visitor(auth_, this, &FeedbackEndpoints::ask), body);
  router.get("/api/v1/helpdesk/{id}", for_visitor(auth_, this, &FeedbackEndpoints::question));
  router.add(V::post, "/api/v1/helpdesk/{id}/assignment", for_visitor(auth_, this, &FeedbackEndpoints::assign), body);
  router.add(V::post, "/api/v1/helpdesk/{id}/answer", for_visitor(auth_, this, &FeedbackEndpoints::answer), long_body);
  router.add(V::post, "/api/v1/helpdesk/{id}/close", for_visitor(auth_, this, &FeedbackEndpoints::close), body);
}

http::Response FeedbackEndpoints::give(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_feedback(*body);
  if (!input) return error_response(r, input.error());
  auto given = feedback_.give(v.principal, std::move(*input));
  if (!given) return error_response(r, given.error());
  return json_response(r, summary_json(*given));
}

http::Response FeedbackEndpoints::summary(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"subject", "key", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  json::array items;
  auto key = r.query_value("key");
  if (!key || key->empty()) {
    // Without a key: everything the caller judged, which grows with every judgment.
    auto own = feedback_.mine(v.principal);
    if (!own) return error_response(r, own.error());
    for (const auto& s : *own) items.push_back(summary_json(s));
    return page_of(r, std::move(items), *page);
  }
  // The subject and key are read by the same rules as a judgment's.
  auto input = read_feedback(json::object{{"subject", r.query_value("subject").value_or("")}, {"key", *key}, {"verdict", "useful"}});
  if (!input) return error_response(r, input.error());
  auto found = feedback_.summary(v.principal, input->subject, input->key);
  if (!found) return error_response(r, found.error());
  items.push_back(summary_json(*found));
  return page_of(r, std::move(items), *page);
}

http::Response FeedbackEndpoints::judgments(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto all = feedback_.judgments(v.principal);
  if (!all) return error_response(r, all.error());
  return table_response(r, judgments_table(*all), TableForm::csv, "feedback");
}

http::Response FeedbackEndpoints::curate(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_curation(*body);
  if (!input) return error_response(r, input.error());
  auto key = input->key;
  auto curated = feedback_.curate(v.principal, std::move(*input));
  if (!curated) return error_response(r, curated.error());
  return json_response(r, json::object{{"region", key.region.str()},
                                       {"need", key.need},
                                       {"item", key.item},
                                       {"curation", *curated ? json::value(curation_json(**curated)) : json::value(nullptr)}});
}

http::Response FeedbackEndpoints::curations(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"region", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  // Curators' names are for the partnership's members.
  if (!v.principal.signed_in()) return error_response(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  std::optional<RegionCode> region;
  if (auto g = r.query_value("region"); g && !g->empty()) region = RegionCode(text::to_upper_ascii(*g));
  auto found = feedback_.curations(region);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& c : *found) items.push_back(curation_json(c));
  return page_of(r, std::move(items), *page);
}

}  // namespace cps::api
