// Scores and their evidence: replaced by key (criterion, time frame, source, reviewer), read
// with a whole assessment, and searched for the knowledge items they cite.
#include "storage/assessment/parts.hpp"

#include <algorithm>
#include <tuple>

namespace cps::storage::assessment_sql {

Status Store::save_scores(AssessmentId id, const std::vector<Score>& scores) {
  ll assessment = id.value();
  for (const auto& sc : scores) {
    std::string timeframe = name(sc.timeframe, kTimeframeNames), source = name(sc.source, kSourceNames),
                answer = name(sc.rating.answer, kAnswerNames),
                confidence = name(sc.rating.confidence, kConfidenceNames);
    // The key reads a missing reviewer as 0, as the unique index does.
    ll reviewer_key = sc.reviewer ? sc.reviewer->value() : 0;
    ll reviewer = reviewer_key;
    soci::indicator reviewer_ind = sc.reviewer ? soci::i_ok : soci::i_null;
    ll by = sc.by ? sc.by->value() : 0, at = sc.at;
    soci::indicator by_ind = sc.by ? soci::i_ok : soci::i_null;
    int level = sc.rating.level;
    // Replacing the row also drops its evidence (ON DELETE CASCADE).
    s_ << "DELETE FROM assessment_scores WHERE assessment_id = :a AND criterion_code = :c AND timeframe = :t "
          "AND source = :s AND COALESCE(reviewer_id, 0) = :r",
        soci::use(assessment), soci::use(sc.criterion), soci::use(timeframe), soci::use(source),
        soci::use(reviewer_key);
    ll score = 0;
    s_ << "INSERT INTO assessment_scores (assessment_id, criterion_code, timeframe, source, reviewer_id, answer, "
          "level, confidence, justification, scored_by, scored_at) VALUES (:a, :c, :t, :s, :r, :answer, :level, "
          ":confidence, :justification, :by, :at) RETURNING id",
        soci::use(assessment), soci::use(sc.criterion), soci::use(timeframe), soci::use(source),
        soci::use(reviewer, reviewer_ind), soci::use(answer), soci::use(level), soci::use(confidence),
        soci::use(sc.justification), soci::use(by, by_ind), soci::use(at), soci::into(score);
    int position = 0;
    for (const auto& e : sc.evidence) {
      std::string kind = name(e.kind, kEvidenceKindNames);
      s_ << "INSERT INTO assessment_score_evidence (score_id, position, kind, reference, label) "
            "VALUES (:score, :position, :kind, :reference, :label)",
          soci::use(score), soci::use(position), soci::use(kind), soci::use(e.reference), soci::use(e.label);
      ++position;
    }
  }
  return {};
}

void Store::attach_scores(std::map<ll, Assessment*>& found) {
  std::vector<ll> ids;
  for (const auto& entry : found) ids.push_back(entry.first);
  for_each_chunk(ids, [&](const std::vector<ll>& chunk) {
    std::map<ll, std::vector<Evidence>> evidence;
    {
      SqlQuery q;
      q.sql("SELECT e.score_id, e.kind, e.reference, e.label FROM assessment_score_evidence e "
            "JOIN assessment_scores sc ON sc.id = e.score_id WHERE sc.assessment_id IN ");
      id_list(q, chunk).sql(" ORDER BY e.score_id, e.position");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows)
        evidence[get_int(row, 0)].push_back(
            {value_of(get_text(row, 1), kEvidenceKindNames, "evidence kind"), get_text(row, 2), get_text(row, 3)});
    }
    SqlQuery q;
    q.sql("SELECT id, assessment_id, criterion_code, timeframe, source, reviewer_id, answer, level, confidence, "
          "justification, scored_by, scored_at FROM assessment_scores WHERE assessment_id IN ");
    id_list(q, chunk).sql(" ORDER BY assessment_id, id");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) {
      Score sc;
      sc.criterion = get_text(row, 2);
      sc.timeframe = value_of(get_text(row, 3), kTimeframeNames, "timeframe");
      sc.source = value_of(get_text(row, 4), kSourceNames, "source");
      if (auto r = get_optional_int(row, 5)) sc.reviewer = accounts::UserId(*r);
      sc.rating.answer = value_of(get_text(row, 6), kAnswerNames, "answer");
      sc.rating.level = int(get_int(row, 7));
      sc.rating.confidence = value_of(get_text(row, 8), kConfidenceNames, "confidence");
      sc.justification = get_text(row, 9);
      if (auto b = get_optional_int(row, 10)) sc.by = accounts::UserId(*b);
      sc.at = get_int(row, 11);
      if (auto it = evidence.find(get_int(row, 0)); it != evidence.end()) sc.evidence = std::move(it->second);
      found.at(get_int(row, 1))->scores.push_back(std::move(sc));
    }
  });
  // The same order whatever order they were saved in: by criterion, time frame, source, reviewer.
  for (auto& entry : found)
    std::stable_sort(entry.second->scores.begin(), entry.second->scores.end(), [](const Score& x, const Score& y) {
      auto key = [](const Score& s) {
        return std::tuple<const std::string&, int, int, ll>(s.criterion, int(s.timeframe), int(s.source),
                                                             s.reviewer ? s.reviewer->value() : 0);
      };
      return key(x) < key(y);
    });
}

Result<std::vector<AssessmentId>> Store::citing(std::int64_t item) {
  std::string reference = std::to_string(item), kind = name(EvidenceKind::knowledge_item, kEvidenceKindNames);
  std::vector<AssessmentId> out;
  soci::rowset<soci::row> rows =
      (s_.prepare << "SELECT DISTINCT sc.assessment_id FROM assessment_score_evidence e "
                     "JOIN assessment_scores sc ON sc.id = e.score_id WHERE e.kind = :kind AND e.reference = :ref "
                     "ORDER BY sc.assessment_id",
       soci::use(kind), soci::use(reference));
  for (const auto& row : rows) out.push_back(AssessmentId(get_int(row, 0)));
  return out;
}

}  // namespace cps::storage::assessment_sql
