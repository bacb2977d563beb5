// The in-memory assessment store: what the SQL repository keeps in its tables, in maps.
#include "domain/assessment/testing/fake_assessment_repository.hpp"

#include <algorithm>

namespace cps::assessment {

namespace {

bool same_key(const Score& a, const Score& b) {
  return a.criterion == b.criterion && a.timeframe == b.timeframe && a.source == b.source &&
         a.reviewer == b.reviewer;
}

class FakeAssessmentStore final : public AssessmentStore {
 public:
  explicit FakeAssessmentStore(FakeAssessmentRepository::State& s) : s_(s) {}

  Result<std::vector<Framework>> frameworks() override {
    std::vector<Framework> out;
    for (auto it = s_.frameworks.rbegin(); it != s_.frameworks.rend(); ++it) {
      out.push_back(it->second);
      out.back().criteria.clear();
    }
    return out;
  }
  Result<std::optional<Framework>> framework(int version) override {
    auto it = s_.frameworks.find(version);
    if (it == s_.frameworks.end()) return std::optional<Framework>();
    return std::optional<Framework>(it->second);
  }
  Result<std::optional<int>> latest_framework_version() override {
    if (s_.frameworks.empty()) return std::optional<int>();
    return std::optional<int>(s_.frameworks.rbegin()->first);
  }
  Status insert_framework(const Framework& framework) override {
    if (s_.frameworks.contains(framework.version))
      return fail(ErrorKind::conflict, "This framework version exists already.", "version");
    s_.frameworks[framework.version] = framework;
    return {};
  }

  Result<AssessmentId> insert_assessment(const Assessment& assessment) override {
    for (const auto& [id, a] : s_.assessments)
      if (a.region == assessment.region && a.period == assessment.period)
        return fail(ErrorKind::conflict,
                    "This region already has an assessment for this reporting period.", "period");
    Assessment a = assessment;
    a.id = AssessmentId(++s_.last_id);
    a.revision = 1;
    s_.assessments[a.id.value()] = a;
    return a.id;
  }
  Result<std::optional<Assessment>> assessment(AssessmentId id) override {
    auto it = s_.assessments.find(id.value());
    if (it == s_.assessments.end()) return std::optional<Assessment>();
    return std::optional<Assessment>(it->second);
  }
  Result<std::vector<Assessment>> assessments(const AssessmentFilter& f, Depth depth) override {
    std::vector<Assessment> out;
    for (const auto& [id, a] : s_.assessments) {
      if (f.region && a.region != *f.region) continue;
      if (f.country && a.country != *f.country) continue;
      if (f.period && a.period != *f.period) continue;
      if (!f.statuses.empty() &&
          std::find(f.statuses.begin(), f.statuses.end(), a.status) == f.statuses.end())
        continue;
      if (f.organisation && a.organisation != *f.organisation) continue;
      if (f.reviewer && std::none_of(a.reviewers.begin(), a.reviewers.end(),
                                     [&](const Reviewer& r) { return r.user == *f.reviewer; }))
        continue;
      out.push_back(a);
      if (depth == Depth::header) {
        out.back().scores.clear();
        out.back().reviewers.clear();
        out.back().swot.clear();
      }
    }
    std::stable_sort(out.begin(), out.end(), [](const Assessment& x, const Assessment& y) {
      if (x.period != y.period) return x.period > y.period;
      return x.region < y.region;
    });
    return out;
  }
  Result<bool> update_assessment(const Assessment& assessment, int expected_revision) override {
    auto* a = find(assessment.id);
    if (!a || a->revision != expected_revision) return false;
    a->status = assessment.status;
    a->disclosure = assessment.disclosure;
    a->summary = assessment.summary;
    a->return_note = assessment.return_note;
    a->updated_at = assessment.updated_at;
    a->submitted_at = assessment.submitted_at;
    a->published_at = assessment.published_at;
    a->revision = expected_revision + 1;
    return true;
  }
  Status save_scores(AssessmentId id, const std::vector<Score>& scores) override {
    auto* a = find(id);
    if (!a) return fail(ErrorKind::not_found, "Not found.");
    for (const auto& score : scores) {
      auto it = std::find_if(a->scores.begin(), a->scores.end(),
                             [&](const Score& s) { return same_key(s, score); });
      if (it != a->scores.end())
        *it = score;
      else
        a->scores.push_back(score);
    }
    return {};
  }
  Status save_swot(AssessmentId id, const Swot& swot) override {
    auto* a = find(id);
    if (!a) return fail(ErrorKind::not_found, "Not found.");
    std::erase_if(a->swot, [&](const Swot& s) { return s.area == swot.area; });
    a->swot.push_back(swot);
    return {};
  }
  Status save_reviewer(AssessmentId id, const Reviewer& reviewer) override {
    auto* a = find(id);
    if (!a) return fail(ErrorKind::not_found, "Not found.");
    auto it = std::find_if(a->reviewers.begin(), a->reviewers.end(),
                           [&](const Reviewer& r) { return r.user == reviewer.user; });
    if (it != a->reviewers.end())
      *it = reviewer;
    else
      a->reviewers.push_back(reviewer);
    return {};
  }

