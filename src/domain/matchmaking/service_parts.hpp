// What the files of ClusterProfileService share: who may see, edit and review a profile, the
// refusals every part gives, and the audit line. Only those files include it.
#pragma once

#include <map>
#include <string>
#include <vector>
#include <string_view>

#include "core/error.hpp"
#include "domain/accounts/policy.hpp"
#include "domain/matchmaking/profile_service.hpp"

namespace cps::matchmaking::service_parts {

using accounts::Action;
using accounts::Principal;

Seconds now_of(const ClusterProfileService::Clock& clock);

// Whether the viewer may change anything at all (signed in, not through a read-only token).
bool writes(const Principal& who);
// State changes through an API token need a token with the write scope.
Status require_write(const Principal& who);
Error refusal(const Principal& who);
std::unexpected<Error> not_found();
std::unexpected<Error> stale_revision();

// The organisation's staff (edit_cluster_profile on it) and the profile's editors.
bool edits(const Principal& who, const ClusterProfile& profile);
// Reviewers of cluster profiles: review_cluster_profile, asked for the WG3 area (international
// cooperation) that cluster profiles belong to.
bool reviews(const Principal& who);
// Published profiles are public; drafts and profiles in review only for editors and reviewers.
bool may_see(const Principal& who, const ClusterProfile& profile);

// Each sector's section (from the classification) and cluster category (from the division
// table; "" for divisions forming no traded cluster).
void fill_sectors(std::vector<Sector>& sectors, const std::map<std::string, std::string>& categories);

accounts::AuditRecord audit_line(const Principal& who, std::string_view verb, std::string target, std::string detail,
                                 Seconds at);

}  // namespace cps::matchmaking::service_parts
