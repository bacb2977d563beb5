// A pilot's evaluations: one per stage (mid-term, final), replaced with its scores per OECD-DAC
// criterion when saved again; read back with the evaluator's name.
#include <algorithm>
#include <set>

#include "storage/pilot/parts.hpp"

namespace cps::storage::pilot_sql {

Result<EvaluationId> Store::save_evaluation(PilotId pilot, const Evaluation& e) {
  ll pilot_id = pilot.value(), id = 0, at = e.at;
  ll evaluator = e.evaluator ? e.evaluator->value() : 0;
  soci::indicator evaluator_ind = e.evaluator ? soci::i_ok : soci::i_null;
  std::string stage = name(e.stage, kEvaluationStageNames);
  s_ << "INSERT INTO pilot_evaluations (pilot_id, stage, lessons, result, evaluator_id, evaluated_at) "
        "VALUES (:pilot, :stage, :lessons, :result, :evaluator, :at) "
        "ON CONFLICT (pilot_id, stage) DO UPDATE SET lessons = excluded.lessons, result = excluded.result, "
        "evaluator_id = excluded.evaluator_id, evaluated_at = excluded.evaluated_at RETURNING id",
      soci::use(pilot_id), soci::use(stage), soci::use(e.lessons), soci::use(e.result),
      soci::use(evaluator, evaluator_ind), soci::use(at), soci::into(id);
  s_ << "DELETE FROM pilot_evaluation_scores WHERE evaluation_id = :id", soci::use(id);
  std::set<DacCriterion> seen;  // a criterion given twice counts once: the first time
  for (const auto& sc : e.scores) {
    if (!seen.insert(sc.criterion).second) continue;
    std::string criterion = name(sc.criterion, kDacCriterionNames);
    int score = sc.score;
    s_ << "INSERT INTO pilot_evaluation_scores (evaluation_id, criterion, score, narrative) "
          "VALUES (:id, :criterion, :score, :narrative)",
        soci::use(id), soci::use(criterion), soci::use(score), soci::use(sc.narrative);
  }
  return EvaluationId(id);
}

// Mid-term first, then final; scores in the order of the criteria.
void Store::attach_evaluations(Found& found) {
  for_each_chunk(ids_of(found), [&](const std::vector<ll>& chunk) {
    std::map<ll, std::vector<CriterionScore>> scores;
    {
      SqlQuery q;
      q.sql("SELECT sc.evaluation_id, sc.criterion, sc.score, sc.narrative FROM pilot_evaluation_scores sc "
            "JOIN pilot_evaluations e ON e.id = sc.evaluation_id WHERE e.pilot_id IN ")
          .integers(chunk)
          .sql(" ORDER BY sc.evaluation_id");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows)
        scores[get_int(row, 0)].push_back({value_of(get_text(row, 1), kDacCriterionNames, "DAC criterion"),
                                           int(get_int(row, 2)), get_text(row, 3)});
    }
    for (auto& entry : scores)
      std::sort(entry.second.begin(), entry.second.end(),
                [](const CriterionScore& x, const CriterionScore& y) { return x.criterion < y.criterion; });
    SqlQuery q;
    q.sql("SELECT e.pilot_id, e.id, e.stage, e.lessons, e.result, e.evaluator_id, u.display_name, e.evaluated_at "
          "FROM pilot_evaluations e LEFT JOIN users u ON u.id = e.evaluator_id WHERE e.pilot_id IN ")
        .integers(chunk)
        .sql(" ORDER BY e.pilot_id, CASE WHEN e.stage = 'mid_term' THEN 0 ELSE 1 END");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) {
      Evaluation e;
      e.id = EvaluationId(get_int(row, 1));
      e.stage = value_of(get_text(row, 2), kEvaluationStageNames, "evaluation stage");
      e.lessons = get_text(row, 3);
      e.result = get_text(row, 4);
      if (auto by = get_optional_int(row, 5)) e.evaluator = accounts::UserId(*by);
      e.evaluator_name = get_text(row, 6);
      e.at = get_int(row, 7);
      if (auto it = scores.find(e.id.value()); it != scores.end()) e.scores = std::move(it->second);
      found.at(get_int(row, 0))->evaluations.push_back(std::move(e));
    }
  });
}

}  // namespace cps::storage::pilot_sql
