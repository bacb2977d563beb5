// Administration: people and their roles, invitations, enabling and disabling accounts, and
// the audit log. Who may do what is decided by the account service; these pages only ask.
#pragma once

#include "domain/accounts/account_service.hpp"
#include "domain/accounts/organisation_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class AdminPages {
 public:
  AdminPages(const Site& site, accounts::AccountService& accounts,
             accounts::OrganisationService& organisations)
      : site_(site), accounts_(accounts), organisations_(organisations) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;

  http::Response users(http::Request& r, Language lang, const Visit& v);
  http::Response users_page(http::Request& r, Language lang, const Visit& v, Object extra,
                            http::bhttp::status status);
  http::Response invite(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response user(http::Request& r, Language lang, const Visit& v);
  http::Response user_page(http::Request& r, Language lang, const Visit& v, accounts::UserId id,
                           Object extra, http::bhttp::status status);
  http::Response save_roles(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response save_status(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response reset_link(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response audit(http::Request& r, Language lang, const Visit& v);

  const Site& site_;
  accounts::AccountService& accounts_;
  accounts::OrganisationService& organisations_;
};

}  // namespace cps::web
