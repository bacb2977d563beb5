// In-memory plan storage for the plan service's tests, honest to the port's contract
// (all-or-nothing transactions, the orders the port promises, one ballot per organisation).
// Test-only code.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "domain/plans/plan_repository.hpp"

namespace cps::plans {

class FakePlanRepository final : public PlanRepository, private PlanStore {
 public:
  std::vector<accounts::AuditRecord> audit;

  Status transaction(const std::function<Status(PlanStore&)>& work) override {
    auto saved = std::tuple{plans_, sections_, paragraphs_, versions_, suggestions_, support_, votes_, ballots_, audit, next_};
    auto done = work(*this);
    if (!done) std::tie(plans_, sections_, paragraphs_, versions_, suggestions_, support_, votes_, ballots_, audit, next_) = saved;
    return done;
  }
  Status read(const std::function<Status(PlanStore&)>& work) override { return work(*this); }
  std::map<std::int64_t, std::string> organisation_names;

 private:
  Result<PlanId> insert_plan(const Plan& plan) override {
    Plan kept = plan;
    kept.id = PlanId(next_++);
    plans_[kept.id.value()] = kept;
    return kept.id;
  }
  Result<std::optional<Plan>> plan(PlanId id) override {
    auto it = plans_.find(id.value());
    if (it == plans_.end()) return std::optional<Plan>();
    return std::optional<Plan>(it->second);
  }
  Result<std::vector<Plan>> plans() override {
    std::vector<Plan> out;
    for (const auto& [id, p] : plans_) out.push_back(p);
    std::stable_sort(out.begin(), out.end(), [](const Plan& a, const Plan& b) {
      return std::tie(a.created_at, a.id) > std::tie(b.created_at, b.id);
    });
    return out;
  }
  Status update_plan(const Plan& plan) override {
    auto& kept = plans_.at(plan.id.value());
    kept.state = plan.state;
    kept.version = plan.version;
    kept.published_version = plan.published_version;
    kept.phase_opens = plan.phase_opens;
    kept.phase_closes = plan.phase_closes;
    return {};
  }
  Result<bool> begin_voting(PlanId plan) override {
    auto& kept = plans_.at(plan.value());
    if (kept.state == PlanState::voting) return false;
    kept.state = PlanState::voting;
    return true;
  }
  Result<SectionId> insert_section(const Section& section) override {
    Section kept = section;
    kept.id = SectionId(next_++);
    sections_.push_back(kept);
    return kept.id;
  }
  Result<std::vector<Section>> sections(PlanId plan) override {
    std::vector<Section> out;
    for (const auto& s : sections_)
      if (s.plan == plan) out.push_back(s);
    std::stable_sort(out.begin(), out.end(), [](const Section& a, const Section& b) { return a.position < b.position; });
    return out;
  }
  Result<ParagraphId> insert_paragraph(const Paragraph& paragraph) override {
    for (auto& p : paragraphs_)
      if (p.section == paragraph.section && p.position >= paragraph.position) ++p.position;
    Paragraph kept = paragraph;
    kept.id = ParagraphId(next_++);
    paragraphs_.push_back(kept);
    return kept.id;
  }
  Result<std::vector<Paragraph>> paragraphs(PlanId plan) override {
    std::vector<std::pair<int, Paragraph>> rows;
    for (const auto& p : paragraphs_)
      for (const auto& s : sections_)
        if (s.id == p.section && s.plan == plan) rows.emplace_back(s.position, p);
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first, a.second.position) < std::tie(b.first, b.second.position);
    });
    std::vector<Paragraph> out;
    for (auto& [_, p] : rows) out.push_back(std::move(p));
    return out;
  }
  Status update_paragraph(const Paragraph& paragraph) override {
    for (auto& p : paragraphs_)
      if (p.id == paragraph.id) {
        p.text = paragraph.text;
        p.revision = paragraph.revision;
      }
    return {};
  }
  Status delete_paragraph(ParagraphId id) override {
    std::erase_if(paragraphs_, [&](const Paragraph& p) { return p.id == id; });
    return {};
  }
  Status insert_version(const Version& version) override {
    versions_.push_back(version);
    return {};
  }
  Result<std::vector<Version>> versions(PlanId plan) override {
    std::vector<Version> out;
    for (const auto& v : versions_)
      if (v.plan == plan) out.insert(out.begin(), v);
    return out;
  }
  Result<SuggestionId> insert_suggestion(const Suggestion& suggestion) override {
    Suggestion kept = suggestion;
    kept.id = SuggestionId(next_++);
    kept.supporters = 0;
    suggestions_[kept.id.value()] = kept;
    return kept.id;
  }
  Result<std::optional<Suggestion>> suggestion(SuggestionId id) override {
    auto it = suggestions_.find(id.value());
    if (it == suggestions_.end()) return std::optional<Suggestion>();
    return std::optional<Suggestion>(counted(it->second));
  }
  Result<std::vector<Suggestion>> suggestions(PlanId plan) override {
    std::vector<Suggestion> out;
    for (const auto& [id, s] : suggestions_)
      if (s.plan == plan) out.push_back(counted(s));
    return out;
  }
  Status update_suggestion(const Suggestion& suggestion) override {
    auto& kept = suggestions_.at(suggestion.id.value());
    kept.state = suggestion.state;
    kept.decision_reason = suggestion.decision_reason;
    kept.decided_by_name = suggestion.decided_by_name;
    kept.decided_at = suggestion.decided_at;
    return {};
  }
  Result<bool> add_support(SuggestionId id, accounts::UserId user) override {
    return support_.insert({id.value(), user.value()}).second;
  }
  Result<std::vector<SuggestionId>> supported_by(PlanId plan, accounts::UserId user) override {
    std::vector<SuggestionId> out;
    for (const auto& [sid, uid] : support_)
      if (uid == user.value() && suggestions_.at(sid).plan == plan) out.push_back(SuggestionId(sid));
    return out;
  }
  Result<CommentId> insert_comment(const Comment& comment) override {
    Comment kept = comment;
    kept.id = CommentId(next_++);
    kept.author_name = "Person " + std::to_string(comment.author.value());
    comments_.push_back(kept);
    return kept.id;
  }
  Result<std::vector<Comment>> comments(PlanId plan) override {
    std::vector<Comment> out;
    for (const auto& c : comments_)
      if (suggestions_.at(c.suggestion.value()).plan == plan) out.push_back(c);
    return out;
  }
  Status insert_vote(const Vote& vote) override {
    votes_.push_back(vote);
    return {};
  }
  Result<std::optional<Vote>> vote(PlanId plan) override {
    std::optional<Vote> out;
    for (const auto& v : votes_)
      if (v.plan == plan) out = v;
    return out;
  }
  Status update_vote(const Vote& vote) override {
    for (auto& v : votes_)
      if (v.plan == vote.plan && v.version == vote.version && v.opened_at == vote.opened_at) {
        v.state = vote.state;
        v.statement = vote.statement;
        v.closed_at = vote.closed_at;
      }
    return {};
  }
  Status put_ballot(PlanId plan, int version, const Ballot& ballot) override {
    Ballot kept = ballot;
    kept.organisation_name = organisation_names[ballot.organisation.value()];
    ballots_[{plan.value(), version, ballot.organisation.value()}] = kept;
    return {};
  }
  Result<std::vector<Ballot>> ballots(PlanId plan, int version) override {
    std::vector<Ballot> out;
    for (const auto& [key, b] : ballots_)
      if (std::get<0>(key) == plan.value() && std::get<1>(key) == version) out.push_back(b);
    std::stable_sort(out.begin(), out.end(),
                     [](const Ballot& a, const Ballot& b) { return a.organisation_name < b.organisation_name; });
    return out;
  }
  Status append_audit(const accounts::AuditRecord& record) override {
    audit.push_back(record);
    return {};
  }

  Suggestion counted(Suggestion s) const {
    s.supporters = int(std::count_if(support_.begin(), support_.end(),
                                     [&](const auto& row) { return row.first == s.id.value(); }));
    return s;
  }

  std::map<std::int64_t, Plan> plans_;
  std::vector<Section> sections_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Version> versions_;
  std::map<std::int64_t, Suggestion> suggestions_;
  std::set<std::pair<std::int64_t, std::int64_t>> support_;
  std::vector<Comment> comments_;
  std::vector<Vote> votes_;
  std::map<std::tuple<std::int64_t, int, std::int64_t>, Ballot> ballots_;
  std::int64_t next_ = 1;
};

}  // namespace cps::plans
