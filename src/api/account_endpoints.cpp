#include "api/account_endpoints.hpp"

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"
#include "http/request.hpp"

namespace cps::api {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using namespace cps::accounts;

namespace {

json::object to_json(const Organisation& o) {
  json::object texts;
  for (const auto& t : o.texts)
    texts[t.lang] = json::object{{"name", t.name}, {"description", t.description}};
  return {{"id", o.id.value()},
          {"slug", o.slug},
          {"type", o.type},
          {"country", o.country.str()},
          {"region", o.region ? json::value(o.region->str()) : json::value(nullptr)},
          {"website", o.website},
          {"role", to_string(o.role)},
          {"experience", to_string(o.experience)},
          {"contact", o.contact ? json::value(o.contact->value()) : json::value(nullptr)},
          {"texts", texts}};
}

json::array roles_json(const std::vector<RoleAssignment>& roles) {
  json::array out;
  for (const auto& r : roles)
    out.push_back(
        json::object{{"role", to_string(r.role)},
                     {"working_group", r.working_group.empty() ? json::value(nullptr)
                                                               : json::value(r.working_group)}});
  return out;
}

json::object to_json(const User& u) {
  json::array languages, expertise;
  for (const auto& l : u.languages) languages.push_back(json::value(l));
  for (const auto& a : u.expertise) expertise.push_back(json::value(a.str()));
  return {{"id", u.id.value()},
          {"email", u.email},
          {"display_name", u.display_name},
          {"organisation",
           u.organisation ? json::value(u.organisation->value()) : json::value(nullptr)},
          {"ui_language", u.ui_language},
          {"languages", languages},
          {"bio", u.bio},
          {"expertise", expertise},
          {"roles", roles_json(u.roles)},
          {"status", to_string(u.status)},
          {"created_at", u.created_at}};
}

json::value time_or_null(const std::optional<Seconds>& t) {
  return t ? json::value(*t) : json::value(nullptr);
}

json::object to_json(const ApiToken& t) {
  return {{"id", t.id.value()},
          {"name", t.name},
          {"prefix", t.prefix},
          {"scope", to_string(t.scope)},
          {"created_at", t.created_at},
          {"last_used_at", time_or_null(t.last_used_at)},
          {"revoked_at", time_or_null(t.revoked_at)}};
}

// A string member of a JSON body: absent gives "", a non-string fails naming the member.
Result<std::string> string_member(const json::object& body, std::string_view name) {
  auto it = body.find(name);
  if (it == body.end() || it->value().is_null()) return std::string();
  if (!it->value().is_string())
    return fail(ErrorKind::unprocessable, "This member must be a string.", std::string(name));
  return std::string(it->value().as_string());
}

Result<std::vector<std::string>> string_list_member(const json::object& body,
                                                    std::string_view name) {
  std::vector<std::string> out;
  auto it = body.find(name);
  if (it == body.end() || it->value().is_null()) return out;
  if (!it->value().is_array())
    return fail(ErrorKind::unprocessable, "This member must be a list of strings.",
                std::string(name));
  for (const auto& v : it->value().as_array()) {
    if (!v.is_string())
      return fail(ErrorKind::unprocessable, "This member must be a list of strings.",
                  std::string(name));
    out.emplace_back(v.as_string());
  }
  return out;
}

Result<OrganisationInput> organisation_input(const json::object& body) {
  OrganisationInput in;
  for (auto [field, name] : {std::pair{&in.slug, "slug"},
                             {&in.type, "type"},
                             {&in.country, "country"},
                             {&in.region, "region"},
                             {&in.website, "website"},
                             {&in.role, "role"},
                             {&in.experience, "experience"}}) {
    auto v = string_member(body, name);
    if (!v) return std::unexpected(v.error());
    *field = std::move(*v);
  }
  if (auto c = body.find("contact"); c != body.end() && !c->value().is_null()) {
    if (!c->value().is_int64() || c->value().as_int64() <= 0)
      return fail(ErrorKind::unprocessable, "contact must be the id of a member, or null.",
                  "contact");
    in.contact = std::to_string(c->value().as_int64());
  }
  auto texts = body.find("texts");
  if (texts != body.end()) {
    if (!texts->value().is_object())
      return fail(ErrorKind::unprocessable,
                  "texts must map language codes to a name and a description.", "texts");
    for (const auto& [lang, t] : texts->value().as_object()) {
      if (!t.is_object())
        return fail(ErrorKind::unprocessable,
                    "texts must map language codes to a name and a description.", "texts");
      auto name = string_member(t.as_object(), "name");
      auto description = string_member(t.as_object(), "description");
      if (!name) return std::unexpected(name.error());
      if (!description) return std::unexpected(description.error());
      in.texts.push_back({std::string(lang), *name, *description});
    }
  }
  return in;
}

}  // namespace

void AccountEndpoints::add_routes(http::Router& router) {
  using V = bhttp::verb;
  using E = AccountEndpoints;
  const http::RouteOptions body{64 * 1024};
  router.get("/api/v1/organisations", for_visitor(auth_, this, &E::organisations));
  router.add(V::post, "/api/v1/organisations", for_visitor(auth_, this, &E::create_organisation), body);
  router.get("/api/v1/organisations/{id}", for_visitor(auth_, this, &E::organisation));
  router.add(V::put, "/api/v1/organisations/{id}", for_visitor(auth_, this, &E::update_organisation), body);
  router.get("/api/v1/users/me", for_visitor(auth_, this, &E::me));
  router.add(V::patch, "/api/v1/users/me", for_visitor(auth_, this, &E::update_me), body);
  router.get("/api/v1/users/me/export", for_visitor(auth_, this, &E::export_me));
  router.get("/api/v1/tokens", for_visitor(auth_, this, &E::tokens));
  router.add(V::post, "/api/v1/tokens", for_visitor(auth_, this, &E::create_token), body);
  router.add(V::delete_, "/api/v1/tokens/{id}", for_visitor(auth_, this, &E::revoke_token));
}

http::Response AccountEndpoints::organisations(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"country", "type", "role", "experience", "limit", "cursor"}); !ok)
    return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto filter = organisations_.parse_filter(r.query_value("country"), r.query_value("type"),
                                            r.query_value("role"), r.query_value("experience"));
  if (!filter) return error_response(r, filter.error());
  auto found = organisations_.directory(v.principal, *filter);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& o : *found) items.push_back(to_json(o));
  return page_of(r, std::move(items), *page);
}

