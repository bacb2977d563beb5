#include "web/account_pages.hpp"

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/account_labels.hpp"

namespace cps::web {

using i18n::N_;
using i18n::NP_;
using namespace cps::accounts;
namespace bhttp = http::bhttp;

namespace {

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  std::string item;
  for (char c : text) {
    if (c == ',' || c == ' ' || c == ';') {
      if (!item.empty()) out.push_back(std::move(item));
      item.clear();
    } else {
      item += char(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!item.empty()) out.push_back(std::move(item));
  return out;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : std::string(separator)) + i;
  return out;
}

}  // namespace

void AccountPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  router.get("/{lang}/login", page(&AccountPages::login_form));
  router.add(V::post, "/{lang}/login", form(&AccountPages::login));
  router.add(V::post, "/{lang}/logout", form(&AccountPages::logout));
  router.get("/{lang}/account", page(&AccountPages::account));
  router.add(V::post, "/{lang}/account/profile", form(&AccountPages::save_profile));
  router.add(V::post, "/{lang}/account/password", form(&AccountPages::change_password));
  router.add(V::post, "/{lang}/account/email", form(&AccountPages::change_email));
  router.add(V::post, "/{lang}/account/tokens", form(&AccountPages::create_token));
  router.add(V::post, "/{lang}/account/tokens/{id}/revoke", form(&AccountPages::revoke_token));
  router.add(V::post, "/{lang}/account/delete", form(&AccountPages::delete_account));
  router.get("/{lang}/password-reset", page(&AccountPages::reset_form));
  router.add(V::post, "/{lang}/password-reset", form(&AccountPages::request_reset));
  router.add(V::post, "/{lang}/password-reset/new", form(&AccountPages::reset));
  router.get("/{lang}/invitation", page(&AccountPages::invitation_form));
  router.add(V::post, "/{lang}/invitation", form(&AccountPages::accept_invitation));
  router.get("/{lang}/register", page(&AccountPages::register_form));
  router.add(V::post, "/{lang}/register", form(&AccountPages::register_stakeholder));
  router.get("/{lang}/verify-email", page(&AccountPages::confirm_form));
  router.add(V::post, "/{lang}/verify-email", form(&AccountPages::confirm));
  router.get("/{lang}/confirm-email", page(&AccountPages::confirm_form));
  router.add(V::post, "/{lang}/confirm-email", form(&AccountPages::confirm));
}

http::Response AccountPages::signed_in(http::Request& r, const SignedIn& s, std::string location) {
  http::Response res = http::redirect(r, bhttp::status::see_other, std::move(location));
  res.set(bhttp::field::cache_control, "no-store");
  if (site_.authenticator()) site_.authenticator()->set_session_cookie(res, s.session_token);
  return res;
}

http::Response AccountPages::notice(http::Request& r, Language lang, const char* heading,
                                    const char* text) {
  return site_.page(r, lang, "notice", site_.tr(lang, heading),
                    Object{{"heading", site_.tr(lang, heading)},
                           {"text", site_.tr(lang, text)},
                           {"home_href", Site::prefix(lang) + "/"}});
}

// ---- Signing in and out ----

http::Response AccountPages::login_form(http::Request& r, Language lang, const Visit& v) {
  std::string next = safe_next(r.query_value("next").value_or(""), Site::prefix(lang) + "/account");
  if (v.principal.signed_in()) return see_other(site_, r, next);
  Object data{{"action", Site::prefix(lang) + "/login"},
              {"next", next},
              {"reset_href", Site::prefix(lang) + "/password-reset"},
              {"register_href", Site::prefix(lang) + "/register"},
              {"registration_open",
               accounts_.settings().self_registration == SelfRegistration::on}};
  return site_.page(r, lang, "login", site_.tr(lang, N_("Sign in")), std::move(data));
}

