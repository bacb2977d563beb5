// Who stands where towards one assessment, and so what they may see (see visibility.hpp).
#include "domain/assessment/visibility.hpp"

#include "domain/accounts/policy.hpp"

namespace cps::assessment {

using accounts::Action;

bool is_team(const accounts::Principal& who, const Assessment& assessment) {
  return who.signed_in() &&
         accounts::allowed(who, Action::write_assessment,
                           accounts::Target{.organisation = assessment.organisation});
}

bool is_coordinator(const accounts::Principal& who) {
  return who.signed_in() && accounts::allowed(who, Action::coordinate_assessments);
}

const Reviewer* reviewer_entry(const accounts::Principal& who, const Assessment& assessment) {
  if (!who.user) return nullptr;
  for (const auto& r : assessment.reviewers)
    if (r.user == *who.user) return &r;
  return nullptr;
}

bool may_see(const accounts::Principal& who, const Assessment& assessment) {
  if (assessment.status == AssessmentStatus::published)
    return assessment.disclosure == Disclosure::public_scores ||
           accounts::allowed(who, Action::view_assessments);
  if (is_team(who, assessment) || is_coordinator(who)) return true;
  const auto* reviewer = reviewer_entry(who, assessment);
  return reviewer && reviewer->status != ReviewerStatus::declined;
}

bool may_see_peer_scores(const accounts::Principal& who, const Assessment& assessment) {
  if (is_coordinator(who)) return true;
  if (is_team(who, assessment) && (assessment.status == AssessmentStatus::consolidated ||
                                   assessment.status == AssessmentStatus::published))
    return true;
  const auto* reviewer = reviewer_entry(who, assessment);
  return reviewer && reviewer->status == ReviewerStatus::submitted;
}

}  // namespace cps::assessment
