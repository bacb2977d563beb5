// The plans' rules. Members of the partnership (view_plans) read plans in drafting, their
// suggestions, versions and votes; a plan's published version is public. Members suggest on a
// paragraph (suggest_on_plan) and support each other's suggestions; the plan's editors
// (edit_plan: the coordinators of its editor group, the lead partner) accept a suggestion, which
// makes a new version, or reject it with a reason. A suggestion names the paragraph's revision
// its author read: made on a text that changed meanwhile, or accepted after another change to
// the paragraph, it is refused as a conflict and stays as it was. Those who manage plans
// (manage_plans) create them from Markdown and open and close the steering committee's vote on
// the latest version; while it runs the text is frozen. Each member organisation of the
// committee votes once (vote_on_plan) and may change its vote until the deadline; the vote
// adopts the version when enough organisations voted (the quorum) and more than the majority of
// those for or against were for it — or, in a written procedure, unless `quorum` organisations
// objected; a secret ballot shows members the counts only. The adopted version is published. Every change writes an
// audit line ("plan.created", "plan.suggested", "plan.supported", "plan.commented", "plan.suggestion_accepted",
// "plan.suggestion_rejected", "plan.phase_set", "plan.vote_opened", "plan.ballot_cast", "plan.vote_closed") in its
// transaction.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/text_diff.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/plans/plan_repository.hpp"
#include "domain/plans/plans.hpp"

namespace cps::plans {

struct PlanCapabilities {
  bool read_drafts = false;
  bool suggest = false;  // and the plan takes suggestions now (no vote runs, inside its phase)
  bool comment = false;  // on open suggestions: members who may suggest and the editors, no vote running
  bool edit = false;     // accept and reject (not while the vote runs)
  bool manage = false;   // open and close votes
  bool vote = false;     // a vote runs and the viewer votes for their organisation
};

struct ParagraphView {
  Paragraph paragraph;
  std::vector<Suggestion> open;  // the open suggestions on it, oldest first
};

struct SectionView {
  Section section;
  std::vector<ParagraphView> paragraphs;
};

struct Tally {
  int in_favour = 0;
  int against = 0;
  int abstain = 0;
  int organisations() const { return in_favour + against + abstain; }
};

struct PlanView {
  Plan plan;
  std::vector<SectionView> sections;
  std::vector<Suggestion> decided;  // accepted and rejected, latest decision first
  std::vector<Version> versions;    // newest first
  std::vector<SuggestionId> supported;  // by the viewer
  std::optional<Vote> vote;
  std::vector<Ballot> ballots;  // of the latest vote
  Tally tally;
  std::optional<Choice> my_ballot;  // the viewer's organisation's
  PlanCapabilities can;
};

struct VersionView {
  Plan plan;
  Version version;
  bool published = false;  // the approved version, public
};

// What changed between two versions of a plan, word by word.
struct Comparison {
  Plan plan;
  Version from, to;
  std::vector<text::DiffPart> parts;
  bool changed() const { return from.text != to.text; }
};

class PlanService {
 public:
  using Clock = std::function<Seconds()>;
  explicit PlanService(PlanRepository& repository, Clock clock = {});

  // Members see every plan; other visitors those with a published version.
  Result<std::vector<Plan>> plans(const accounts::Principal& who);
  // Not found for visitors who may not read drafts.
  Result<PlanView> plan(const accounts::Principal& who, PlanId id);
  // A version's text; the published one for anybody, the others for members.
  Result<VersionView> version(const accounts::Principal& who, PlanId id, int number);
  // Two versions side by side; each must be readable as `version` would allow.
  Result<Comparison> compare(const accounts::Principal& who, PlanId id, int from, int to);
  PlanCapabilities capabilities(const accounts::Principal& who) const;

  Result<Plan> create(const accounts::Principal& who, PlanInput input);
  Result<Suggestion> suggest(const accounts::Principal& who, PlanId id, SuggestionInput input);
  Result<Suggestion> support(const accounts::Principal& who, PlanId id, SuggestionId suggestion);
  // A comment on an open suggestion, by a member who may suggest or an editor of the plan.
  Result<Comment> comment(const accounts::Principal& who, PlanId id, SuggestionId suggestion, std::string text);
  // Applies the suggestion and makes a new version.
  Result<Suggestion> accept(const accounts::Principal& who, PlanId id, SuggestionId suggestion);
  Result<Suggestion> reject(const accounts::Principal& who, PlanId id, SuggestionId suggestion, std::string reason);

  // The phase in which the latest version is open for suggestions (those who manage plans).
  Result<Plan> set_phase(const accounts::Principal& who, PlanId id, PhaseInput input);

  Result<Vote> open_vote(const accounts::Principal& who, PlanId id, VoteInput input);
  Result<Ballot> cast(const accounts::Principal& who, PlanId id, Choice choice);
  Result<Vote> close_vote(const accounts::Principal& who, PlanId id, std::string statement);

 private:
  Seconds now() const;
  std::string today() const;
  bool edits(const accounts::Principal& who, const Plan& plan) const;
  // Whether suggestions are taken today: no vote runs and today is in the phase (if one is set).
  Status open_for_suggestions(const Plan& plan) const;
  Result<Plan> readable(PlanStore& store, const accounts::Principal& who, PlanId id);
  // The suggestion, checked to belong to the plan and to be open, with its plan.
  Result<std::pair<Plan, Suggestion>> open_suggestion(PlanStore& store, const accounts::Principal& who, PlanId id,
                                                      SuggestionId suggestion);
  Status audit(PlanStore& store, const accounts::Principal& who, std::string action, std::string target,
               std::string detail);

  PlanRepository& repository_;
  Clock clock_;
};

// The ballots counted by choice.
Tally tally_of(const std::vector<Ballot>& ballots);
// Whether the tally adopts the version under the vote's quorum and majority.
bool adopts(const Tally& tally, const Vote& vote);

}  // namespace cps::plans
