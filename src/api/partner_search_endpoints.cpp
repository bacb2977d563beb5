// Partner search in JSON (see partner_search_endpoints.hpp). Criteria come as the query
// parameters (a search) or the members (a saved search) the search form names, read by the
// one criteria reader; reasons come as the message id with its values, and filled in English.
#include "api/partner_search_endpoints.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"
#include "domain/matchmaking/partner_search/criteria_input.hpp"
#include "http/request.hpp"

namespace cps::api {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using namespace cps::partner_search;

namespace {

json::value optional_id(const auto& id) { return id ? json::value(id->value()) : json::value(nullptr); }

json::value offer_json(const std::optional<OfferShown>& o) {
  if (!o) return nullptr;
  return json::object{{"id", o->id.value()},
                      {"side", name_of(o->side, matchmaking::kSideNames)},
                      {"kind", name_of(o->kind, matchmaking::kOfferKindNames)},
                      {"title", o->title},
                      {"language", o->language}};
}

json::object criteria_json(const Criteria& c) {
  json::object out;
  for (std::string_view name : kCriteriaFields) out[name] = "";
  for (const auto& [name, value] : criteria_fields(c)) out[name] = value;
  out["mine"] = c.with_profile == WithProfile::yes;
  return out;
}

json::object match_json(const Match& m) {
  json::array reasons;
  for (const auto& reason : m.reasons) {
    json::object values;
    for (const auto& [name, value] : reason.values) values[name] = value;
    reasons.push_back(json::object{{"text", reason.text}, {"values", values}, {"sentence", text::fill(reason.text, reason.values)}});
  }
  json::value specialisation = nullptr;
  if (m.specialisation) {
    const auto& s = *m.specialisation;
    specialisation = json::object{{"lq", s.lq ? json::value(*s.lq) : json::value(nullptr)},
                                  {"year", s.year > 0 ? json::value(s.year) : json::value(nullptr)},
                                  {"data_sector", s.data_sector},
                                  {"region", s.region_label},
                                  {"missing", to_string(s.missing)}};
  }
  return json::object{{"profile", m.profile.value()},
                      {"href", "/api/v1/cluster-profiles/" + std::to_string(m.profile.value())},
                      {"organisation", m.organisation},
                      {"tagline", m.tagline},
                      {"country", m.country.str()},
                      {"region", m.region ? json::value(m.region->str()) : json::value(nullptr)},
                      {"international", m.international},
                      {"score", m.score},
                      {"components", json::object{{"words", m.components.words},
                                                  {"sectors", m.components.sectors},
                                                  {"kind", m.components.kind},
                                                  {"specialisation", m.components.specialisation}}},
                      {"theirs", offer_json(m.theirs)},
                      {"yours", offer_json(m.yours)},
                      {"sector", m.sector ? json::value(*m.sector) : json::value(nullptr)},
                      {"specialisation", specialisation},
                      {"reasons", reasons},
                      {"key", m.key},
                      {"found", m.found}};
}

json::object interest_json(const Interest& i) {
  return json::object{{"id", i.id.value()},
                      {"sender", i.sender.value()},
                      {"sender_name", i.sender_name},
                      {"sender_organisation", optional_id(i.sender_organisation)},
                      {"sender_organisation_name", i.sender_organisation_name},
                      {"from_profile", optional_id(i.from_profile)},
                      {"profile", i.to_profile.value()},
                      {"organisation", i.to_organisation_name},
                      {"about", optional_id(i.about)},
                      {"about_title", i.about_title},
                      {"message", i.message},
                      {"sent_at", text::utc_timestamp(i.sent_at)}};
}

json::object saved_json(const SavedSearch& s) {
  return json::object{{"id", s.id.value()},
                      {"href", "/api/v1/partner-search/saved/" + std::to_string(s.id.value())},
                      {"name", s.name},
                      {"criteria", criteria_json(s.criteria)},
                      {"alerts", to_string(s.alerts)},
                      {"created_at", text::utc_timestamp(s.created_at)},
                      {"checked_at", text::utc_timestamp(s.checked_at)}};
}

// The members of a saved search's body as the form's fields: texts as they are, true and false
// as yes and no. A member the reader does not know is refused, naming it.
Result<Fields> body_fields(const json::object& body) {
  for (const auto& [member, value] : body) {
    std::string_view key(member.data(), member.size());
    bool known = key == "name" || key == "alerts" ||
                 std::find(std::begin(kCriteriaFields), std::end(kCriteriaFields), key) != std::end(kCriteriaFields);
    if (!known) return fail(ErrorKind::invalid, "This member is not part of the request.", std::string(key));
    if (!(value.is_string() || value.is_null() || (key == "mine" && value.is_bool())))
      return fail(ErrorKind::invalid, "This member must be a string.", std::string(key));
  }
  return Fields([body](std::string_view name) -> std::string {
    auto* v = body.if_contains(name);
    if (!v || v->is_null()) return "";
    if (v->is_bool()) return v->as_bool() ? "yes" : "no";
    return std::string(v->as_string());
  });
}

}  // namespace

void PartnerSearchEndpoints::add_routes(http::Router& router) {
  using V = bhttp::verb;
  using E = PartnerSearchEndpoints;
  const http::RouteOptions body{64 * 1024};
  router.get("/api/v1/partner-search", for_visitor(auth_, this, &E::search));
  router.add(V::post, "/api/v1/partner-search/interest", for_visitor(auth_, this, &E::express_interest), body);
  router.get("/api/v1/partner-search/interests", for_visitor(auth_, this, &E::interests));
  router.get("/api/v1/partner-search/saved", for_visitor(auth_, this, &E::saved));
  router.add(V::post, "/api/v1/partner-search/saved", for_visitor(auth_, this, &E::save), body);
  router.add(V::delete_, "/api/v1/partner-search/saved/{id}", for_visitor(auth_, this, &E::delete_saved));
}

// GET /api/v1/partner-search?sector=&category=&q=&country=&region=&kind=&mine=&lang=
http::Response PartnerSearchEndpoints::search(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"sector", "category", "q", "country", "region", "kind", "mine", "lang"}); !ok)
    return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto criteria = read_criteria([&r](std::string_view name) { return r.query_value(name).value_or(""); });
  if (!criteria) return error_response(r, criteria.error());
  auto found = service_.search(v.principal, *criteria, *lang);
  if (!found) return error_response(r, found.error());
  json::array matches;
  for (const auto& m : found->matches) matches.push_back(match_json(m));
  return json_response(r, json::object{{"criteria", criteria_json(found->criteria)},
                                       {"own_profile", optional_id(found->own_profile)},
                                       {"matches", std::move(matches)}});
}

