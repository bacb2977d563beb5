// The cluster profile API: one line per route, and handlers that read the request with the
// domain's readers, call one service method and write the profile back.
#include "api/cluster_profile_endpoints.hpp"

#include "api/cluster_profile_json.hpp"
#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"
#include "domain/matchmaking/profile_input.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::matchmaking;

namespace {

// The profile id of the path and the body of a change, with the revision it started from.
struct Change {
  ProfileId id;
  json::object body;
  int revision = 0;
};

Result<Change> read_change(const http::Request& r) {
  if (auto ok = check_query(r, {"lang"}); !ok) return std::unexpected(ok.error());
  if (auto lang = language_parameter(r); !lang) return std::unexpected(lang.error());
  auto id = id_in_path<ProfileId>(r);
  if (!id) return std::unexpected(id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return std::unexpected(body.error());
  auto revision = revision_of(*body);
  if (!revision) return std::unexpected(revision.error());
  return Change{*id, std::move(*body), *revision};
}

// ?sector=16&category=Furniture&country=RO&region=RO21&kind=facility&side=need&q=…&scope=mine&lang=ro
Result<ProfileQuery> query_of(const http::Request& r) {
  if (auto ok = check_query(r, {"sector", "category", "country", "region", "value_chain", "kind", "side", "q", "scope", "lang", "limit", "cursor"});
      !ok)
    return std::unexpected(ok.error());
  ProfileQuery q;
  auto given = [&](const char* name) { return text::trim(r.query_value(name).value_or("")); };
  if (auto s = given("sector"); !s.empty()) q.division = s;
  if (auto c = given("category"); !c.empty()) q.category = c;
  if (auto c = given("country"); !c.empty()) q.country = CountryCode(text::to_upper_ascii(c));
  if (auto g = given("region"); !g.empty()) q.region = RegionCode(text::to_upper_ascii(g));
  auto named = [&]<class E, std::size_t N>(const char* param, const EnumName<E> (&names)[N], std::optional<E>& into) -> Status {
    auto s = given(param);
    if (s.empty()) return {};
    into = parse_name(s, names);
    if (!into) return fail(ErrorKind::invalid, "Choose a value from the list.", param);
    return {};
  };
  if (auto ok = named("value_chain", kValueChainPositionNames, q.value_chain); !ok) return std::unexpected(ok.error());
  if (auto ok = named("kind", kOfferKindNames, q.kind); !ok) return std::unexpected(ok.error());
  if (auto ok = named("side", kSideNames, q.side); !ok) return std::unexpected(ok.error());
  std::optional<ListScope> scope;
  if (auto ok = named("scope", kListScopeNames, scope); !ok) return std::unexpected(ok.error());
  q.scope = scope.value_or(ListScope::published);
  q.words = given("q");
  if (q.words.size() > 200) return fail(ErrorKind::invalid, "The search text is too long (at most 200 characters).", "q");
  return q;
}

}  // namespace

void ClusterProfileEndpoints::add_routes(http::Router& router) {
  using E = ClusterProfileEndpoints;
  using V = http::bhttp::verb;
  const http::RouteOptions body{256 * 1024};
  const std::string p = "/api/v1/cluster-profiles/{id}";
  router.get("/api/v1/cluster-profiles", for_visitor(auth_, this, &E::list));
  router.add(V::post, "/api/v1/cluster-profiles", for_visitor(auth_, this, &E::create), body);
  router.get(p, for_visitor(auth_, this, &E::item));
  router.add(V::put, p, for_visitor(auth_, this, &E::update), body);
  router.add(V::post, p + "/offers", for_visitor(auth_, this, &E::add_offer), body);
  router.add(V::put, p + "/offers/{offer}", for_visitor(auth_, this, &E::save_offer), body);
  router.add(V::delete_, p + "/offers/{offer}", for_visitor(auth_, this, &E::delete_offer));
  router.add(V::post, p + "/renew", for_visitor(auth_, this, &E::renew), body);
  router.add(V::put, p + "/editors", for_visitor(auth_, this, &E::set_editors), body);
  router.add(V::post, p + "/submit", for_visitor(auth_, this, &E::submit), body);
  router.add(V::post, p + "/publish", for_visitor(auth_, this, &E::publish), body);
  router.add(V::post, p + "/send-back", for_visitor(auth_, this, &E::send_back), body);
  // Following takes no body: whatever comes is not read.
  const http::RouteOptions no_body{1024, http::BodyTypes::any};
  router.add(V::post, p + "/follow", for_visitor(auth_, this, &E::follow), no_body);
  router.add(V::delete_, p + "/follow", for_visitor(auth_, this, &E::unfollow));
}

http::Response ClusterProfileEndpoints::changed(const http::Request& r, const Result<ProfileView>& view,
                                                http::bhttp::status status) {
  if (!view) return error_response(r, view.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  return json_response(r, cluster_profile_json(*view, *lang), status);
}

http::Response ClusterProfileEndpoints::list(http::Request& r, const Visit& v) {
  auto query = query_of(r);
  if (!query) return error_response(r, query.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto cards = profiles_.list(v.principal, *query);
  if (!cards) return error_response(r, cards.error());
  json::array items;
  for (const auto& card : *cards) items.push_back(cluster_profile_card_json(card, *lang));
  return page_of(r, std::move(items), *page);
}

http::Response ClusterProfileEndpoints::create(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_profile(json::value(std::move(*body)));
  if (!input) return error_response(r, input.error());
  auto id = profiles_.create(v.principal, std::move(*input));
  if (!id) return error_response(r, id.error());
  auto made = profiles_.profile(v.principal, *id);
  if (!made) return error_response(r, made.error());
  return created(r, cluster_profile_json(*made, *lang), cluster_profile_href(*id));
}

http::Response ClusterProfileEndpoints::item(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ProfileId>(r);
  if (!id) return error_response(r, id.error());
  return changed(r, profiles_.profile(v.principal, *id));
}

http::Response ClusterProfileEndpoints::update(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto input = read_profile(json::value(std::move(in->body)));
  if (!input) return error_response(r, input.error());
  return changed(r, profiles_.update(v.principal, in->id, in->revision, std::move(*input)));
}

http::Response ClusterProfileEndpoints::add_offer(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto input = read_offer(json::value(std::move(in->body)));
  if (!input) return error_response(r, input.error());
  return changed(r, profiles_.add_offer(v.principal, in->id, in->revision, std::move(*input)),
                 http::bhttp::status::created);
}

http::Response ClusterProfileEndpoints::save_offer(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto offer = id_in_path<OfferNeedId>(r, "offer");
  if (!offer) return error_response(r, offer.error());
  auto input = read_offer(json::value(std::move(in->body)));
  if (!input) return error_response(r, input.error());
  return changed(r, profiles_.save_offer(v.principal, in->id, in->revision, *offer, std::move(*input)));
}

http::Response ClusterProfileEndpoints::delete_offer(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"revision", "lang"}); !ok) return error_response(r, ok.error());
  if (auto lang = language_parameter(r); !lang) return error_response(r, lang.error());
  auto id = id_in_path<ProfileId>(r);
  if (!id) return error_response(r, id.error());
  auto offer = id_in_path<OfferNeedId>(r, "offer");
  if (!offer) return error_response(r, offer.error());
  auto revision = text::parse_int(r.query_value("revision").value_or(""));
  if (!revision || *revision < 1 || *revision > 1'000'000'000)
    return error_response(r, Error{ErrorKind::invalid, "Give the revision you edited.", "revision"});
  return changed(r, profiles_.delete_offer(v.principal, *id, int(*revision), *offer));
}

http::Response ClusterProfileEndpoints::renew(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  std::vector<OfferNeedId> offers;
  if (auto* list = in->body.if_contains("offers"); list && !list->is_null()) {
    if (!list->is_array()) return error_response(r, Error{ErrorKind::invalid, "This must be a list.", "offers"});
    for (const auto& each : list->as_array()) {
      if (!each.is_int64() || each.as_int64() < 1)
        return error_response(r, Error{ErrorKind::invalid, "This must be a whole number above zero.", "offers"});
      offers.emplace_back(each.as_int64());
    }
  }
  return changed(r, profiles_.renew(v.principal, in->id, in->revision, offers));
}

http::Response ClusterProfileEndpoints::set_editors(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto editors = read_editors(json::value(std::move(in->body)));
  if (!editors) return error_response(r, editors.error());
  return changed(r, profiles_.set_editors(v.principal, in->id, in->revision, *editors));
}

http::Response ClusterProfileEndpoints::submit(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  return changed(r, profiles_.submit(v.principal, in->id, in->revision));
}

http::Response ClusterProfileEndpoints::publish(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  return changed(r, profiles_.publish(v.principal, in->id, in->revision));
}

http::Response ClusterProfileEndpoints::send_back(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto note = text_member(in->body, "note");
  if (!note) return error_response(r, note.error());
  return changed(r, profiles_.send_back(v.principal, in->id, in->revision, *note));
}

http::Response ClusterProfileEndpoints::follow(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ProfileId>(r);
  if (!id) return error_response(r, id.error());
  return changed(r, profiles_.follow(v.principal, *id));
}

http::Response ClusterProfileEndpoints::unfollow(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ProfileId>(r);
  if (!id) return error_response(r, id.error());
  return changed(r, profiles_.unfollow(v.principal, *id));
}

}  // namespace cps::api
