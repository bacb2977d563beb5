// /api/v1/regions/{code}/needs and /recommendations: parse the query, ask the engine once,
// write what it found as JSON.
#include "api/learning_endpoints.hpp"

#include <boost/json.hpp>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "core/text.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::learning;

namespace {

enum class WithRecommendations { no, yes };

Result<LearningRequest> request_of(const http::Request& r, WithRecommendations with) {
  auto ok = with == WithRecommendations::yes ? check_query(r, {"lang", "scope", "need", "limit"})
                                             : check_query(r, {"lang", "scope"});
  if (!ok) return std::unexpected(ok.error());
  auto lang = language_parameter(r);
  if (!lang) return std::unexpected(lang.error());
  LearningRequest request;
  request.region = RegionCode(text::to_upper_ascii(r.param("code")));
  request.language = *lang;
  if (auto s = r.query_value("scope"); s && !s->empty()) {
    auto scope = parse_name(*s, kScopeNames);
    if (!scope) return fail(ErrorKind::invalid, "Choose a value from the list.", "scope");
    request.scope = *scope;
  }
  if (auto n = r.query_value("need"); n && !n->empty()) request.need = std::string(*n);
  if (auto l = r.query_value("limit"); l && !l->empty()) {
    auto limit = text::parse_int(*l);
    if (!limit || *limit < 1 || *limit > static_cast<long long>(kMostPerNeed))
      return fail(ErrorKind::invalid, "The limit must be a whole number from 1 to 20.", "limit");
    request.per_need = std::size_t(*limit);
  }
  return request;
}

json::object reason_json(const Reason& reason) {
  json::object values;
  for (const auto& [k, v] : reason.values) values[k] = v;
  return json::object{{"text", reason.text}, {"values", std::move(values)},
                      {"sentence", text::fill(reason.text, reason.values)}};
}

json::value number_or_null(const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::object learning_json(const Learning& l, WithRecommendations with) {
  json::array needs;
  for (const auto& n : l.needs) {
    json::object figures;
    if (n.kind == NeedKind::sector) {
      figures = {{"density", number_or_null(n.density)},
                 {"outlook_gain", number_or_null(n.outlook_gain)},
                 {"opportunity", number_or_null(n.opportunity)},
                 {"complexity", number_or_null(n.complexity)},
                 {"year", n.year ? json::value(*n.year) : json::value(nullptr)}};
    } else {
      json::array ahead;
      for (const auto& a : n.ahead)
        ahead.push_back(json::object{{"region", a.region.str()},
                                     {"name", a.name},
                                     {"level", a.level},
                                     {"distance", number_or_null(a.distance)}});
      figures = {{"current", number_or_null(n.current)},
                 {"target", number_or_null(n.target)},
                 {"gap", number_or_null(n.gap)},
                 {"ahead", std::move(ahead)}};
    }
    json::object need{{"key", n.key},
                      {"kind", name_of(n.kind, kNeedKindNames)},
                      {"code", n.code},
                      {"title", n.title},
                      {"area", n.area.str().empty() ? json::value(nullptr) : json::value(n.area.str())},
                      {"figures", std::move(figures)}};
    if (with == WithRecommendations::yes) {
      json::array recs;
      for (const auto& rec : n.recommendations) {
        json::array reasons;
        for (const auto& reason : rec.reasons) reasons.push_back(reason_json(reason));
        recs.push_back(json::object{
            {"item", rec.item},
            {"slug", rec.slug},
            {"title", rec.title},
            {"language", rec.language},
            {"in_reader_language", rec.in_reader_language},
            {"origin_region", rec.origin ? json::value(rec.origin->str()) : json::value(nullptr)},
            {"origin_name", rec.origin_name},
            {"score", rec.score},
            {"components", json::object{{"relevance", rec.components.relevance},
                                        {"evidence", rec.components.evidence},
                                        {"similarity", rec.components.similarity},
                                        {"transferability", rec.components.transferability},
                                        {"language", rec.components.language}}},
            {"reasons", std::move(reasons)},
            {"quantified_results", rec.quantified_results},
            {"pilots", rec.pilots},
            {"pinned", rec.pinned},
            {"hidden", rec.hidden},
            {"note", rec.note}});
      }
      need["recommendations"] = std::move(recs);
    }
    needs.push_back(std::move(need));
  }
  json::array missing;
  for (const auto& m : l.missing) {
    json::object entry = reason_json(m.text);
    entry["what"] = name_of(m.what, kMissingNames);
    entry["need"] = m.need.empty() ? json::value(nullptr) : json::value(m.need);
    missing.push_back(std::move(entry));
  }
  json::array peers;
  for (const auto& p : l.peers)
    peers.push_back(json::object{{"region", p.region.str()}, {"name", p.name}, {"distance", p.distance}});
  return json::object{{"region", l.region.str()},
                      {"region_name", l.region_name},
                      {"country", l.country.str()},
                      {"scope", name_of(l.scope, kScopeNames)},
                      {"peers", std::move(peers)},
                      {"needs", std::move(needs)},
                      {"missing", std::move(missing)},
                      {"weights", json::object{{"relevance", kWeights.relevance},
                                               {"evidence", kWeights.evidence},
                                               {"similarity", kWeights.similarity},
                                               {"transferability", kWeights.transferability},
                                               {"language", kWeights.language}}}};
}

}  // namespace

void LearningEndpoints::add_routes(http::Router& router) {
  using E = LearningEndpoints;
  router.get("/api/v1/regions/{code}/needs", for_visitor(auth_, this, &E::needs));
  router.get("/api/v1/regions/{code}/recommendations", for_visitor(auth_, this, &E::recommendations));
}

http::Response LearningEndpoints::needs(http::Request& r, const auth::Visit& v) {
  auto request = request_of(r, WithRecommendations::no);
  if (!request) return error_response(r, request.error());
  auto found = learning_.needs(v.principal, *request);
  if (!found) return error_response(r, found.error());
  return json_response(r, learning_json(*found, WithRecommendations::no));
}

http::Response LearningEndpoints::recommendations(http::Request& r, const auth::Visit& v) {
  auto request = request_of(r, WithRecommendations::yes);
  if (!request) return error_response(r, request.error());
  auto found = learning_.recommendations(v.principal, *request);
  if (!found) return error_response(r, found.error());
  return json_response(r, learning_json(*found, WithRecommendations::yes));
}

}  // namespace cps::api
