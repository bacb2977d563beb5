// The personal start page in the API: GET /api/v1/users/me/agenda, what waits for the caller
// across the platform by kind (the page /{lang}/me shows the same), titles in `lang`.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/agenda/agenda_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class AgendaEndpoints {
 public:
  AgendaEndpoints(agenda::AgendaService& agenda, auth::Authenticator& authenticator)
      : agenda_(agenda), auth_(authenticator) {}

  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response agenda(http::Request& r, const Visit& v);

  agenda::AgendaService& agenda_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
