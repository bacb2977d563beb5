// The partnership directory: organisations (with filters, exports and their editing), each
// organisation's page, and who holds which role.
#pragma once

#include "domain/accounts/account_service.hpp"
#include "domain/accounts/organisation_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class DirectoryPages {
 public:
  DirectoryPages(const Site& site, accounts::OrganisationService& organisations,
                 accounts::AccountService& accounts, reference::ReferenceService& reference)
      : site_(site), organisations_(organisations), accounts_(accounts), reference_(reference) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;

  struct Listing {
    accounts::OrganisationFilter filter;
    std::vector<accounts::Organisation> organisations;
  };
  // The directory as the query string filters it.
  Result<Listing> listing(const http::Request& r, const Visit& v);

  http::Response organisations(http::Request& r, Language lang, const Visit& v);
  // The filtered directory as CSV or XLSX, one column per field.
  http::Response export_organisations(http::Request& r, Language lang, const Visit& v);
  http::Response organisation(http::Request& r, Language lang, const Visit& v);
  http::Response edit_form(http::Request& r, Language lang, const Visit& v);
  http::Response new_form(http::Request& r, Language lang, const Visit& v);
  http::Response save(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response create(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response people(http::Request& r, Language lang, const Visit& v);

  // The organisation form, filled with `values` (an organisation or what was submitted).
  http::Response organisation_form(http::Request& r, Language lang, const Visit& v,
                                   const accounts::OrganisationInput& values, std::string action,
                                   Object extra, http::bhttp::status status,
                                   const std::vector<accounts::Person>& members = {});

  const Site& site_;
  accounts::OrganisationService& organisations_;
  accounts::AccountService& accounts_;
  reference::ReferenceService& reference_;
};

}  // namespace cps::web
