// What assessments need from storage: small operations on one open transaction, composed by
// the service so that a change and its audit line are written together or not at all.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/assessment/framework.hpp"

namespace cps::assessment {

struct AssessmentFilter {
  std::optional<RegionCode> region = std::nullopt;
  std::optional<CountryCode> country = std::nullopt;
  std::optional<int> period = std::nullopt;
  std::vector<AssessmentStatus> statuses = {};  // empty: every status
  std::optional<accounts::OrganisationId> organisation = std::nullopt;
  std::optional<accounts::UserId> reviewer = std::nullopt;  // assessments this person reviews
};

class AssessmentStore {
 public:
  virtual ~AssessmentStore() = default;

  // Frameworks. Versions are never changed once stored.
  virtual Result<std::vector<Framework>> frameworks() = 0;  // newest first, criteria left empty
  virtual Result<std::optional<Framework>> framework(int version) = 0;  // with its criteria
  virtual Result<std::optional<int>> latest_framework_version() = 0;
  // Fails (conflict) when the version exists.
  virtual Status insert_framework(const Framework& framework) = 0;

  // Assessments. One per region and reporting period: insert fails (conflict, field
  // "period") when the region has one for the period.
  virtual Result<AssessmentId> insert_assessment(const Assessment& assessment) = 0;
  // With scores, reviewers (display names and countries filled) and SWOT.
  virtual Result<std::optional<Assessment>> assessment(AssessmentId id) = 0;
  // Without scores, reviewers or SWOT unless `whole`; newest period first, then region.
  enum class Depth { header, whole };
  virtual Result<std::vector<Assessment>> assessments(const AssessmentFilter& filter, Depth depth) = 0;
  // Writes the header fields (status, disclosure, summary, return note, dates) as revision
  // expected_revision + 1 when the stored one is still at expected_revision; false (nothing
  // written) when somebody changed it in between.
  virtual Result<bool> update_assessment(const Assessment& assessment, int expected_revision) = 0;
  // Inserts or replaces each score by (criterion, time frame, source, reviewer).
  virtual Status save_scores(AssessmentId id, const std::vector<Score>& scores) = 0;
  virtual Status save_swot(AssessmentId id, const Swot& swot) = 0;  // replaces the area's
  // Inserts or replaces the reviewer by user.
  virtual Status save_reviewer(AssessmentId id, const Reviewer& reviewer) = 0;

  virtual Result<CommentId> insert_comment(const Comment& comment) = 0;
  // Oldest first; of one assessment, or of every assessment.
  virtual Result<std::vector<Comment>> comments(std::optional<AssessmentId> assessment) = 0;

  virtual Result<RecommendationId> insert_recommendation(const Recommendation& recommendation) = 0;
  virtual Status update_recommendation(const Recommendation& recommendation) = 0;  // response and reason
  virtual Result<ActionId> insert_action(const PlannedAction& action) = 0;
  virtual Status update_action(const PlannedAction& action) = 0;
  virtual Result<std::vector<Recommendation>> recommendations(AssessmentId id) = 0;  // with actions, oldest first

  // Assessments whose scores cite the knowledge item as evidence.
  virtual Result<std::vector<AssessmentId>> citing(std::int64_t item) = 0;

  // The audit log is the accounts' one.
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class AssessmentRepository {
 public:
  virtual ~AssessmentRepository() = default;
  // Runs work in one transaction: committed when it succeeds, rolled back when it fails.
  virtual Status transaction(const std::function<Status(AssessmentStore&)>& work) = 0;
  // Runs reads without taking the write lock.
  virtual Status read(const std::function<Status(AssessmentStore&)>& work) = 0;
};

}  // namespace cps::assessment
