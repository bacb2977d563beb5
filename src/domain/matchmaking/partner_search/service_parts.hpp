// What the files of PartnerSearchService share: the refusals, who asks, and the audit line.
// Only those files include it.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/matchmaking/partner_search/partner_search.hpp"

namespace cps::partner_search::service_parts {

// State changes through an API token need a token with the write scope.
inline Status require_write(const accounts::Principal& who) {
  if (who.via == accounts::Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

// Unauthenticated for visitors, forbidden for members.
inline Error refusal(const accounts::Principal& who) {
  return who.signed_in() ? Error{ErrorKind::forbidden, "You may not do this."}
                         : Error{ErrorKind::unauthenticated, "Please sign in first."};
}

inline std::string saved_target(SavedSearchId id) { return "saved_search:" + std::to_string(id.value()); }
inline std::string profile_target(ProfileId id) { return "cluster_profile:" + std::to_string(id.value()); }

// One audit line: action "partner_search.<verb>", the actor as they are known now.
inline accounts::AuditRecord audit_line(const accounts::Principal& who, std::string_view verb, std::string target,
                                        std::string detail, Seconds at) {
  accounts::AuditRecord r;
  r.actor = who.user;
  r.actor_label = who.label.empty() ? (who.signed_in() ? "" : "system") : who.label;
  r.action = "partner_search." + std::string(verb);
  r.target = std::move(target);
  r.detail = std::move(detail);
  r.client = who.client;
  r.at = at;
  return r;
}

}  // namespace cps::partner_search::service_parts
