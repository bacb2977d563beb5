#include "web/admin_pages.hpp"

#include <chrono>

#include "core/text.hpp"
#include "export/table.hpp"
#include "http/request.hpp"
#include "web/account_labels.hpp"

namespace cps::web {

using i18n::N_;
using namespace cps::accounts;
namespace bhttp = http::bhttp;

namespace {

std::string assignment_code(const RoleAssignment& r) {
  return std::string(to_string(r.role)) + (r.working_group.empty() ? "" : ":" + r.working_group);
}

// A date typed as YYYY-MM-DD, as Unix seconds at the start (or end) of that day.
std::optional<Seconds> parse_day(std::string_view s, bool end_of_day) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto y = text::parse_int(s.substr(0, 4)), m = text::parse_int(s.substr(5, 2)),
       d = text::parse_int(s.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year(int(*y)), std::chrono::month(unsigned(*m)),
                                  std::chrono::day(unsigned(*d))};
  if (!ymd.ok()) return std::nullopt;
  Seconds start = std::chrono::sys_days(ymd).time_since_epoch() / std::chrono::seconds(1);
  return end_of_day ? start + 86399 : start;
}

Error refusal(const Principal& who) {
  return who.signed_in() ? Error{ErrorKind::forbidden, "You may not do this."}
                         : Error{ErrorKind::unauthenticated, "Please sign in first."};
}

}  // namespace

void AdminPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  router.get("/{lang}/admin", on_page(site_, [](http::Request& r, Language lang, const Visit&) {
               return http::redirect(r, bhttp::status::found, Site::prefix(lang) + "/admin/users");
             }));
  router.get("/{lang}/admin/users", page(&AdminPages::users));
  router.add(V::post, "/{lang}/admin/users", form(&AdminPages::invite));
  router.get("/{lang}/admin/users/{id}", page(&AdminPages::user));
  router.add(V::post, "/{lang}/admin/users/{id}/roles", form(&AdminPages::save_roles));
  router.add(V::post, "/{lang}/admin/users/{id}/status", form(&AdminPages::save_status));
  router.add(V::post, "/{lang}/admin/users/{id}/reset-link", form(&AdminPages::reset_link));
  router.get("/{lang}/admin/audit", page(&AdminPages::audit));
  router.get("/{lang}/admin/audit.csv", page(&AdminPages::audit));
}

http::Response AdminPages::users(http::Request& r, Language lang, const Visit& v) {
  Object extra;
  if (r.query_value("done") == "invited")
    extra["notice"] = site_.tr(lang, N_("The invitation is on its way."));
  return users_page(r, lang, v, std::move(extra), bhttp::status::ok);
}

http::Response AdminPages::users_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                      bhttp::status status) {
  auto all = accounts_.users(v.principal);
  if (!all) return site_.error_page(r, all.error());
  auto orgs = organisations_.directory(v.principal, {});
  if (!orgs) return site_.error_page(r, orgs.error());
  std::string code(i18n::code(lang)), base = Site::prefix(lang);
  std::map<std::int64_t, std::string> org_names;
  List org_options;
  for (const auto& o : *orgs) {
    org_names[o.id.value()] = o.text(code).name;
    org_options.push_back(
        Object{{"id", std::to_string(o.id.value())}, {"name", o.text(code).name}});
  }
  List rows;
  for (const auto& u : *all) {
    std::string roles;
    for (const auto& a : u.roles)
      roles += (roles.empty() ? "" : ", ") + site_.tr(lang, role_label(a.role)) +
               (a.working_group.empty() ? "" : " " + a.working_group);
    rows.push_back(
        Object{{"href", base + "/admin/users/" + std::to_string(u.id.value())},
               {"name", u.display_name},
               {"email", u.email},
               {"organisation", u.organisation ? org_names[u.organisation->value()] : ""},
               {"roles", roles},
               {"status", site_.tr(lang, user_status_label(u.status))},
               {"inactive", u.status != UserStatus::active}});
  }
  List role_options;
  for (const auto& a : accounts_.grantable_roles(v.principal))
    role_options.push_back(
        Object{{"code", assignment_code(a)},
               {"label", site_.tr(lang, role_label(a.role)) +
                             (a.working_group.empty() ? "" : " " + a.working_group)}});
  List ui_languages;
  for (const auto& l : i18n::kLanguages)
    ui_languages.push_back(Object{{"code", std::string(l.code)},
                                  {"name", std::string(l.endonym)},
                                  {"selected", l.language == lang}});
  Object data{{"users", rows},
              {"organisations", org_options},
              {"roles", role_options},
              {"ui_languages", ui_languages},
              {"invite_action", base + "/admin/users"},
              {"audit_href", base + "/admin/audit"},
              {"datasets_href", base + "/admin/datasets"},
              {"may_manage_statistics", allowed(v.principal, Action::manage_statistics)},
              {"may_invite", allowed(v.principal, Action::invite_user)}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "admin_users", site_.tr(lang, N_("People and accounts")),
                    std::move(data), PageOptions{status, {}, {}});
}

