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

}  // namespace cps::api
