// The JSON API of partner search: searching published cluster profiles with explained matches
// (anyone), expressions of interest (sending one, those sent and received), and saved searches
// (list, save, delete). Writes need a session with its form token or a write token.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/matchmaking/partner_search/partner_search_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class PartnerSearchEndpoints {
 public:
  PartnerSearchEndpoints(partner_search::PartnerSearchService& service, auth::Authenticator& authenticator)
      : service_(service), auth_(authenticator) {}
  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response search(http::Request& r, const Visit& v);
  http::Response express_interest(http::Request& r, const Visit& v);
  http::Response interests(http::Request& r, const Visit& v);
  http::Response saved(http::Request& r, const Visit& v);
  http::Response save(http::Request& r, const Visit& v);
  http::Response delete_saved(http::Request& r, const Visit& v);

  partner_search::PartnerSearchService& service_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
