// The JSON API of policy transfers: the list with its filters, the flows between regions the
// transfer map draws, recording a transfer and changing it, one transfer with the results of
// its pilot, and a practice's history of transfers. Writes need a session with its form token
// or a write token.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/transfer/transfer_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class TransferEndpoints {
 public:
  TransferEndpoints(transfer::TransferService& transfers, auth::Authenticator& authenticator)
      : transfers_(transfers), auth_(authenticator) {}
  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response list(http::Request& r, const Visit& v);
  http::Response flows(http::Request& r, const Visit& v);
  http::Response create(http::Request& r, const Visit& v);
  http::Response item(http::Request& r, const Visit& v);
  http::Response update(http::Request& r, const Visit& v);
  http::Response history(http::Request& r, const Visit& v);

  transfer::TransferService& transfers_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