http::Response AdminPages::invite(http::Request& r, Language lang, const Visit& v, const Form& f) {
  InvitationInput in;
  in.email = f.get("email");
  in.display_name = f.get("display_name");
  in.ui_language = f.get("ui_language");
  if (auto org = text::parse_int(f.get("organisation")); org && *org > 0)
    in.organisation = OrganisationId(*org);
  for (const auto& code : f.all("roles")) {
    auto a = AccountService::parse_assignment(code);
    if (!a)
      return users_page(r, lang, v, form_error(site_, lang, a.error()), form_status(a.error()));
    in.roles.push_back(*a);
  }
  auto id = accounts_.invite(v.principal, in);
  if (!id) {
    if (id.error().kind == ErrorKind::forbidden || id.error().kind == ErrorKind::unauthenticated)
      return site_.error_page(r, id.error());
    Object extra = form_error(site_, lang, id.error());
    extra["email"] = text::trim(in.email).substr(0, 254);
    extra["display_name"] = in.display_name.substr(0, 400);
    return users_page(r, lang, v, std::move(extra), form_status(id.error()));
  }
  return see_other(site_, r, Site::prefix(lang) + "/admin/users?done=invited");
}

http::Response AdminPages::user(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<UserId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  Object extra;
  if (r.query_value("done") == "roles")
    extra["notice"] = site_.tr(lang, N_("The roles are saved."));
  if (r.query_value("done") == "status")
    extra["notice"] = site_.tr(lang, N_("The account is updated."));
  return user_page(r, lang, v, *id, std::move(extra), bhttp::status::ok);
}

http::Response AdminPages::user_page(http::Request& r, Language lang, const Visit& v, UserId id,
                                     Object extra, bhttp::status status) {
  if (!allowed(v.principal, Action::manage_users) && accounts_.grantable_roles(v.principal).empty())
    return site_.error_page(r, refusal(v.principal));
  auto u = accounts_.user(v.principal, id);
  if (!u) return site_.error_page(r, u.error());
  std::string base = Site::prefix(lang), path = base + "/admin/users/" + std::to_string(id.value());
  List roles;
  for (const auto& a : accounts_.grantable_roles(v.principal)) {
    bool has = std::find(u->roles.begin(), u->roles.end(), a) != u->roles.end();
    std::string code = assignment_code(a);
    std::string field_id = "role-" + code;
    std::replace(field_id.begin(), field_id.end(), ':', '-');
    roles.push_back(Object{{"code", code},
                           {"id", field_id},
                           {"label", site_.tr(lang, role_label(a.role)) +
                                         (a.working_group.empty() ? "" : " " + a.working_group)},
                           {"checked", has}});
  }
  // Roles the viewer may not change stay as they are: sent along unchanged.
  List kept;
  auto grantable = accounts_.grantable_roles(v.principal);
  for (const auto& a : u->roles)
    if (std::find(grantable.begin(), grantable.end(), a) == grantable.end())
      kept.push_back(Object{{"code", assignment_code(a)},
                            {"label", site_.tr(lang, role_label(a.role)) +
                                          (a.working_group.empty() ? "" : " " + a.working_group)}});
  Object data{{"user", Object{{"name", u->display_name},
                              {"email", u->email},
                              {"status", site_.tr(lang, user_status_label(u->status))}}},
              {"roles", roles},
              {"kept_roles", kept},
              {"has_kept_roles", !kept.empty()},
              {"roles_action", path + "/roles"},
              {"status_action", path + "/status"},
              {"reset_action", path + "/reset-link"},
              {"manages_users", allowed(v.principal, Action::manage_users)},
              {"active", u->status == UserStatus::active},
              {"disabled", u->status == UserStatus::disabled},
              {"users_href", base + "/admin/users"}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "admin_user", u->display_name, std::move(data),
                    PageOptions{status, {}, {}});
}

http::Response AdminPages::save_roles(http::Request& r, Language lang, const Visit& v,
                                      const Form& f) {
  auto id = http::path_id<UserId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  std::vector<RoleAssignment> roles;
  for (const auto& code : f.all("roles")) {
    auto a = AccountService::parse_assignment(code);
    if (!a) return site_.error_page(r, a.error());
    roles.push_back(*a);
  }
  if (auto ok = accounts_.set_roles(v.principal, *id, roles); !ok) {
    if (ok.error().kind != ErrorKind::conflict && ok.error().kind != ErrorKind::unprocessable)
      return site_.error_page(r, ok.error());
    return user_page(r, lang, v, *id, form_error(site_, lang, ok.error()),
                     form_status(ok.error()));
  }
  return see_other(site_, r,
                   Site::prefix(lang) + "/admin/users/" + std::to_string(id->value()) + "?done=roles");
}

http::Response AdminPages::save_status(http::Request& r, Language lang, const Visit& v,
                                       const Form& f) {
  auto id = http::path_id<UserId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto status = parse_user_status(f.get("status"));
  if (!status)
    return site_.error_page(r, Error{ErrorKind::unprocessable,
                                     "An account can only be enabled or disabled here.", "status"});
  if (auto ok = accounts_.set_status(v.principal, *id, *status); !ok) {
    if (ok.error().kind != ErrorKind::conflict && ok.error().kind != ErrorKind::unprocessable)
      return site_.error_page(r, ok.error());
    return user_page(r, lang, v, *id, form_error(site_, lang, ok.error()),
                     form_status(ok.error()));
  }
  return see_other(site_, r,
                   Site::prefix(lang) + "/admin/users/" + std::to_string(id->value()) + "?done=status");
}

