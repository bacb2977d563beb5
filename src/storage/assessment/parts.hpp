// The pieces the assessment repository's files share (storage/assessment/*.cpp): the store on
// one open transaction, whose operations each file implements for one part of the model, and
// the readers of stored values.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "domain/assessment/assessment_repository.hpp"
#include "storage/database.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage::assessment_sql {

using namespace cps::assessment;
using ll = long long;

// rows.cpp: stored values read back.
[[noreturn]] void damaged(std::string_view what, std::string_view value);

// The stored name of an enum value.
template <class E, std::size_t N>
std::string name(E value, const EnumName<E> (&names)[N]) {
  return std::string(name_of(value, names));
}

// A stored name read back; a name the table lacks is a damaged row (CHECK constraints keep
// them out), so it throws.
template <class E, std::size_t N>
E value_of(const std::string& text, const EnumName<E> (&names)[N], std::string_view what) {
  auto v = parse_name(text, names);
  if (!v) damaged(what, text);
  return *v;
}

// Appends "(:p1, …)" of the ids; never called with an empty list.
SqlQuery& id_list(SqlQuery& q, const std::vector<ll>& ids);

// Ids per IN list: far below the parameter limits of both databases.
inline constexpr std::size_t kChunk = 500;

template <class Fn>
void for_each_chunk(const std::vector<ll>& ids, Fn fn) {
  for (std::size_t start = 0; start < ids.size(); start += kChunk) {
    std::vector<ll> chunk(ids.begin() + long(start), ids.begin() + long(std::min(ids.size(), start + kChunk)));
    fn(chunk);
  }
}

class Store final : public AssessmentStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  // frameworks.cpp
  Result<std::vector<Framework>> frameworks() override;
  Result<std::optional<Framework>> framework(int version) override;
  Result<std::optional<int>> latest_framework_version() override;
  Status insert_framework(const Framework& framework) override;

  // assessments.cpp
  Result<AssessmentId> insert_assessment(const Assessment& assessment) override;
  Result<std::optional<Assessment>> assessment(AssessmentId id) override;
  Result<std::vector<Assessment>> assessments(const AssessmentFilter& filter, Depth depth) override;
  Result<bool> update_assessment(const Assessment& assessment, int expected_revision) override;
  Status save_swot(AssessmentId id, const Swot& swot) override;
  Status append_audit(const accounts::AuditRecord& record) override;

  // scores.cpp
  Status save_scores(AssessmentId id, const std::vector<Score>& scores) override;
  Result<std::vector<AssessmentId>> citing(std::int64_t item) override;

  // reviewers.cpp
  Status save_reviewer(AssessmentId id, const Reviewer& reviewer) override;

  // comments.cpp
  Result<CommentId> insert_comment(const Comment& comment) override;
  Result<std::vector<Comment>> comments(std::optional<AssessmentId> assessment) override;

  // recommendations.cpp; insert_recommendation writes the recommendation alone (its actions
  // are inserted one by one with insert_action).
  Result<RecommendationId> insert_recommendation(const Recommendation& recommendation) override;
  Status update_recommendation(const Recommendation& recommendation) override;
  Result<ActionId> insert_action(const PlannedAction& action) override;
  Status update_action(const PlannedAction& action) override;
  Result<std::vector<Recommendation>> recommendations(AssessmentId id) override;

 private:
  // What a whole assessment holds beside its row, for each of `found` (keyed by id).
  void attach_scores(std::map<ll, Assessment*>& found);      // scores.cpp
  void attach_reviewers(std::map<ll, Assessment*>& found);   // reviewers.cpp
  void attach_swot(std::map<ll, Assessment*>& found);        // assessments.cpp

  soci::session& s_;
};

}  // namespace cps::storage::assessment_sql
