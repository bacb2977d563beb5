// A region's assessment of its cluster policy: scores per criterion for the previous
// programming period, today and the target, first by the region's own team (self), then by
// reviewers from other countries (peer), then agreed in consolidation; with evidence, SWOT per
// thematic area, and what a peer review ends in — recommendations, the region's responses, an
// action plan and its follow-up. Plain types and their names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/assessment/framework.hpp"

namespace cps::assessment {

using AssessmentId = StrongId<struct AssessmentIdTag>;
using CommentId = StrongId<struct AssessmentCommentIdTag>;
using RecommendationId = StrongId<struct RecommendationIdTag>;
using ActionId = StrongId<struct ActionIdTag>;

// draft → submitted → in_review → consolidated → published; a coordinator may return a
// submitted or reviewed assessment to draft with a note.
enum class AssessmentStatus { draft, submitted, in_review, consolidated, published };
inline constexpr EnumName<AssessmentStatus> kStatusNames[] = {{AssessmentStatus::draft, "draft"},
                                                    {AssessmentStatus::submitted, "submitted"},
                                                    {AssessmentStatus::in_review, "in_review"},
                                                    {AssessmentStatus::consolidated, "consolidated"},
                                                    {AssessmentStatus::published, "published"}};
static_assert(names_each_value_once(kStatusNames));
inline constexpr auto kAllStatuses = values_of(kStatusNames);

// The previous programming period, the current context, the future vision.
enum class Timeframe { past, current, target };
inline constexpr EnumName<Timeframe> kTimeframeNames[] = {
    {Timeframe::past, "past"}, {Timeframe::current, "current"}, {Timeframe::target, "target"}};
static_assert(names_each_value_once(kTimeframeNames));
inline constexpr auto kAllTimeframes = values_of(kTimeframeNames);

// Whose score: the region's team, one reviewer, or the consolidated (agreed) one.
enum class Source { self, peer, agreed };
inline constexpr EnumName<Source> kSourceNames[] = {
    {Source::self, "self"}, {Source::peer, "peer"}, {Source::agreed, "agreed"}};
static_assert(names_each_value_once(kSourceNames));

// "Not applicable" and "no data" are answers of their own, never a low score; benchmarks
// leave them out and say how many they left out.
enum class Answer { level, not_applicable, no_data };
inline constexpr EnumName<Answer> kAnswerNames[] = {
    {Answer::level, "level"}, {Answer::not_applicable, "not_applicable"}, {Answer::no_data, "no_data"}};
static_assert(names_each_value_once(kAnswerNames));

enum class Confidence { low, medium, high };
inline constexpr EnumName<Confidence> kConfidenceNames[] = {
    {Confidence::low, "low"}, {Confidence::medium, "medium"}, {Confidence::high, "high"}};
static_assert(names_each_value_once(kConfidenceNames));

// Who beyond the partnership's members may see a published assessment's scores: a region
// opts in to showing them publicly; by default only members do.
enum class Disclosure { members, public_scores };
inline constexpr EnumName<Disclosure> kDisclosureNames[] = {{Disclosure::members, "members"},
                                                            {Disclosure::public_scores, "public"}};
static_assert(names_each_value_once(kDisclosureNames));

enum class EvidenceKind { knowledge_item, document, indicator };
inline constexpr EnumName<EvidenceKind> kEvidenceKindNames[] = {{EvidenceKind::knowledge_item, "knowledge_item"},
                                                                {EvidenceKind::document, "document"},
                                                                {EvidenceKind::indicator, "indicator"}};
static_assert(names_each_value_once(kEvidenceKindNames));

// What a score rests on: a knowledge item (its id), a document (an http(s) address of a
// strategy, an evaluation, a law) or a regional indicator (an indicator name the regional
// analytics know: gdp, jobs, employment-rate, eci, lq:<sector>).
struct Evidence {
  EvidenceKind kind = EvidenceKind::knowledge_item;
  std::string reference;  // item id as digits, the address, or the indicator name
  std::string label;      // shown to people; the item's title when empty
  bool operator==(const Evidence&) const = default;
};

struct Rating {
  Answer answer = Answer::level;
  int level = 0;  // 1–5 when answer is level, 0 otherwise
  Confidence confidence = Confidence::medium;
  bool operator==(const Rating&) const = default;
};

// One score of one criterion in one time frame by one source.
struct Score {
  std::string criterion;  // the criterion's code
  Timeframe timeframe = Timeframe::current;
  Source source = Source::self;
  std::optional<accounts::UserId> reviewer;  // for peer scores
  Rating rating;
  std::string justification;  // self: why; peer: the reviewer's comment; agreed: the note
  std::vector<Evidence> evidence;
  std::optional<accounts::UserId> by;
  Seconds at = 0;
};

enum class ReviewerStatus { invited, accepted, declined, submitted };
inline constexpr EnumName<ReviewerStatus> kReviewerStatusNames[] = {{ReviewerStatus::invited, "invited"},
                                                                    {ReviewerStatus::accepted, "accepted"},
                                                                    {ReviewerStatus::declined, "declined"},
                                                                    {ReviewerStatus::submitted, "submitted"}};
static_assert(names_each_value_once(kReviewerStatusNames));

struct Reviewer {
  accounts::UserId user;
  std::string display_name;  // filled when read
  std::optional<CountryCode> country;  // of the reviewer's organisation
  ReviewerStatus status = ReviewerStatus::invited;
  std::string conflicts;  // declared conflicts of interest ("" for none declared)
  std::string decline_reason;
  std::optional<accounts::UserId> assigned_by;
  Seconds assigned_at = 0;
  Seconds answered_at = 0;  // accepted, declined or submitted
};

// A comment on one criterion (or on the whole assessment when criterion is empty); the
// region's team answers reviewers' comments.
struct Comment {
  CommentId id;
  AssessmentId assessment;
  std::string criterion;
  std::optional<CommentId> reply_to;
  accounts::UserId author;
  std::string author_name;  // filled when read
  std::string body;
  Seconds at = 0;
};

// Strengths, weaknesses, opportunities and threats of the region's policy in one area.
struct Swot {
  AreaCode area;
  std::string strengths, weaknesses, opportunities, threats;  // Markdown
};

enum class Response { pending, accepted, partly, rejected };
inline constexpr EnumName<Response> kResponseNames[] = {{Response::pending, "pending"},
                                                        {Response::accepted, "accepted"},
                                                        {Response::partly, "partly"},
                                                        {Response::rejected, "rejected"}};
static_assert(names_each_value_once(kResponseNames));

enum class ActionStatus { planned, in_progress, done, dropped };
inline constexpr EnumName<ActionStatus> kActionStatusNames[] = {{ActionStatus::planned, "planned"},
                                                                {ActionStatus::in_progress, "in_progress"},
                                                                {ActionStatus::done, "done"},
                                                                {ActionStatus::dropped, "dropped"}};
static_assert(names_each_value_once(kActionStatusNames));

// A step of the action plan that answers a recommendation, with its follow-up.
struct PlannedAction {
  ActionId id;
  RecommendationId recommendation;
  std::string action;
  std::string owner;     // a person or an organisation, as the region names them
  std::string deadline;  // YYYY-MM-DD
  ActionStatus status = ActionStatus::planned;
  std::string follow_up;  // what happened, recorded at the follow-up
  std::string followed_up_on;  // YYYY-MM-DD, "" until followed up
};

// A reviewers' recommendation and the host region's response to it.
struct Recommendation {
  RecommendationId id;
  AssessmentId assessment;
  std::string criterion;  // "" for the whole area
  AreaCode area;
  std::string text;  // Markdown
  accounts::UserId author;
  Response response = Response::pending;
  std::string response_reason;
  std::vector<PlannedAction> actions;
  Seconds at = 0;
};

struct Assessment {
  AssessmentId id;
  RegionCode region;  // a NUTS 2 region, or a country's NUTS 0 code for a national assessment
  CountryCode country;
  int period = 0;             // the reporting period (1–6)
  int framework_version = 0;  // the version it was made with, for ever
  accounts::OrganisationId organisation;  // the region's partner organisation: its team
  AssessmentStatus status = AssessmentStatus::draft;
  Disclosure disclosure = Disclosure::members;
  std::string summary;      // Markdown: the region's overview
  std::string return_note;  // why a coordinator returned it to draft
  int revision = 1;         // every change moves it; a save names the revision it started from
  std::optional<accounts::UserId> created_by;
  Seconds created_at = 0;
  Seconds updated_at = 0;
  Seconds submitted_at = 0;
  Seconds published_at = 0;
  // Read with the assessment when asked for the whole of it.
  std::vector<Score> scores;
  std::vector<Reviewer> reviewers;
  std::vector<Swot> swot;
};

std::string_view to_string(AssessmentStatus s);
std::string_view to_string(Timeframe t);
std::string_view to_string(Source s);
std::string_view to_string(Answer a);
std::string_view to_string(Confidence c);
std::string_view to_string(Disclosure d);
std::string_view to_string(EvidenceKind k);
std::string_view to_string(ReviewerStatus s);
std::string_view to_string(Response r);
std::string_view to_string(ActionStatus s);
std::string_view to_string(Justification j);

}  // namespace cps::assessment
