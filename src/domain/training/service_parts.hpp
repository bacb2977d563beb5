// What the training service's files share: the writer check, targets and the usual refusals.
#pragma once

#include <string>

#include "domain/accounts/accounts.hpp"
#include "domain/training/training.hpp"

namespace cps::training {

inline Status require_writer(const accounts::Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (who.via == accounts::Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

inline std::string target_of(ModuleId id) { return "training_module:" + std::to_string(id.value()); }

inline std::unexpected<Error> not_found() { return fail(ErrorKind::not_found, "Not found."); }

inline accounts::AuditRecord audit(const accounts::Principal& who, std::string action, std::string target,
                                   std::string detail, Seconds at) {
  return accounts::AuditRecord{who.user, who.label, std::move(action), std::move(target), std::move(detail),
                               who.client, at};
}

}  // namespace cps::training