// POST /api/v1/partner-search/interest {"profile", "about", "message"}
http::Response PartnerSearchEndpoints::express_interest(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  for (const auto& [member, value] : *body)
    if (std::string_view key(member.data(), member.size()); key != "profile" && key != "about" && key != "message")
      return error_response(r, Error{ErrorKind::invalid, "This member is not part of the request.", std::string(key)});
  auto id_member = [&](std::string_view key) -> Result<std::optional<std::int64_t>> {
    auto* value = body->if_contains(key);
    if (!value || value->is_null()) return std::optional<std::int64_t>();
    if (!value->is_int64() || value->as_int64() < 1)
      return fail(ErrorKind::invalid, "This must be a whole number above zero.", std::string(key));
    return std::optional<std::int64_t>(value->as_int64());
  };
  auto profile = id_member("profile");
  if (!profile) return error_response(r, profile.error());
  if (!*profile) return error_response(r, Error{ErrorKind::invalid, "Choose a published cluster profile.", "profile"});
  auto about = id_member("about");
  if (!about) return error_response(r, about.error());
  auto message = text_member(*body, "message");
  if (!message) return error_response(r, message.error());
  InterestInput input{ProfileId(**profile), std::nullopt, std::move(*message)};
  if (*about) input.about = OfferNeedId(**about);
  auto sent = service_.express_interest(v.principal, input);
  if (!sent) return error_response(r, sent.error());
  return created(r, interest_json(*sent), "/api/v1/partner-search/interests");
}

http::Response PartnerSearchEndpoints::interests(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto found = service_.interests(v.principal);
  if (!found) return error_response(r, found.error());
  json::array sent, received;
  for (const auto& i : found->sent) sent.push_back(interest_json(i));
  for (const auto& i : found->received) received.push_back(interest_json(i));
  return json_response(r, json::object{{"sent", std::move(sent)}, {"received", std::move(received)}});
}

http::Response PartnerSearchEndpoints::saved(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto found = service_.saved_searches(v.principal);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& s : *found) items.push_back(saved_json(s));
  return page_of(r, std::move(items), *page);
}

// POST /api/v1/partner-search/saved {"name", "alerts", "sector", "q", …}
http::Response PartnerSearchEndpoints::save(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto fields = body_fields(*body);
  if (!fields) return error_response(r, fields.error());
  auto input = read_saved_search(*fields);
  if (!input) return error_response(r, input.error());
  auto saved = service_.save_search(v.principal, std::move(*input));
  if (!saved) return error_response(r, saved.error());
  return created(r, saved_json(*saved), "/api/v1/partner-search/saved/" + std::to_string(saved->id.value()));
}

http::Response PartnerSearchEndpoints::delete_saved(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SavedSearchId>(r);
  if (!id) return error_response(r, id.error());
  auto done = service_.delete_saved_search(v.principal, *id);
  if (!done) return error_response(r, done.error());
  return http::make_response(r, bhttp::status::no_content, "", "");
}

}  // namespace cps::api
