#include "auth/authenticator.hpp"

#include "security/crypto.hpp"

namespace cps::auth {

namespace bhttp = http::bhttp;

namespace {

bool plausible_token(std::string_view t) {
  if (t.size() != 43) return false;
  for (char c : t)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '_'))
      return false;
  return true;
}

}  // namespace

Authenticator::Authenticator(accounts::AccountService& accounts, CookieSecurity security)
    : accounts_(accounts), security_(security) {}

Result<const Visit*> Authenticator::visit(const http::Request& request) {
  if (auto* known = std::any_cast<Visit>(&request.state)) return known;
  Visit v;
  v.principal.client = request.client;
  std::string_view authorization = request.header(bhttp::field::authorization);
  if (!authorization.empty()) {
    constexpr std::string_view kBearer = "Bearer ";
    if (!authorization.starts_with(kBearer))
      return fail(ErrorKind::unauthenticated, "Send the API token as: Authorization: Bearer <token>.",
                  "Authorization");
    auto who = accounts_.authenticate_token(authorization.substr(kBearer.size()), request.client);
    if (!who) return std::unexpected(who.error());
    v.principal = std::move(*who);
    request.state = std::move(v);
    return std::any_cast<Visit>(&request.state);
  }
  if (auto token = request.cookie(kSessionCookie)) {
    auto resumed = accounts_.resume_session(*token, request.client);
    if (resumed) {
      v.principal = std::move(resumed->principal);
      v.form_token = std::move(resumed->csrf_token);
      v.new_session_token = std::move(resumed->new_token);
    } else if (resumed.error().kind == ErrorKind::unauthenticated) {
      v.clear_session = true;
    } else {
      return std::unexpected(resumed.error());
    }
  }
  if (!v.principal.signed_in()) {
    auto form = request.cookie(kFormCookie);
    if (form && plausible_token(*form)) {
      v.form_token = std::string(*form);
    } else {
      v.form_token = security::random_token();
      v.new_form_cookie = true;
    }
  }
  request.state = std::move(v);
  return std::any_cast<Visit>(&request.state);
}

Status Authenticator::check_form_token(const Visit& visit, std::string_view submitted) const {
  if (visit.principal.via == accounts::Principal::Via::api_token) return {};
  // A form cookie made for this very response cannot have been in the page that was sent.
  if (visit.form_token.empty() || visit.new_form_cookie ||
      !security::equal_constant_time(visit.form_token, submitted))
    return fail(ErrorKind::forbidden,
                "This form has expired or did not come from this site. Reload the page and try "
                "again.",
                "csrf");
  return {};
}

std::string Authenticator::cookie(std::string_view name, std::string_view value,
                                  std::string_view max_age) const {
  std::string c = std::string(name) + "=" + std::string(value) +
                  "; Path=/; HttpOnly; SameSite=Lax";
  if (!max_age.empty()) c += "; Max-Age=" + std::string(max_age);
  if (security_ == CookieSecurity::secure) c += "; Secure";
  return c;
}

void Authenticator::apply_session_cookie(const Visit& visit, http::Response& response) const {
  if (visit.new_session_token) set_session_cookie(response, *visit.new_session_token);
  else if (visit.clear_session) clear_session_cookie(response);
}

void Authenticator::apply_cookies(const Visit& visit, http::Response& response) const {
  apply_session_cookie(visit, response);
  if (visit.new_form_cookie)
    response.insert(bhttp::field::set_cookie, cookie(kFormCookie, visit.form_token, {}));
}

void Authenticator::set_session_cookie(http::Response& response, const std::string& token) const {
  // A session cookie (no Max-Age): the server ends it after the idle and absolute limits.
  response.insert(bhttp::field::set_cookie, cookie(kSessionCookie, token, {}));
  response.set(bhttp::field::cache_control, "no-store");
}

void Authenticator::clear_session_cookie(http::Response& response) const {
  response.insert(bhttp::field::set_cookie, cookie(kSessionCookie, "", "0"));
  response.set(bhttp::field::cache_control, "no-store");
}

}  // namespace cps::auth