http::Response AccountPages::login(http::Request& r, Language lang, const Visit&, const Form& f) {
  std::string next = safe_next(f.get("next"), Site::prefix(lang) + "/account");
  auto s = accounts_.sign_in(f.get("email"), f.get("password"), r.client);
  if (s) return signed_in(r, *s, next);
  Object data = form_error(site_, lang, s.error());
  data["action"] = Site::prefix(lang) + "/login";
  data["next"] = next;
  data["email"] = text::trim(f.get("email")).substr(0, 254);
  data["reset_href"] = Site::prefix(lang) + "/password-reset";
  data["register_href"] = Site::prefix(lang) + "/register";
  data["registration_open"] = accounts_.settings().self_registration == SelfRegistration::on;
  if (s.error().kind == ErrorKind::rate_limited)
    data["wait"] = site_.catalogue().translate_count(
        lang, NP_("Try again in {count} second.", "Try again in {count} seconds."),
        s.error().retry_after);
  http::Response res = site_.page(r, lang, "login", site_.tr(lang, N_("Sign in")), std::move(data),
                                  PageOptions{form_status(s.error()), {}, {}});
  if (s.error().retry_after > 0)
    res.set(bhttp::field::retry_after, std::to_string(s.error().retry_after));
  return res;
}

http::Response AccountPages::logout(http::Request& r, Language lang, const Visit& v, const Form&) {
  if (auto token = r.cookie(auth::kSessionCookie); token && v.principal.signed_in())
    if (auto ok = accounts_.sign_out(*token, v.principal); !ok) return site_.error_page(r, ok.error());
  http::Response res = http::redirect(r, bhttp::status::see_other, Site::prefix(lang) + "/");
  res.set(bhttp::field::cache_control, "no-store");
  if (site_.authenticator()) site_.authenticator()->clear_session_cookie(res);
  return res;
}

// ---- The account page ----

http::Response AccountPages::account(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in())
    return see_other(site_, r, Site::prefix(lang) + "/login?next=" + text::encode_uri_component(r.path));
  Object extra;
  if (auto done = r.query_value("done")) {
    const char* text = nullptr;
    if (*done == "profile") text = N_("Your profile is saved.");
    if (*done == "password") text = N_("Your password is changed. Other browsers were signed out.");
    if (*done == "email")
      text = N_("We sent a confirmation link to the new address. The change takes effect when "
                "you open it.");
    if (*done == "revoked") text = N_("The token is revoked; it no longer opens the API.");
    if (text) extra["notice"] = site_.tr(lang, text);
  }
  return account_page(r, lang, v, std::move(extra), bhttp::status::ok);
}

http::Response AccountPages::account_page(http::Request& r, Language lang, const Visit& v,
                                          Object extra, bhttp::status status) {
  auto me = accounts_.me(v.principal);
  if (!me) return site_.error_page(r, me.error());
  auto tokens = accounts_.api_tokens(v.principal);
  if (!tokens) return site_.error_page(r, tokens.error());
  auto areas = reference_.areas(i18n::code(lang));
  if (!areas) return site_.error_page(r, areas.error());
  const auto& cat = site_.catalogue();
  std::string base = Site::prefix(lang);

  List ui_languages;
  for (const auto& l : i18n::kLanguages)
    ui_languages.push_back(Object{{"code", std::string(l.code)},
                                  {"name", std::string(l.endonym)},
                                  {"selected", me->ui_language == l.code}});
  List expertise;
  for (const auto& a : *areas) {
    bool checked = std::find(me->expertise.begin(), me->expertise.end(), a.code) != me->expertise.end();
    expertise.push_back(
        Object{{"code", a.code.str()}, {"name", a.name}, {"checked", checked}});
  }
  List roles;
  for (const auto& role : me->roles)
    roles.push_back(Object{{"label", site_.tr(lang, role_label(role.role))},
                           {"group", role.working_group},
                           {"has_group", !role.working_group.empty()}});
  auto date = [&](Seconds t) {
    return cat.format_date(lang, std::chrono::floor<std::chrono::days>(
                                     std::chrono::sys_seconds(std::chrono::seconds(t))));
  };
  List token_rows;
  for (const auto& t : *tokens) {
    if (t.revoked_at) continue;
    token_rows.push_back(Object{
        {"id", std::to_string(t.id.value())},
        {"name", t.name},
        {"prefix", t.prefix},
        {"scope", site_.tr(lang, t.scope == TokenScope::write ? N_("Read and write")
                                                               : N_("Read only"))},
        {"created", date(t.created_at)},
        {"last_used", t.last_used_at ? date(*t.last_used_at) : site_.tr(lang, N_("Never"))},
        {"revoke_action", base + "/account/tokens/" + std::to_string(t.id.value()) + "/revoke"}});
  }
  Object data{{"user", Object{{"display_name", me->display_name},
                              {"email", me->email},
                              {"bio", me->bio},
                              {"languages", join(me->languages, ", ")}}},
              {"ui_languages", ui_languages},
              {"expertise", expertise},
              {"roles", roles},
              {"has_roles", !roles.empty()},
              {"tokens", token_rows},
              {"has_tokens", !token_rows.empty()},
              {"profile_action", base + "/account/profile"},
              {"password_action", base + "/account/password"},
              {"email_action", base + "/account/email"},
              {"token_action", base + "/account/tokens"},
              {"delete_action", base + "/account/delete"},
              {"data_href", "/api/v1/users/me/export"},
              {"api_href", "/api/v1/openapi.json"}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "account", site_.tr(lang, N_("Your account")), std::move(data),
                    PageOptions{status, {}, {}});
}

