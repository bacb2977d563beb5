#include "web/site.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

#include "core/text.hpp"
#include "web/navigation.hpp"

namespace cps::web {

using i18n::Language;
using i18n::N_;
namespace bhttp = http::bhttp;

Site::Site(const Templates& templates, const i18n::Catalogue& catalogue, std::string asset_version,
           auth::Authenticator* authenticator)
    : templates_(templates),
      catalogue_(catalogue),
      asset_version_(std::move(asset_version)),
      authenticator_(authenticator) {}

Result<const auth::Visit*> Site::visit(const http::Request& request) const {
  if (authenticator_) return authenticator_->visit(request);
  if (!request.state.has_value()) request.state = auth::Visit{};
  return std::any_cast<auth::Visit>(&request.state);
}

void Site::apply_cookies(const http::Request& request, http::Response& response) const {
  const auto* visit = std::any_cast<auth::Visit>(&request.state);
  if (visit && authenticator_) authenticator_->apply_cookies(*visit, response);
}

std::optional<Language> Site::language_of(const http::Request& request) {
  std::string_view path = request.path;
  if (path.size() < 3 || path[0] != '/') return std::nullopt;
  std::string_view first =
      path.substr(1, path.find('/', 1) == std::string_view::npos ? std::string_view::npos
                                                                 : path.find('/', 1) - 1);
  return i18n::parse_language(first);
}

std::string Site::prefix(Language language) {
  return "/" + std::string(i18n::code(language));
}

Language Site::preferred_language(const http::Request& request) {
  if (auto l = language_of(request)) return *l;
  return i18n::negotiate(request.header(bhttp::field::accept_language));
}

namespace {

// The path after the language prefix, for links to the same page in another language.
std::string path_without_language(const http::Request& request) {
  if (!Site::language_of(request)) return "/";
  std::string rest = request.path.substr(3);
  return rest.empty() ? "/" : rest;
}

}  // namespace

http::Response Site::page(const http::Request& request, Language language, const std::string& name,
                          const std::string& title, Object data, PageOptions options) const {
  std::string lang(i18n::code(language));
  // Who is signed in is known when a handler asked, or worked out here when the request
  // carries a session; public pages for anonymous visitors never touch the sessions.
  const auth::Visit* visit = std::any_cast<auth::Visit>(&request.state);
  if (!visit && authenticator_ && request.cookie(auth::kSessionCookie)) {
    auto v = authenticator_->visit(request);
    if (v) visit = *v;
  }
  if (visit) data["csrf"] = visit->form_token;
  auto body = templates_.render(language, name, data);
  if (!body) {
    spdlog::error("request {}: {}", request.request_id, body.error().detail);
    // The error page itself failing must not recurse into another error page.
    if (name == "error")
      return http::make_response(request, bhttp::status::internal_server_error,
                                 "text/plain; charset=utf-8", "Internal error\n");
    return error_page(request, Error{ErrorKind::internal, {}});
  }
  std::string here = path_without_language(request);
  List languages;
  for (const auto& l : i18n::kLanguages) {
    languages.push_back(Object{{"code", std::string(l.code)},
                               {"endonym", std::string(l.endonym)},
                               {"href", "/" + std::string(l.code) + here},
                               {"current", l.language == language}});
  }
  // Pages outside /{lang}/ (error pages, problem types) are none of the menus' places.
  bool localized = language_of(request).has_value();
  MenuRequest where{language, localized ? std::optional<std::string>(here) : std::nullopt};
  static const accounts::Principal anonymous;
  Viewer viewer{visit ? visit->principal : anonymous,
                authenticator_ ? &authenticator_->accounts() : nullptr};
  Object account;
  std::string prefix = "/" + lang;
  if (viewer.principal.signed_in()) {
    account = Object{{"signed_in", true},
                     {"name", viewer.principal.display_name},
                     {"links", personal_menu(viewer, where, catalogue_)},
                     {"logout_action", prefix + "/logout"},
                     {"csrf", visit->form_token}};
    if (int unread = unread_counter_ ? unread_counter_(viewer.principal) : 0; unread > 0)
      account["unread"] = std::to_string(unread);
  } else {
    std::string next = localized ? request.path : std::string("/" + lang + "/");
    account = Object{{"signed_in", false},
                     {"login_href", prefix + "/login?next=" + text::encode_uri_component(next)}};
  }
  List scripts;
  for (const auto& s : options.scripts)
    scripts.push_back(Object{{"src", "/static/" + s + "?v=" + asset_version_}});
  auto now = std::chrono::system_clock::now();
  int year = int(std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(now)).year());
  Object layout{{"lang", lang},
                {"title", title},
                {"description",
                 options.description.empty()
                     ? tr(language, N_("ClusterPoliSEE: mutual policy learning on regional cluster "
                                       "policies in South East Europe."))
                     : options.description},
                {"content", *body},
                {"path_without_lang", here},
                {"languages", languages},
                {"nav_groups", main_menu(viewer, where, catalogue_)},
                {"current_language", std::string(i18n::info(language).endonym)},
                {"current_code", text::to_upper_ascii(lang)},
                {"at_home", localized && here == "/"},
                {"asset_version", asset_version_},
                {"page_scripts", scripts},
                {"refresh_seconds",
                 options.refresh_seconds > 0 ? std::to_string(options.refresh_seconds) : ""},
                {"has_refresh", options.refresh_seconds > 0},
                {"home_href", "/" + lang + "/"},
                {"account", account},
                {"year", std::to_string(year)}};
  auto html = templates_.render(language, "layout", layout);
  if (!html) {
    spdlog::error("request {}: {}", request.request_id, html.error().detail);
    return http::make_response(request, bhttp::status::internal_server_error,
                               "text/plain; charset=utf-8", "Internal error\n");
  }
  http::Response res =
      http::make_response(request, options.status, "text/html; charset=utf-8", std::move(*html));
  res.set(bhttp::field::content_language, lang);
  if (visit) {
    // A page made for one person is nobody else's to keep.
    res.set(bhttp::field::cache_control, "no-store");
    if (authenticator_) authenticator_->apply_cookies(*visit, res);
  }
  return res;
}

http::Response Site::error_page(const http::Request& request, const http::Problem& problem) const {
  Language language = preferred_language(request);
  std::string heading = tr(language, problem.type.title);
  std::string message;
  if (!problem.detail.empty() && problem.detail != problem.type.title)
    message = text::fill(tr(language, problem.detail), problem.values);
  Object data{{"status", std::to_string(int(problem.type.status))},
              {"heading", heading},
              {"message", message},
              {"home_href", "/" + std::string(i18n::code(language)) + "/"},
              {"request_id", request.request_id}};
  return page(request, language, "error", heading, std::move(data),
              PageOptions{problem.type.status, {}, {}});
}

http::Response Site::error_page(const http::Request& request, const Error& error) const {
  if (error.kind == ErrorKind::internal || error.kind == ErrorKind::unavailable)
    spdlog::error("request {} {}: {} ({})", request.request_id, request.path, error.message,
                  error.detail);
  return error_page(request, http::to_problem(error));
}

}  // namespace cps::web
