// In-memory feedback storage and surroundings for the feedback service's tests, honest to the
// port's contract: one judgment per user, subject and key; changes kept only when the
// transaction's work succeeds. Test-only code.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "domain/feedback/feedback_repository.hpp"

namespace cps::feedback {

class FakeFeedbackRepository final : public FeedbackRepository, private FeedbackStore {
 public:
  std::vector<accounts::AuditRecord> audit;
  std::map<std::int64_t, std::string> names;  // user id → display name

  Status transaction(const std::function<Status(FeedbackStore&)>& work) override {
    auto saved = std::tuple{judgments_, curations_, audit};
    auto done = work(*this);
    if (!done) std::tie(judgments_, curations_, audit) = saved;
    return done;
  }
  Status read(const std::function<Status(FeedbackStore&)>& work) override { return work(*this); }

 private:
  using JudgmentKey = std::tuple<Subject, std::string, std::int64_t>;
  using CurationKey = std::tuple<std::string, std::string, std::int64_t>;

  Status save_judgment(const Judgment& j) override {
    judgments_[{j.subject, j.key, j.user.value()}] = j;
    return {};
  }
  Result<std::optional<Judgment>> judgment(Subject subject, const std::string& key, accounts::UserId user) override {
    auto it = judgments_.find({subject, key, user.value()});
    if (it == judgments_.end()) return std::optional<Judgment>();
    return std::optional<Judgment>(named(it->second));
  }
  Result<Tally> tally(Subject subject, const std::string& key) override {
    Tally t;
    for (const auto& [k, j] : judgments_)
      if (std::get<0>(k) == subject && std::get<1>(k) == key) add(t, j.verdict);
    return t;
  }
  Result<std::vector<FeedbackTally>> tallies(const RegionCode& region) override {
    std::map<std::pair<std::string, std::int64_t>, FeedbackTally> by_key;
    for (const auto& [k, j] : judgments_) {
      if (!j.recommendation || j.recommendation->region != region) continue;
      auto& t = by_key.try_emplace({j.recommendation->need, j.recommendation->item}, FeedbackTally{*j.recommendation})
                    .first->second;
      Tally one;
      add(one, j.verdict);
      t.useful += one.useful;
      t.not_relevant += one.not_relevant;
      t.adopted += one.adopted;
    }
    std::vector<FeedbackTally> out;
    for (auto& [k, t] : by_key) out.push_back(t);
    return out;
  }
  Result<std::vector<Judgment>> judgments(std::optional<accounts::UserId> user) override {
    std::vector<Judgment> out;
    for (const auto& [k, j] : judgments_)
      if (!user || j.user == *user) out.push_back(named(j));
    std::stable_sort(out.begin(), out.end(), [](const Judgment& a, const Judgment& b) { return a.at < b.at; });
    return out;
  }
  Status save_curation(const Curation& c, accounts::UserId curator) override {
    Curation kept = c;
    kept.curator_name = names.contains(curator.value()) ? names[curator.value()] : c.curator_name;
    curations_[{c.key.region.str(), c.key.need, c.key.item}] = kept;
    return {};
  }
  Status delete_curation(const RecommendationKey& key) override {
    curations_.erase({key.region.str(), key.need, key.item});
    return {};
  }
  Result<std::vector<Curation>> curations(const std::optional<RegionCode>& region) override {
    std::vector<Curation> out;
    for (const auto& [k, c] : curations_)
      if (!region || c.key.region == *region) out.push_back(c);
    return out;
  }
  Status append_audit(const accounts::AuditRecord& record) override {
    audit.push_back(record);
    return {};
  }

  static void add(Tally& t, Verdict v) {
    if (v == Verdict::useful) ++t.useful;
    if (v == Verdict::not_relevant) ++t.not_relevant;
    if (v == Verdict::adopted) ++t.adopted;
  }
  Judgment named(Judgment j) const {
    if (auto it = names.find(j.user.value()); it != names.end()) j.user_name = it->second;
    return j;
  }

  std::map<JudgmentKey, Judgment> judgments_;
  std::map<CurationKey, Curation> curations_;
};

class FakeFeedbackSurroundings final : public FeedbackSurroundings {
 public:
  std::set<std::string> regions{"RO21", "HU32", "AL02"};
  std::set<std::int64_t> published{7, 9};
  Result<bool> region_exists(const RegionCode& region) override { return regions.contains(region.str()); }
  Result<bool> practice_published(std::int64_t item) override { return published.contains(item); }
};

}  // namespace cps::feedback