http::Response AdminPages::reset_link(http::Request& r, Language lang, const Visit& v,
                                      const Form&) {
  auto id = http::path_id<UserId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto u = accounts_.user(v.principal, *id);
  if (!u) return site_.error_page(r, u.error());
  auto link = accounts_.issue_reset_link(v.principal, u->email);
  if (!link) return site_.error_page(r, link.error());
  // Shown once, in this response only, for the administrator to pass on by another channel.
  return user_page(r, lang, v, *id, Object{{"reset_link", *link}}, bhttp::status::ok);
}

http::Response AdminPages::audit(http::Request& r, Language lang, const Visit& v) {
  AuditFilter filter;
  std::string action = r.query_value("action").value_or("");
  // Letters and dots only: the prefix goes into a LIKE pattern, where _ and % are wildcards.
  if (action.size() > 60 || !std::all_of(action.begin(), action.end(),
                                         [](char c) { return (c >= 'a' && c <= 'z') || c == '.'; }))
    return site_.error_page(r,
                            Error{ErrorKind::invalid, "Choose an action from the list.", "action"});
  filter.action_prefix = action;
  std::string since = r.query_value("since").value_or(""),
              until = r.query_value("until").value_or("");
  if (!since.empty()) {
    filter.since = parse_day(since, false);
    if (!filter.since)
      return site_.error_page(r, Error{ErrorKind::invalid, "Give dates as YYYY-MM-DD.", "since"});
  }
  if (!until.empty()) {
    filter.until = parse_day(until, true);
    if (!filter.until)
      return site_.error_page(r, Error{ErrorKind::invalid, "Give dates as YYYY-MM-DD.", "until"});
  }
  if (auto before = r.query_value("before"); before && !before->empty()) {
    auto id = text::parse_int(*before);
    if (!id || *id <= 0)
      return site_.error_page(
          r, Error{ErrorKind::invalid, "This page of the log does not exist.", "before"});
    filter.before_id = *id;
  }
  bool csv = r.path.ends_with(".csv");
  constexpr std::size_t kPage = 100;
  // One more than a page tells whether older entries exist.
  filter.limit = csv ? 1000000 : kPage + 1;
  auto entries = accounts_.audit(v.principal, filter);
  if (!entries) return site_.error_page(r, entries.error());
  if (csv) {
    exports::Table table{
        "audit", {"id", "at", "actor", "action", "target", "detail", "client"}, {}};
    for (const auto& e : *entries)
      table.rows.push_back({std::to_string(e.id), text::utc_timestamp(e.at), e.actor_label,
                            e.action, e.target, e.detail, e.client});
    http::Response res = http::make_response(r, bhttp::status::ok, "text/csv; charset=utf-8",
                                             exports::to_csv(table));
    res.set(bhttp::field::content_disposition, "attachment; filename=\"clusterpolisee-audit.csv\"");
    res.set(bhttp::field::cache_control, "no-store");
    site_.apply_cookies(r, res);
    return res;
  }
  bool older = entries->size() > kPage;
  if (older) entries->resize(kPage);
  List rows;
  for (const auto& e : *entries)
    rows.push_back(Object{{"at", text::utc_timestamp(e.at)},
                          {"actor", e.actor_label},
                          {"action", e.action},
                          {"target", e.target},
                          {"detail", e.detail},
                          {"client", e.client}});
  List actions;
  for (const char* a : {"login.", "logout", "password.", "user.", "role.", "token.", "invitation.",
                        "organisation.", "email."})
    actions.push_back(Object{{"code", std::string(a)}, {"selected", action == a}});
  std::string query;
  for (const char* key : {"action", "since", "until"})
    if (auto value = r.query_value(key); value && !value->empty())
      query +=
          std::string(query.empty() ? "?" : "&") + key + "=" + text::encode_uri_component(*value);
  std::string older_href;
  if (older)
    older_href = Site::prefix(lang) + "/admin/audit" + query + (query.empty() ? "?" : "&") +
                 "before=" + std::to_string(entries->back().id);
  Object data{{"entries", rows},
              {"has_older", older},
              {"older_href", older_href},
              {"is_older_page", filter.before_id.has_value()},
              {"newest_href", Site::prefix(lang) + "/admin/audit" + query},
              {"has_entries", !rows.empty()},
              {"actions", actions},
              {"since", since},
              {"until", until},
              {"action_url", Site::prefix(lang) + "/admin/audit"},
              {"csv_href", Site::prefix(lang) + "/admin/audit.csv" + query},
              {"users_href", Site::prefix(lang) + "/admin/users"}};
  return site_.page(r, lang, "admin_audit", site_.tr(lang, N_("Audit log")), std::move(data));
}

}  // namespace cps::web
