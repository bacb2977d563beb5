// Mentoring between the regions of the partnership: the offers of people from experienced
// organisations (what they mentor on, how many pairs at once, in which languages, when), and
// the mentoring pairs that grow from a learner's request — answer, agreed goals, meetings,
// outcome and the closing feedback of both sides. Plain types; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/enum_names.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::mentoring {

using Seconds = std::int64_t;  // Unix time, UTC
using RequestId = StrongId<struct RequestIdTag>;
using MeetingId = StrongId<struct MeetingIdTag>;

// What a mentor offers: one offer per person, kept while they belong to an experienced
// organisation. Topics are need keys as the learning engine names them: "criterion:WG4.2"
// (a criterion of the assessment framework) or "area:WG4" (a thematic area as a whole).
struct MentorOffer {
  accounts::UserId mentor;
  accounts::OrganisationId organisation;
  std::vector<std::string> topics;     // at least one, at most 20, in the order given
  int capacity = 1;                    // accepted (open) pairs at most, 1–10
  std::vector<std::string> languages;  // BCP 47 primary tags ("ro", "en"), at least one
  std::string availability;            // plain text, e.g. "two hours a month, online"
  bool active = true;                  // an inactive offer is kept but not shown to learners
  Seconds updated_at = 0;

  // Filled when read: pairs now accepted and not yet closed.
  int open_pairs = 0;
  // Filled by the service for people to read.
  std::string mentor_name;
  std::string organisation_name;
  std::optional<CountryCode> country;
  std::optional<RegionCode> region;

  int free_places() const { return capacity > open_pairs ? capacity - open_pairs : 0; }
  bool mentors_on(const std::string& key) const;
};

enum class RequestStatus { requested, accepted, declined, withdrawn, completed };
inline constexpr EnumName<RequestStatus> kRequestStatusNames[] = {
    {RequestStatus::requested, "requested"}, {RequestStatus::accepted, "accepted"},
    {RequestStatus::declined, "declined"},   {RequestStatus::withdrawn, "withdrawn"},
    {RequestStatus::completed, "completed"}};
static_assert(names_each_value_once(kRequestStatusNames));
inline constexpr auto kAllRequestStatuses = values_of(kRequestStatusNames);

// Open: the pair still has something to do (an answer, or the mentoring itself).
inline bool is_open(RequestStatus s) { return s == RequestStatus::requested || s == RequestStatus::accepted; }

// How far the pair got, as both sides recorded it when closing.
enum class OutcomeResult { achieved, partly_achieved, not_achieved };
inline constexpr EnumName<OutcomeResult> kOutcomeResultNames[] = {{OutcomeResult::achieved, "achieved"},
                                                                  {OutcomeResult::partly_achieved, "partly_achieved"},
                                                                  {OutcomeResult::not_achieved, "not_achieved"}};
static_assert(names_each_value_once(kOutcomeResultNames));

// Which side of a pair somebody is on.
enum class Side { learner, mentor };
inline constexpr EnumName<Side> kSideNames[] = {{Side::learner, "learner"}, {Side::mentor, "mentor"}};
static_assert(names_each_value_once(kSideNames));

struct Meeting {
  MeetingId id;
  std::string held_on;  // YYYY-MM-DD
  std::string notes;    // plain text
  std::optional<accounts::UserId> recorded_by;
  Seconds recorded_at = 0;
};

struct Feedback {
  Side side = Side::learner;
  int rating = 0;        // 1–5
  std::string comment;   // plain text
  Seconds given_at = 0;
};

// The need a learner asks help with: a region of the partnership and a need key.
struct NeedRef {
  RegionCode region;
  std::string need;  // "criterion:WG4.2" or "area:WG4"
};

struct MentoringRequest {
  RequestId id;
  accounts::UserId learner;
  accounts::UserId mentor;
  NeedRef need;
  std::string message;  // the learner's, plain text
  RequestStatus status = RequestStatus::requested;
  std::string answer_reason;  // the mentor's words with the answer ("" when none)
  std::string goals;          // agreed goals, plain text ("" before)
  std::optional<OutcomeResult> outcome;
  std::string outcome_text;
  std::vector<Meeting> meetings;    // by date
  std::vector<Feedback> feedback;   // at most one per side
  int revision = 1;
  Seconds created_at = 0;
  Seconds answered_at = 0;
  Seconds closed_at = 0;
  Seconds updated_at = 0;

  // Filled by the service for people to read.
  std::string learner_name;
  std::string mentor_name;
  std::string mentor_organisation;
  std::string region_name;
  std::string need_title;

  const Feedback* feedback_of(Side side) const;
};

std::string_view to_string(RequestStatus s);
std::string_view to_string(OutcomeResult r);
std::string_view to_string(Side s);

}  // namespace cps::mentoring
