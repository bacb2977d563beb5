// Co-drafting the partnership's joint plans (the Joint Strategic Plan, the Sustainability Plan,
// the SEE Cluster Initiative charter, regional action plans): a plan is sections of paragraphs,
// kept by an editor group (a working group or a committee) in one or more languages. Members
// suggest changes to a paragraph; the editors accept (a new version) or reject (with a reason);
// the steering committee votes on a version and the approved one is published. Plain types,
// the one reader of each input shape, and the plan's text as Markdown (import and export).
#pragma once

#include <boost/json/fwd.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::plans {

using PlanId = StrongId<struct PlanIdTag>;
using SectionId = StrongId<struct SectionIdTag>;
using ParagraphId = StrongId<struct ParagraphIdTag>;
using SuggestionId = StrongId<struct SuggestionIdTag>;
using CommentId = StrongId<struct CommentIdTag>;
using Seconds = std::int64_t;

enum class PlanKind { joint_strategic_plan, sustainability_plan, initiative_charter, regional_action_plan };
inline constexpr EnumName<PlanKind> kPlanKindNames[] = {
    {PlanKind::joint_strategic_plan, "joint_strategic_plan"},
    {PlanKind::sustainability_plan, "sustainability_plan"},
    {PlanKind::initiative_charter, "initiative_charter"},
    {PlanKind::regional_action_plan, "regional_action_plan"}};
static_assert(names_each_value_once(kPlanKindNames));

// Drafting: open for suggestions; voting: the steering committee votes on a version and the
// text is frozen; approved: the voted version is published (drafting may start again later).
enum class PlanState { drafting, voting, approved };
inline constexpr EnumName<PlanState> kPlanStateNames[] = {
    {PlanState::drafting, "drafting"}, {PlanState::voting, "voting"}, {PlanState::approved, "approved"}};
static_assert(names_each_value_once(kPlanStateNames));

// What a suggestion does to its paragraph: a new paragraph after it, a new text for it, or
// taking it out.
enum class SuggestionKind { insert, replace, remove };
inline constexpr EnumName<SuggestionKind> kSuggestionKindNames[] = {
    {SuggestionKind::insert, "insert"}, {SuggestionKind::replace, "replace"}, {SuggestionKind::remove, "delete"}};
static_assert(names_each_value_once(kSuggestionKindNames));

enum class SuggestionState { open, accepted, rejected };
inline constexpr EnumName<SuggestionState> kSuggestionStateNames[] = {{SuggestionState::open, "open"},
                                                                      {SuggestionState::accepted, "accepted"},
                                                                      {SuggestionState::rejected, "rejected"}};
static_assert(names_each_value_once(kSuggestionStateNames));

enum class Choice { in_favour, against, abstain };
inline constexpr EnumName<Choice> kChoiceNames[] = {
    {Choice::in_favour, "for"}, {Choice::against, "against"}, {Choice::abstain, "abstain"}};
static_assert(names_each_value_once(kChoiceNames));

// How the committee decides: a vote, adopted with the quorum and the majority; or a written
// procedure, adopted unless at least `quorum` member organisations object (vote against) by the
// deadline.
enum class Procedure { vote, written };
inline constexpr EnumName<Procedure> kProcedureNames[] = {{Procedure::vote, "vote"},
                                                          {Procedure::written, "written_procedure"}};
static_assert(names_each_value_once(kProcedureNames));

// Whether members see each organisation's vote, or only the counts (a secret ballot).
enum class Secrecy { open, secret };
inline constexpr EnumName<Secrecy> kSecrecyNames[] = {{Secrecy::open, "open"}, {Secrecy::secret, "secret"}};
static_assert(names_each_value_once(kSecrecyNames));

enum class VoteState { open, approved, rejected };
inline constexpr EnumName<VoteState> kVoteStateNames[] = {
    {VoteState::open, "open"}, {VoteState::approved, "approved"}, {VoteState::rejected, "rejected"}};
static_assert(names_each_value_once(kVoteStateNames));

// The editor groups: the working groups and the two committees.
inline constexpr std::string_view kEditorGroups[] = {"WG1", "WG2", "WG3", "WG4", "WG5", "WG6", "SC", "STC"};
// The languages a plan may be drafted and published in.
inline constexpr std::string_view kPlanLanguages[] = {"en", "ro", "sq", "hu", "el"};

inline constexpr std::size_t kTitleLength = 200;
inline constexpr std::size_t kParagraphLength = 5000;
inline constexpr std::size_t kReasonLength = 1000;
inline constexpr std::size_t kCommentLength = 4000;
inline constexpr std::size_t kStatementLength = 2000;
inline constexpr std::size_t kPlanTextLength = 200000;

struct Plan {
  PlanId id;
  std::string title;
  PlanKind kind = PlanKind::joint_strategic_plan;
  std::string editor_group;
  std::vector<std::string> languages;
  PlanState state = PlanState::drafting;
  int version = 0;            // the latest version's number
  int published_version = 0;  // 0 until a version is approved
  Seconds created_at = 0;
  // The phase in which the latest version is open for suggestions (YYYY-MM-DD, both days
  // included); "" for both while no phase is set, when suggestions are open at any time.
  std::string phase_opens;
  std::string phase_closes;
};