http::Response AccountEndpoints::organisation(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = http::path_id<OrganisationId>(r, "id");
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto profile = organisations_.profile(v.principal, *id);
  if (!profile) return error_response(r, profile.error());
  json::object out = to_json(profile->organisation);
  json::array members;
  for (const auto& p : profile->members) {
    json::object m{{"id", p.user.id.value()},
                   {"display_name", p.user.display_name},
                   {"roles", roles_json(p.user.roles)}};
    if (p.email_visible) m["email"] = p.user.email;
    members.push_back(std::move(m));
  }
  out["members"] = std::move(members);
  return json_response(r, out);
}

http::Response AccountEndpoints::create_organisation(http::Request& r, const Visit& v) {
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto in = organisation_input(*body);
  if (!in) return error_response(r, in.error());
  auto id = organisations_.create(v.principal, *in);
  if (!id) return error_response(r, id.error());
  auto created = organisations_.profile(v.principal, *id);
  if (!created) return error_response(r, created.error());
  http::Response res = json_response(r, to_json(created->organisation), bhttp::status::created);
  res.set(bhttp::field::location, "/api/v1/organisations/" + std::to_string(id->value()));
  return res;
}

http::Response AccountEndpoints::update_organisation(http::Request& r, const Visit& v) {
  auto id = http::path_id<OrganisationId>(r, "id");
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto in = organisation_input(*body);
  if (!in) return error_response(r, in.error());
  if (auto ok = organisations_.update(v.principal, *id, *in); !ok)
    return error_response(r, ok.error());
  auto updated = organisations_.profile(v.principal, *id);
  if (!updated) return error_response(r, updated.error());
  return json_response(r, to_json(updated->organisation));
}

