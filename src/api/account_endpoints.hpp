// The API of the partnership directory and of one's own account: organisations, the signed-in
// user, personal data export and API tokens. Callers sign with `Authorization: Bearer` or,
// from the platform's own pages, with the session cookie plus the X-CSRF-Token header.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/accounts/organisation_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class AccountEndpoints {
 public:
  AccountEndpoints(auth::Authenticator& authenticator, accounts::AccountService& accounts,
                   accounts::OrganisationService& organisations)
      : auth_(authenticator), accounts_(accounts), organisations_(organisations) {}

  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;

  http::Response organisations(http::Request& r, const Visit& v);
  http::Response organisation(http::Request& r, const Visit& v);
  http::Response create_organisation(http::Request& r, const Visit& v);
  http::Response update_organisation(http::Request& r, const Visit& v);
  http::Response me(http::Request& r, const Visit& v);
  http::Response update_me(http::Request& r, const Visit& v);
  http::Response export_me(http::Request& r, const Visit& v);
  http::Response tokens(http::Request& r, const Visit& v);
  http::Response create_token(http::Request& r, const Visit& v);
  http::Response revoke_token(http::Request& r, const Visit& v);

  auth::Authenticator& auth_;
  accounts::AccountService& accounts_;
  accounts::OrganisationService& organisations_;
};

}  // namespace cps::api
