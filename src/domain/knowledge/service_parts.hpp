// What the knowledge service's files (knowledge_service.cpp and its parts) share: the refusal
// of a request and the check that a token may write. Only those files include it.
#pragma once

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::knowledge {

// Forbidden for somebody known, "sign in first" for an anonymous visitor.
inline Error refusal(const accounts::Principal& who) {
  return who.signed_in() || !who.label.empty() ? Error{ErrorKind::forbidden, "You may not do this."}
                                               : Error{ErrorKind::unauthenticated, "Please sign in first."};
}

// A read-only API token is refused every change.
inline Status require_write(const accounts::Principal& who) {
  if (who.via == accounts::Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

}  // namespace cps::knowledge
