// An in-memory AssessmentRepository for unit tests: the port's contract kept in maps (one
// assessment per region and period, revisions, upserts by key), with transactions that commit
// or roll back as a database's do. Test-only code.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/assessment/assessment_repository.hpp"

namespace cps::assessment {

class FakeAssessmentRepository final : public AssessmentRepository {
 public:
  // Everything the store holds; a transaction works on a copy and keeps it when it succeeds.
  struct State {
    std::map<int, Framework> frameworks;
    std::map<std::int64_t, Assessment> assessments;  // whole: with scores, reviewers and SWOT
    std::map<std::int64_t, Comment> comments;
    std::map<std::int64_t, Recommendation> recommendations;  // actions kept inside
    std::vector<accounts::AuditRecord> audit;                // oldest first
    std::int64_t last_id = 0;                                // one sequence for every kind of row
    // When set, writing an audit line fails with it (a database failing at the last step).
    std::optional<Error> audit_failure;
  };

  Status transaction(const std::function<Status(AssessmentStore&)>& work) override;
  // Reads see the committed state; a write attempted in a read is not kept.
  Status read(const std::function<Status(AssessmentStore&)>& work) override;

  const State& state() const { return state_; }
  State& state() { return state_; }
  // The audit actions recorded, oldest first.
  std::vector<std::string> audit_actions() const;

 private:
  State state_;
};

}  // namespace cps::assessment