namespace {
// Which form of the account page a failure belongs to, so the message appears beside it.
// The field marks are named <form>_invalid_<field>: several forms share field names.
Object failed(const Site& site, i18n::Language lang, const Error& e, const char* form) {
  Object o = form_error(site, lang, e);
  o.erase("invalid_" + e.field);
  if (!e.field.empty()) o[std::string(form) + "_invalid_" + e.field] = true;
  o[std::string("error_in_") + form] = true;
  return o;
}
}  // namespace

http::Response AccountPages::save_profile(http::Request& r, Language lang, const Visit& v,
                                          const Form& f) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  ProfileInput in{f.get("display_name"), f.get("ui_language"), split_list(f.get("languages")),
                  f.get("bio"), f.all("expertise")};
  if (auto ok = accounts_.update_profile(v.principal, *v.principal.user, in); !ok)
    return account_page(r, lang, v, failed(site_, lang, ok.error(), "profile"),
                        form_status(ok.error()));
  // The interface follows the language just chosen.
  std::string next_lang = i18n::parse_language(in.ui_language) ? in.ui_language
                                                                 : std::string(i18n::code(lang));
  return see_other(site_, r, "/" + next_lang + "/account?done=profile");
}

http::Response AccountPages::change_password(http::Request& r, Language lang, const Visit& v,
                                             const Form& f) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  if (f.get("new_password") != f.get("new_password_again"))
    return account_page(
        r, lang, v,
        failed(site_, lang,
               Error{ErrorKind::unprocessable, N_("The two new passwords differ."), "new_password_again"},
               "password"),
        bhttp::status::unprocessable_entity);
  auto s = accounts_.change_password(v.principal, f.get("current_password"), f.get("new_password"));
  if (!s)
    return account_page(r, lang, v, failed(site_, lang, s.error(), "password"),
                        form_status(s.error()));
  return signed_in(r, *s, Site::prefix(lang) + "/account?done=password");
}

http::Response AccountPages::change_email(http::Request& r, Language lang, const Visit& v,
                                          const Form& f) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  if (auto ok = accounts_.request_email_change(v.principal, f.get("password"), f.get("email")); !ok)
    return account_page(r, lang, v, failed(site_, lang, ok.error(), "email"),
                        form_status(ok.error()));
  return see_other(site_, r, Site::prefix(lang) + "/account?done=email");
}

http::Response AccountPages::create_token(http::Request& r, Language lang, const Visit& v,
                                          const Form& f) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  auto created = accounts_.create_api_token(v.principal, f.get("name"), f.get("scope"));
  if (!created)
    return account_page(r, lang, v, failed(site_, lang, created.error(), "token"),
                        form_status(created.error()));
  // The secret is shown in this response only; it is never stored and never in a URL.
  return account_page(r, lang, v,
                      Object{{"new_token", created->secret}, {"new_token_name", created->token.name}},
                      bhttp::status::ok);
}

http::Response AccountPages::revoke_token(http::Request& r, Language lang, const Visit& v,
                                          const Form&) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  auto id = http::path_id<TokenId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  if (auto ok = accounts_.revoke_api_token(v.principal, *id); !ok)
    return site_.error_page(r, ok.error());
  return see_other(site_, r, Site::prefix(lang) + "/account?done=revoked");
}