struct Section {
  SectionId id;
  PlanId plan;
  int position = 0;
  std::string heading;
};

struct Paragraph {
  ParagraphId id;
  SectionId section;
  int position = 0;  // within the section
  std::string text;
  int revision = 1;  // grows with every accepted change, so a suggestion knows what it read
};

// A version is the whole text as it stood after an accepted change, kept as Markdown.
struct Version {
  PlanId plan;
  int number = 0;
  std::string text;  // Markdown: "## " headings and paragraphs
  std::string note;  // what made it
  std::string author_name;
  Seconds created_at = 0;
};

// A member's word on an open suggestion, for its author and the editors to weigh.
struct Comment {
  CommentId id;
  SuggestionId suggestion;
  accounts::UserId author;
  std::string author_name;
  std::string text;  // plain text, lines kept
  Seconds created_at = 0;
};

struct Suggestion {
  SuggestionId id;
  PlanId plan;
  ParagraphId paragraph;
  SuggestionKind kind = SuggestionKind::replace;
  std::string text;    // the new or inserted paragraph; "" for a deletion
  std::string reason;
  int base_revision = 1;   // the paragraph's revision the author read
  std::string original;    // the paragraph's text then, kept to show what was suggested on
  accounts::UserId author;
  std::string author_name;
  SuggestionState state = SuggestionState::open;
  std::string decision_reason;
  std::string decided_by_name;
  int supporters = 0;
  Seconds created_at = 0;
  Seconds decided_at = 0;
  std::vector<Comment> comments;  // oldest first; filled by the service where it is shown
};

// The steering committee's vote on one version. Quorum: how many member organisations must
// vote; majority: the percentage of votes for among those for and against that adopts it.
struct Vote {
  PlanId plan;
  int version = 0;
  std::string deadline;  // YYYY-MM-DD; votes are taken until the end of that day (UTC)
  int quorum = 1;
  int majority = 50;
  VoteState state = VoteState::open;
  std::string statement;  // the outcome as recorded when the vote closed
  Seconds opened_at = 0;
  Seconds closed_at = 0;
  Procedure procedure = Procedure::vote;
  Secrecy secrecy = Secrecy::open;
};

struct Ballot {
  accounts::OrganisationId organisation;
  std::string organisation_name;
  accounts::UserId voter;
  std::string voter_name;
  Choice choice = Choice::abstain;
  Seconds cast_at = 0;
};

// {"title","kind","editor_group","languages":[…],"text"}: a new plan, its text as Markdown.
struct PlanInput {
  std::string title;
  PlanKind kind = PlanKind::joint_strategic_plan;
  std::string editor_group;
  std::vector<std::string> languages;
  std::string text;
};
Result<PlanInput> read_plan(const boost::json::object& object);

// {"paragraph","kind","text","reason","revision"}
struct SuggestionInput {
  ParagraphId paragraph;
  SuggestionKind kind = SuggestionKind::replace;
  std::string text;
  std::string reason;
  int revision = 0;
};
Result<SuggestionInput> read_suggestion(const boost::json::object& object);

// {"reason"}: why the editors reject a suggestion (required).
Result<std::string> read_rejection(const boost::json::object& object);

// {"text"}: a comment on a suggestion (required, at most 4,000 characters, lines kept).
Result<std::string> read_comment(const boost::json::object& object);

// {"deadline","quorum","majority","procedure","secrecy"}; the last two default to a vote and
// an open ballot.
struct VoteInput {
  std::string deadline;
  int quorum = 1;
  int majority = 50;
  Procedure procedure = Procedure::vote;
  Secrecy secrecy = Secrecy::open;
};
Result<VoteInput> read_vote(const boost::json::object& object);

// {"opens","closes"}: a phase for suggestions, both days included.
struct PhaseInput {
  std::string opens;
  std::string closes;
};
Result<PhaseInput> read_phase(const boost::json::object& object);

// {"choice"}
Result<Choice> read_ballot(const boost::json::object& object);

// {"statement"}: the outcome statement recorded when the vote closes (may be empty).
Result<std::string> read_statement(const boost::json::object& object);

// A plan's text read from Markdown: each heading (any level) starts a section, blocks between
// blank lines are its paragraphs (their lines joined by spaces). Text before the first heading
// or a heading without paragraphs is refused.
struct DraftSection {
  std::string heading;
  std::vector<std::string> paragraphs;
};
Result<std::vector<DraftSection>> sections_of_markdown(std::string_view markdown);
// The opposite: "## heading" and the paragraphs, blank lines between.
std::string markdown_of(const std::vector<DraftSection>& sections);

std::string_view to_string(PlanKind k);
std::string_view to_string(PlanState s);
std::string_view to_string(SuggestionKind k);
std::string_view to_string(SuggestionState s);
std::string_view to_string(Choice c);
std::string_view to_string(VoteState s);
std::string_view to_string(Procedure p);
std::string_view to_string(Secrecy s);

}  // namespace cps::plans
