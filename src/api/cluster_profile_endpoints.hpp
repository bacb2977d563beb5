// The JSON API of cluster profiles: the list with its filters, a profile, opening and
// describing one, its offers and needs with their renewal, its editors, review before
// publication and following. Writes need a session with its form token or a write token.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/matchmaking/profile_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class ClusterProfileEndpoints {
 public:
  ClusterProfileEndpoints(matchmaking::ClusterProfileService& profiles, auth::Authenticator& authenticator)
      : profiles_(profiles), auth_(authenticator) {}
  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response list(http::Request& r, const Visit& v);
  http::Response create(http::Request& r, const Visit& v);
  http::Response item(http::Request& r, const Visit& v);
  http::Response update(http::Request& r, const Visit& v);
  http::Response add_offer(http::Request& r, const Visit& v);
  http::Response save_offer(http::Request& r, const Visit& v);
  http::Response delete_offer(http::Request& r, const Visit& v);
  http::Response renew(http::Request& r, const Visit& v);
  http::Response set_editors(http::Request& r, const Visit& v);
  http::Response submit(http::Request& r, const Visit& v);
  http::Response publish(http::Request& r, const Visit& v);
  http::Response send_back(http::Request& r, const Visit& v);
  http::Response follow(http::Request& r, const Visit& v);
  http::Response unfollow(http::Request& r, const Visit& v);

  // The profile as it is after a change, in the language asked for (201 when `made`).
  http::Response changed(const http::Request& r, const Result<matchmaking::ProfileView>& view,
                         http::bhttp::status status = http::bhttp::status::ok);

  matchmaking::ClusterProfileService& profiles_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