http::Response AccountPages::delete_account(http::Request& r, Language lang, const Visit& v,
                                            const Form& f) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  if (f.get("confirm") != "yes")
    return account_page(
        r, lang, v,
        failed(site_, lang,
               Error{ErrorKind::unprocessable, N_("Tick the box to confirm that you want to delete your account."), "confirm"},
               "delete"),
        bhttp::status::unprocessable_entity);
  if (auto ok = accounts_.delete_account(v.principal, f.get("current_password")); !ok)
    return account_page(r, lang, v, failed(site_, lang, ok.error(), "delete"),
                        form_status(ok.error()));
  http::Response res = notice(r, lang, N_("Your account is deleted"),
                              N_("Your personal data is erased. What you contributed stays, "
                                 "attributed to a former member."));
  if (site_.authenticator()) site_.authenticator()->clear_session_cookie(res);
  return res;
}

// ---- Recovery, invitations, registration ----

http::Response AccountPages::reset_form(http::Request& r, Language lang, const Visit&) {
  std::string base = Site::prefix(lang);
  if (auto token = r.query_value("token")) {
    auto user = accounts_.check_link(*token, OneTimePurpose::password_reset);
    if (!user) return site_.error_page(r, user.error());
    return site_.page(r, lang, "password_new", site_.tr(lang, N_("Choose a new password")),
                      Object{{"action", base + "/password-reset/new"},
                             {"token", *token},
                             {"email", user->email},
                             {"heading", site_.tr(lang, N_("Choose a new password"))}});
  }
  return site_.page(r, lang, "password_reset", site_.tr(lang, N_("Forgot your password?")),
                    Object{{"action", base + "/password-reset"}, {"login_href", base + "/login"}});
}

http::Response AccountPages::request_reset(http::Request& r, Language lang, const Visit&,
                                           const Form& f) {
  if (auto ok = accounts_.request_password_reset(f.get("email"), r.client); !ok) {
    if (ok.error().kind == ErrorKind::internal || ok.error().kind == ErrorKind::unavailable)
      return site_.error_page(r, ok.error());
    Object data = form_error(site_, lang, ok.error());
    data["action"] = Site::prefix(lang) + "/password-reset";
    data["login_href"] = Site::prefix(lang) + "/login";
    data["email"] = text::trim(f.get("email")).substr(0, 254);
    return site_.page(r, lang, "password_reset", site_.tr(lang, N_("Forgot your password?")),
                      std::move(data), PageOptions{form_status(ok.error()), {}, {}});
  }
  return notice(r, lang, N_("Check your e-mail"),
                N_("If an account uses this address, we have sent it a link to choose a new "
                   "password. The link works for one hour."));
}

// Shows the new-password form again with what went wrong.
static http::Response new_password_again(const Site& site, http::Request& r, i18n::Language lang,
                                         const Form& f, const Error& e, const std::string& action,
                                         const char* heading) {
  Object data = form_error(site, lang, e);
  data["action"] = action;
  data["token"] = f.get("token");
  data["heading"] = site.tr(lang, heading);
  return site.page(r, lang, "password_new", site.tr(lang, heading), std::move(data),
                   PageOptions{form_status(e), {}, {}});
}

http::Response AccountPages::reset(http::Request& r, Language lang, const Visit&, const Form& f) {
  std::string action = Site::prefix(lang) + "/password-reset/new";
  if (f.get("password") != f.get("password_again"))
    return new_password_again(site_, r, lang, f,
                              Error{ErrorKind::unprocessable, N_("The two new passwords differ."), "password_again"},
                              action, N_("Choose a new password"));
  auto s = accounts_.reset_password(f.get("token"), f.get("password"), r.client);
  if (!s) {
    if (s.error().field == "token") return site_.error_page(r, s.error());
    return new_password_again(site_, r, lang, f, s.error(), action, N_("Choose a new password"));
  }
  return signed_in(r, *s, Site::prefix(lang) + "/account?done=password");
}

