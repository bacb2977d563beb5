// Reviewers' recommendations, the region's response to each, and the action plan answering
// them with its follow-up.
#include "storage/assessment/parts.hpp"

namespace cps::storage::assessment_sql {

Result<RecommendationId> Store::insert_recommendation(const Recommendation& r) {
  ll id = 0, assessment = r.assessment.value(), author = r.author.value(), at = r.at;
  std::string area = r.area.str(), response = name(r.response, kResponseNames);
  s_ << "INSERT INTO assessment_recommendations (assessment_id, criterion_code, area_code, body, author_id, "
        "response, response_reason, created_at) VALUES (:a, :c, :area, :body, :author, :response, :reason, :at) "
        "RETURNING id",
      soci::use(assessment), soci::use(r.criterion), soci::use(area), soci::use(r.text), soci::use(author),
      soci::use(response), soci::use(r.response_reason), soci::use(at), soci::into(id);
  return RecommendationId(id);
}

Status Store::update_recommendation(const Recommendation& r) {
  ll id = r.id.value();
  std::string response = name(r.response, kResponseNames);
  soci::statement st = (s_.prepare << "UPDATE assessment_recommendations SET response = :response, "
                                      "response_reason = :reason WHERE id = :id",
                        soci::use(response), soci::use(r.response_reason), soci::use(id));
  st.execute(true);
  if (st.get_affected_rows() != 1)
    return fail(ErrorKind::not_found, "Not found.", "recommendation", std::to_string(id));
  return {};
}

Result<ActionId> Store::insert_action(const PlannedAction& a) {
  ll id = 0, recommendation = a.recommendation.value();
  std::string status = name(a.status, kActionStatusNames);
  s_ << "INSERT INTO assessment_actions (recommendation_id, action, owner, deadline, status, follow_up, "
        "followed_up_on) VALUES (:r, :action, :owner, :deadline, :status, :follow_up, :on) RETURNING id",
      soci::use(recommendation), soci::use(a.action), soci::use(a.owner), soci::use(a.deadline), soci::use(status),
      soci::use(a.follow_up), soci::use(a.followed_up_on), soci::into(id);
  return ActionId(id);
}

Status Store::update_action(const PlannedAction& a) {
  ll id = a.id.value();
  std::string status = name(a.status, kActionStatusNames);
  soci::statement st =
      (s_.prepare << "UPDATE assessment_actions SET action = :action, owner = :owner, deadline = :deadline, "
                     "status = :status, follow_up = :follow_up, followed_up_on = :on WHERE id = :id",
       soci::use(a.action), soci::use(a.owner), soci::use(a.deadline), soci::use(status), soci::use(a.follow_up),
       soci::use(a.followed_up_on), soci::use(id));
  st.execute(true);
  if (st.get_affected_rows() != 1)
    return fail(ErrorKind::not_found, "Not found.", "action", std::to_string(id));
  return {};
}

Result<std::vector<Recommendation>> Store::recommendations(AssessmentId id) {
  ll assessment = id.value();
  std::vector<Recommendation> out;
  {
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT id, assessment_id, criterion_code, area_code, body, author_id, response, "
                       "response_reason, created_at FROM assessment_recommendations WHERE assessment_id = :a "
                       "ORDER BY created_at, id",
         soci::use(assessment));
    for (const auto& row : rows) {
      Recommendation r;
      r.id = RecommendationId(get_int(row, 0));
      r.assessment = AssessmentId(get_int(row, 1));
      r.criterion = get_text(row, 2);
      r.area = AreaCode(get_text(row, 3));
      r.text = get_text(row, 4);
      r.author = accounts::UserId(get_int(row, 5));
      r.response = value_of(get_text(row, 6), kResponseNames, "response");
      r.response_reason = get_text(row, 7);
      r.at = get_int(row, 8);
      out.push_back(std::move(r));
    }
  }
  if (out.empty()) return out;
  std::map<ll, Recommendation*> by_id;
  for (auto& r : out) by_id[r.id.value()] = &r;
  soci::rowset<soci::row> rows =
      (s_.prepare << "SELECT a.id, a.recommendation_id, a.action, a.owner, a.deadline, a.status, a.follow_up, "
                     "a.followed_up_on FROM assessment_actions a JOIN assessment_recommendations r "
                     "ON r.id = a.recommendation_id WHERE r.assessment_id = :a ORDER BY a.recommendation_id, a.id",
       soci::use(assessment));
  for (const auto& row : rows) {
    PlannedAction a;
    a.id = ActionId(get_int(row, 0));
    a.recommendation = RecommendationId(get_int(row, 1));
    a.action = get_text(row, 2);
    a.owner = get_text(row, 3);
    a.deadline = get_text(row, 4);
    a.status = value_of(get_text(row, 5), kActionStatusNames, "action status");
    a.follow_up = get_text(row, 6);
    a.followed_up_on = get_text(row, 7);
    if (auto it = by_id.find(a.recommendation.value()); it != by_id.end()) it->second->actions.push_back(std::move(a));
  }
  return out;
}

}  // namespace cps::storage::assessment_sql
