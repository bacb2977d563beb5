// Reviewers of an assessment: assigned, answering and submitting, each kept by user; read with
// their display names and their organisations' countries.
#include "storage/assessment/parts.hpp"

namespace cps::storage::assessment_sql {

Status Store::save_reviewer(AssessmentId id, const Reviewer& r) {
  ll assessment = id.value(), user = r.user.value(), assigned_at = r.assigned_at, answered_at = r.answered_at;
  ll by = r.assigned_by ? r.assigned_by->value() : 0;
  soci::indicator by_ind = r.assigned_by ? soci::i_ok : soci::i_null;
  std::string status = name(r.status, kReviewerStatusNames);
  s_ << "INSERT INTO assessment_reviewers (assessment_id, user_id, status, conflicts, decline_reason, assigned_by, "
        "assigned_at, answered_at) VALUES (:a, :u, :status, :conflicts, :reason, :by, :assigned, :answered) "
        "ON CONFLICT (assessment_id, user_id) DO UPDATE SET status = excluded.status, "
        "conflicts = excluded.conflicts, decline_reason = excluded.decline_reason, "
        "assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at, "
        "answered_at = excluded.answered_at",
      soci::use(assessment), soci::use(user), soci::use(status), soci::use(r.conflicts),
      soci::use(r.decline_reason), soci::use(by, by_ind), soci::use(assigned_at), soci::use(answered_at);
  return {};
}

void Store::attach_reviewers(std::map<ll, Assessment*>& found) {
  std::vector<ll> ids;
  for (const auto& entry : found) ids.push_back(entry.first);
  for_each_chunk(ids, [&](const std::vector<ll>& chunk) {
    SqlQuery q;
    q.sql("SELECT r.assessment_id, r.user_id, u.display_name, o.country_code, r.status, r.conflicts, "
          "r.decline_reason, r.assigned_by, r.assigned_at, r.answered_at FROM assessment_reviewers r "
          "JOIN users u ON u.id = r.user_id LEFT JOIN organisations o ON o.id = u.organisation_id "
          "WHERE r.assessment_id IN ");
    id_list(q, chunk).sql(" ORDER BY r.assessment_id, r.assigned_at, r.user_id");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) {
      Reviewer r;
      r.user = accounts::UserId(get_int(row, 1));
      r.display_name = get_text(row, 2);
      if (auto c = get_optional_text(row, 3)) r.country = CountryCode(*c);
      r.status = value_of(get_text(row, 4), kReviewerStatusNames, "reviewer status");
      r.conflicts = get_text(row, 5);
      r.decline_reason = get_text(row, 6);
      if (auto b = get_optional_int(row, 7)) r.assigned_by = accounts::UserId(*b);
      r.assigned_at = get_int(row, 8);
      r.answered_at = get_int(row, 9);
      found.at(get_int(row, 0))->reviewers.push_back(std::move(r));
    }
  });
}

}  // namespace cps::storage::assessment_sql