  Result<CommentId> insert_comment(const Comment& comment) override {
    if (!find(comment.assessment)) return fail(ErrorKind::not_found, "Not found.");
    Comment c = comment;
    c.id = CommentId(++s_.last_id);
    s_.comments[c.id.value()] = c;
    return c.id;
  }
  Result<std::vector<Comment>> comments(std::optional<AssessmentId> assessment) override {
    std::vector<Comment> out;
    for (const auto& [id, c] : s_.comments)
      if (!assessment || c.assessment == *assessment) out.push_back(c);
    return out;
  }

  Result<RecommendationId> insert_recommendation(const Recommendation& recommendation) override {
    if (!find(recommendation.assessment)) return fail(ErrorKind::not_found, "Not found.");
    Recommendation r = recommendation;
    r.id = RecommendationId(++s_.last_id);
    r.actions.clear();
    s_.recommendations[r.id.value()] = r;
    return r.id;
  }
  Status update_recommendation(const Recommendation& recommendation) override {
    auto it = s_.recommendations.find(recommendation.id.value());
    if (it == s_.recommendations.end()) return fail(ErrorKind::not_found, "Not found.");
    it->second.response = recommendation.response;
    it->second.response_reason = recommendation.response_reason;
    return {};
  }
  Result<ActionId> insert_action(const PlannedAction& action) override {
    auto it = s_.recommendations.find(action.recommendation.value());
    if (it == s_.recommendations.end()) return fail(ErrorKind::not_found, "Not found.");
    PlannedAction a = action;
    a.id = ActionId(++s_.last_id);
    it->second.actions.push_back(a);
    return a.id;
  }
  Status update_action(const PlannedAction& action) override {
    for (auto& [id, r] : s_.recommendations)
      for (auto& a : r.actions)
        if (a.id == action.id) {
          a.status = action.status;
          a.follow_up = action.follow_up;
          a.followed_up_on = action.followed_up_on;
          return {};
        }
    return fail(ErrorKind::not_found, "Not found.");
  }
  Result<std::vector<Recommendation>> recommendations(AssessmentId id) override {
    std::vector<Recommendation> out;
    for (const auto& [rid, r] : s_.recommendations)
      if (r.assessment == id) out.push_back(r);
    return out;
  }

  Result<std::vector<AssessmentId>> citing(std::int64_t item) override {
    std::vector<AssessmentId> out;
    std::string reference = std::to_string(item);
    for (const auto& [id, a] : s_.assessments)
      if (std::any_of(a.scores.begin(), a.scores.end(), [&](const Score& s) {
            return std::any_of(s.evidence.begin(), s.evidence.end(), [&](const Evidence& e) {
              return e.kind == EvidenceKind::knowledge_item && e.reference == reference;
            });
          }))
        out.push_back(a.id);
    return out;
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    if (s_.audit_failure) return std::unexpected(*s_.audit_failure);
    s_.audit.push_back(record);
    return {};
  }

 private:
  Assessment* find(AssessmentId id) {
    auto it = s_.assessments.find(id.value());
    return it == s_.assessments.end() ? nullptr : &it->second;
  }

  FakeAssessmentRepository::State& s_;
};

}  // namespace

Status FakeAssessmentRepository::transaction(const std::function<Status(AssessmentStore&)>& work) {
  State copy = state_;
  FakeAssessmentStore store(copy);
  auto done = work(store);
  if (done) state_ = std::move(copy);
  return done;
}

Status FakeAssessmentRepository::read(const std::function<Status(AssessmentStore&)>& work) {
  State copy = state_;
  FakeAssessmentStore store(copy);
  return work(store);
}

std::vector<std::string> FakeAssessmentRepository::audit_actions() const {
  std::vector<std::string> out;
  for (const auto& r : state_.audit) out.push_back(r.action);
  return out;
}

}  // namespace cps::assessment