http::Response AccountEndpoints::me(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto me = accounts_.me(v.principal);
  if (!me) return error_response(r, me.error());
  return json_response(r, to_json(*me));
}

http::Response AccountEndpoints::update_me(http::Request& r, const Visit& v) {
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto current = accounts_.me(v.principal);
  if (!current) return error_response(r, current.error());
  // A PATCH: members left out keep their values.
  ProfileInput in{
      current->display_name, current->ui_language, current->languages, current->bio, {}};
  for (const auto& a : current->expertise) in.expertise.push_back(a.str());
  for (auto [field, name] : {std::pair{&in.display_name, "display_name"},
                             {&in.ui_language, "ui_language"},
                             {&in.bio, "bio"}})
    if (body->contains(name)) {
      auto value = string_member(*body, name);
      if (!value) return error_response(r, value.error());
      *field = *value;
    }
  for (auto [field, name] : {std::pair{&in.languages, "languages"}, {&in.expertise, "expertise"}})
    if (body->contains(name)) {
      auto value = string_list_member(*body, name);
      if (!value) return error_response(r, value.error());
      *field = *value;
    }
  if (auto ok = accounts_.update_profile(v.principal, current->id, in); !ok)
    return error_response(r, ok.error());
  auto updated = accounts_.me(v.principal);
  if (!updated) return error_response(r, updated.error());
  return json_response(r, to_json(*updated));
}

http::Response AccountEndpoints::export_me(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto data = accounts_.personal_data(v.principal);
  if (!data) return error_response(r, data.error());
  json::array sessions, tokens, activity;
  for (const auto& s : data->sessions)
    sessions.push_back(json::object{
        {"created_at", s.created_at}, {"last_seen_at", s.last_seen_at}, {"client", s.client}});
  for (const auto& t : data->tokens) tokens.push_back(to_json(t));
  for (const auto& a : data->activity)
    activity.push_back(json::object{{"at", a.at},
                                    {"action", a.action},
                                    {"target", a.target},
                                    {"detail", a.detail},
                                    {"client", a.client}});
  json::object out{{"user", to_json(data->user)},
                   {"organisation", data->organisation ? json::value(to_json(*data->organisation))
                                                       : json::value(nullptr)},
                   {"sessions", sessions},
                   {"api_tokens", tokens},
                   {"activity", activity}};
  http::Response res = json_response(r, out);
  res.set(bhttp::field::content_disposition,
          "attachment; filename=\"clusterpolisee-my-data.json\"");
  res.set(bhttp::field::cache_control, "no-store");
  return res;
}

http::Response AccountEndpoints::tokens(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto list = accounts_.api_tokens(v.principal);
  if (!list) return error_response(r, list.error());
  json::array items;
  for (const auto& t : *list) items.push_back(to_json(t));
  return page_of(r, std::move(items), *page);
}

http::Response AccountEndpoints::create_token(http::Request& r, const Visit& v) {
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto name = string_member(*body, "name");
  if (!name) return error_response(r, name.error());
  auto scope = string_member(*body, "scope");
  if (!scope) return error_response(r, scope.error());
  auto created = accounts_.create_api_token(v.principal, *name, *scope);
  if (!created) return error_response(r, created.error());
  json::object out = to_json(created->token);
  out["secret"] = created->secret;
  http::Response res = json_response(r, out, bhttp::status::created);
  res.set(bhttp::field::cache_control, "no-store");
  return res;
}

http::Response AccountEndpoints::revoke_token(http::Request& r, const Visit& v) {
  auto id = http::path_id<TokenId>(r, "id");
  if (!id) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  if (auto ok = accounts_.revoke_api_token(v.principal, *id); !ok)
    return error_response(r, ok.error());
  http::Response res = http::make_response(r, bhttp::status::no_content, "application/json", "");
  return res;
}

}  // namespace cps::api
