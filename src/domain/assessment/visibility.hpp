// Who stands where towards one assessment — its region's team, an assigned reviewer, a
// coordinator, a member — and so what they may see. One place for these rules, used by every
// part of the service; each asks the policy table.
#pragma once

#include <optional>

#include "domain/accounts/accounts.hpp"
#include "domain/assessment/assessment.hpp"

namespace cps::assessment {

// The region's team: may write the assessment of its organisation (policy write_assessment
// with the assessment's organisation as target).
bool is_team(const accounts::Principal& who, const Assessment& assessment);
// Assigns reviewers, consolidates, publishes, sends back (policy coordinate_assessments).
bool is_coordinator(const accounts::Principal& who);
// The viewer's reviewer entry when they were assigned (any status), else nullptr.
const Reviewer* reviewer_entry(const accounts::Principal& who, const Assessment& assessment);
// Published: members (view_assessments), and everybody when the region opted in to public
// scores. Unpublished: the team, coordinators, and reviewers not declined.
bool may_see(const accounts::Principal& who, const Assessment& assessment);
// Peer scores of others: coordinators always; the team once consolidated; a reviewer sees
// other reviewers' scores only after submitting their own.
bool may_see_peer_scores(const accounts::Principal& who, const Assessment& assessment);

}  // namespace cps::assessment