http::Response AccountPages::invitation_form(http::Request& r, Language lang, const Visit&) {
  std::string token = r.query_value("token").value_or("");
  auto user = accounts_.check_link(token, OneTimePurpose::invitation);
  if (!user) return site_.error_page(r, user.error());
  return site_.page(r, lang, "password_new", site_.tr(lang, N_("Welcome to ClusterPoliSEE")),
                    Object{{"action", Site::prefix(lang) + "/invitation"},
                           {"token", token},
                           {"email", user->email},
                           {"welcome", true},
                           {"name", user->display_name},
                           {"heading", site_.tr(lang, N_("Welcome to ClusterPoliSEE"))}});
}

http::Response AccountPages::accept_invitation(http::Request& r, Language lang, const Visit&,
                                               const Form& f) {
  std::string action = Site::prefix(lang) + "/invitation";
  if (f.get("password") != f.get("password_again"))
    return new_password_again(site_, r, lang, f,
                              Error{ErrorKind::unprocessable, N_("The two new passwords differ."), "password_again"},
                              action, N_("Welcome to ClusterPoliSEE"));
  auto s = accounts_.accept_invitation(f.get("token"), f.get("password"), r.client);
  if (!s) {
    if (s.error().field == "token") return site_.error_page(r, s.error());
    return new_password_again(site_, r, lang, f, s.error(), action, N_("Welcome to ClusterPoliSEE"));
  }
  return signed_in(r, *s, Site::prefix(lang) + "/account");
}

http::Response AccountPages::register_form(http::Request& r, Language lang, const Visit&) {
  if (accounts_.settings().self_registration != SelfRegistration::on)
    return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  return site_.page(r, lang, "register", site_.tr(lang, N_("Join as a stakeholder")),
                    Object{{"action", Site::prefix(lang) + "/register"}});
}

http::Response AccountPages::register_stakeholder(http::Request& r, Language lang, const Visit&,
                                                  const Form& f) {
  if (accounts_.settings().self_registration != SelfRegistration::on)
    return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  RegistrationInput in{f.get("email"), f.get("display_name"), f.get("password"),
                       std::string(i18n::code(lang))};
  if (auto ok = accounts_.register_stakeholder(in, r.client); !ok) {
    if (ok.error().kind == ErrorKind::internal || ok.error().kind == ErrorKind::unavailable)
      return site_.error_page(r, ok.error());
    Object data = form_error(site_, lang, ok.error());
    data["action"] = Site::prefix(lang) + "/register";
    data["email"] = text::trim(in.email).substr(0, 254);
    data["display_name"] = in.display_name.substr(0, 400);
    return site_.page(r, lang, "register", site_.tr(lang, N_("Join as a stakeholder")),
                      std::move(data), PageOptions{form_status(ok.error()), {}, {}});
  }
  return notice(r, lang, N_("Check your e-mail"),
                N_("We have sent a link to confirm your address. Open it within two days to "
                   "activate your account."));
}

// A link from an e-mail asks for one more click: mail scanners that open links must not
// confirm anything by themselves.
http::Response AccountPages::confirm_form(http::Request& r, Language lang, const Visit&) {
  bool change = r.path.ends_with("/confirm-email");
  std::string token = r.query_value("token").value_or("");
  auto user = accounts_.check_link(
      token, change ? OneTimePurpose::email_change : OneTimePurpose::email_verification);
  if (!user) return site_.error_page(r, user.error());
  const char* heading = change ? N_("Confirm your new e-mail address") : N_("Confirm your e-mail address");
  return site_.page(r, lang, "confirm", site_.tr(lang, heading),
                    Object{{"action", r.path}, {"token", token}, {"heading", site_.tr(lang, heading)}});
}

http::Response AccountPages::confirm(http::Request& r, Language lang, const Visit&, const Form& f) {
  if (r.path.ends_with("/confirm-email")) {
    if (auto ok = accounts_.confirm_email_change(f.get("token"), r.client); !ok)
      return site_.error_page(r, ok.error());
    return notice(r, lang, N_("Your e-mail address is changed"),
                  N_("Sign in with the new address from now on."));
  }
  auto s = accounts_.verify_email(f.get("token"), r.client);
  if (!s) return site_.error_page(r, s.error());
  return signed_in(r, *s, Site::prefix(lang) + "/account");
}

}  // namespace cps::web
