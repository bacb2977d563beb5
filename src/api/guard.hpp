// The API operations that act for somebody: who calls is resolved first (401 with
// WWW-Authenticate for a bad token), and state-changing calls from a browser session must
// carry the session's form token in X-CSRF-Token.
#pragma once

#include <functional>

#include "auth/authenticator.hpp"
#include "http/types.hpp"

namespace cps::api {

using VisitorHandler = std::function<http::Response(http::Request&, const auth::Visit&)>;

http::Handler for_visitor(auth::Authenticator& authenticator, VisitorHandler handler);

// The same for an endpoint class's member functions, so that a route, its guard and its
// handler read as one line: router.get(path, for_visitor(auth_, this, &Endpoints::list)).
template <class Endpoints>
http::Handler for_visitor(auth::Authenticator& authenticator, Endpoints* endpoints,
                          http::Response (Endpoints::*handler)(http::Request&, const auth::Visit&)) {
  return for_visitor(authenticator, [endpoints, handler](http::Request& r, const auth::Visit& v) {
    return (endpoints->*handler)(r, v);
  });
}
// A public endpoint of a class: no visit needed, the same one-line shape.
template <class Endpoints>
http::Handler for_anyone(Endpoints* endpoints, http::Response (Endpoints::*handler)(http::Request&)) {
  return [endpoints, handler](http::Request& r) { return (endpoints->*handler)(r); };
}

}  // namespace cps::api
