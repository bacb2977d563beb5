// Who is making a request, worked out once per request from the session cookie or an
// `Authorization: Bearer` API token, and the guard against cross-site request forgery.
#pragma once

#include <optional>
#include <string>

#include "core/error.hpp"
#include "domain/accounts/account_service.hpp"
#include "http/types.hpp"

namespace cps::auth {

inline constexpr std::string_view kSessionCookie = "cps_session";
// Before sign-in, forms are guarded by a random value in this cookie, repeated in the form.
inline constexpr std::string_view kFormCookie = "cps_form";

enum class CookieSecurity { plain, secure };  // secure: sent only over HTTPS (behind a TLS proxy)

struct Visit {
  accounts::Principal principal;
  // The value the request's forms must carry: the session's token when signed in, otherwise
  // the form cookie's (new when the request had none).
  std::string form_token;
  // Cookies to send back: a rotated session id, an ended session to clear, a new form cookie.
  std::optional<std::string> new_session_token;
  bool clear_session = false;
  bool new_form_cookie = false;
};

class Authenticator {
 public:
  Authenticator(accounts::AccountService& accounts, CookieSecurity security);

  // The visit of a request, computed on the first call and kept in request.state. A bad or
  // expired session counts as anonymous; a bad bearer token is an error (401), so that an
  // integrator learns at once that the token is wrong.
  Result<const Visit*> visit(const http::Request& request);

  // For a state-changing request: cookie-authenticated or anonymous requests must carry the
  // form token (form field `csrf` or header X-CSRF-Token); bearer-token requests need none.
  Status check_form_token(const Visit& visit, std::string_view submitted) const;

  // Adds the Set-Cookie headers the visit needs to a response.
  void apply_cookies(const Visit& visit, http::Response& response) const;

  // Only the session cookie's changes (a new id, an ended session): for API responses,
  // which never need a form cookie.
  void apply_session_cookie(const Visit& visit, http::Response& response) const;

  // After signing in (or a change that gives the session a new id).
  void set_session_cookie(http::Response& response, const std::string& token) const;
  void clear_session_cookie(http::Response& response) const;

  accounts::AccountService& accounts() { return accounts_; }

  // A Set-Cookie value with this site's flags (HttpOnly, SameSite=Lax, and Secure behind
  // TLS), so that every cookie the site sets follows one rule.
  std::string cookie(std::string_view name, std::string_view value, std::string_view max_age) const;

 private:

  accounts::AccountService& accounts_;
  CookieSecurity security_;
};

}  // namespace cps::auth
