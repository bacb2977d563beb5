// Pages of one's own account and of getting in: sign in and out, the account page (profile,
// password, e-mail, API tokens, personal data, deletion), password reset, invitations,
// registration and e-mail confirmation.
#pragma once

#include "domain/accounts/account_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class AccountPages {
 public:
  AccountPages(const Site& site, accounts::AccountService& accounts,
               reference::ReferenceService& reference)
      : site_(site), accounts_(accounts), reference_(reference) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;

  http::Response login_form(http::Request& r, Language lang, const Visit& v);
  http::Response login(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response logout(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response account(http::Request& r, Language lang, const Visit& v);
  // The account page, with what the last form left to say (an error, a new token's secret).
  http::Response account_page(http::Request& r, Language lang, const Visit& v, Object extra,
                              http::bhttp::status status);
  http::Response save_profile(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response change_password(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response change_email(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response create_token(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response revoke_token(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response download_data(http::Request& r, Language lang, const Visit& v);
  http::Response delete_account(http::Request& r, Language lang, const Visit& v, const Form& f);

  http::Response reset_form(http::Request& r, Language lang, const Visit& v);
  http::Response request_reset(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response reset(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response invitation_form(http::Request& r, Language lang, const Visit& v);
  http::Response accept_invitation(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response register_form(http::Request& r, Language lang, const Visit& v);
  http::Response register_stakeholder(http::Request& r, Language lang, const Visit& v,
                                      const Form& f);
  http::Response confirm_form(http::Request& r, Language lang, const Visit& v);
  http::Response confirm(http::Request& r, Language lang, const Visit& v, const Form& f);

  // A short page with a heading and a sentence (sent mail, finished steps).
  http::Response notice(http::Request& r, Language lang, const char* heading, const char* text);
  // Starts the browser's session after a sign-in of any kind and goes to `location`.
  http::Response signed_in(http::Request& r, const accounts::SignedIn& s, std::string location);

  const Site& site_;
  accounts::AccountService& accounts_;
  reference::ReferenceService& reference_;
};

}  // namespace cps::web
