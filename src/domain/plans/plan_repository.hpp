// What the plans need from storage: small operations on one open transaction, composed by the
// service so that a change, the version it makes and its audit line are written together or not
// at all.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "domain/plans/plans.hpp"

namespace cps::plans {

class PlanStore {
 public:
  virtual ~PlanStore() = default;
  virtual Result<PlanId> insert_plan(const Plan& plan) = 0;
  virtual Result<std::optional<Plan>> plan(PlanId id) = 0;
  // The latest created first.
  virtual Result<std::vector<Plan>> plans() = 0;
  // Writes state, version, published_version and the phase.
  virtual Status update_plan(const Plan& plan) = 0;
  // Puts the plan to the vote unless a vote runs already; false when one does. One statement,
  // so that two people opening a vote at the same moment cannot both succeed.
  virtual Result<bool> begin_voting(PlanId plan) = 0;

  virtual Result<SectionId> insert_section(const Section& section) = 0;
  // In their order.
  virtual Result<std::vector<Section>> sections(PlanId plan) = 0;
  // Stores the paragraph at its position, moving the section's paragraphs from there one down.
  virtual Result<ParagraphId> insert_paragraph(const Paragraph& paragraph) = 0;
  // The plan's paragraphs, by section position and then their own.
  virtual Result<std::vector<Paragraph>> paragraphs(PlanId plan) = 0;
  // Writes text and revision.
  virtual Status update_paragraph(const Paragraph& paragraph) = 0;
  virtual Status delete_paragraph(ParagraphId id) = 0;

  virtual Status insert_version(const Version& version) = 0;
  // Newest first.
  virtual Result<std::vector<Version>> versions(PlanId plan) = 0;

  virtual Result<SuggestionId> insert_suggestion(const Suggestion& suggestion) = 0;
  virtual Result<std::optional<Suggestion>> suggestion(SuggestionId id) = 0;
  // Oldest first, with their supporters counted.
  virtual Result<std::vector<Suggestion>> suggestions(PlanId plan) = 0;
  // Writes state, decision_reason, decided_by_name and decided_at.
  virtual Status update_suggestion(const Suggestion& suggestion) = 0;
  // False when the person supported it already.
  virtual Result<bool> add_support(SuggestionId id, accounts::UserId user) = 0;
  // The suggestions of the plan the person supports.
  virtual Result<std::vector<SuggestionId>> supported_by(PlanId plan, accounts::UserId user) = 0;
  virtual Result<CommentId> insert_comment(const Comment& comment) = 0;
  // The comments on the plan's suggestions, oldest first, with their authors' names.
  virtual Result<std::vector<Comment>> comments(PlanId plan) = 0;

  virtual Status insert_vote(const Vote& vote) = 0;
  // The plan's latest vote.
  virtual Result<std::optional<Vote>> vote(PlanId plan) = 0;
  // Writes state, statement and closed_at.
  virtual Status update_vote(const Vote& vote) = 0;
  // One per organisation: a new ballot of the organisation replaces its earlier one.
  virtual Status put_ballot(PlanId plan, int version, const Ballot& ballot) = 0;
  // By organisation name.
  virtual Result<std::vector<Ballot>> ballots(PlanId plan, int version) = 0;

  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class PlanRepository {
 public:
  virtual ~PlanRepository() = default;
  virtual Status transaction(const std::function<Status(PlanStore&)>& work) = 0;
  virtual Status read(const std::function<Status(PlanStore&)>& work) = 0;
};

}  // namespace cps::plans
