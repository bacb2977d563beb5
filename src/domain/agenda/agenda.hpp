// The personal start page's content: what waits for a person across the platform (items to
// review, assessments to fill or review, reports and milestones due, Delphi rounds to answer,
// mentoring requests and helpdesk questions to answer, discussions and notifications unread).
// Each feature tells its part through an AgendaSource that the composition root adapts from the
// feature's own service, so that this module reads no storage and knows no feature's rules.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::agenda {

using Seconds = std::int64_t;

// What waits, in the order the start page shows it: the things that ask a person to act
// first, then what they might want to read.
enum class Kind {
  item_review,           // a knowledge item sent to review in an area the person reviews
  assessment_to_fill,    // an assessment of the person's organisation still being written or sent back
  assessment_review,     // an assessment the person was asked to review
  report_due,            // a progress report of the person's organisation not yet submitted
  pilot_milestone,       // an open milestone of a pilot the person's organisation runs
  delphi_round,          // an open Delphi round the person is on the panel of and has not answered
  mentoring_request,     // a request to the person as a mentor, not yet answered
  helpdesk_question,     // a helpdesk question assigned to the person, not yet answered
  upcoming_event,        // an event the person holds a place at or waits for (its day is no deadline)
  unread_discussion,     // a discussion with posts the person has not read
  unread_notifications,  // notifications not yet marked read (one entry with the count)
};
inline constexpr EnumName<Kind> kKindNames[] = {{Kind::item_review, "item_review"},
                                                {Kind::assessment_to_fill, "assessment_to_fill"},
                                                {Kind::assessment_review, "assessment_review"},
                                                {Kind::report_due, "report_due"},
                                                {Kind::pilot_milestone, "pilot_milestone"},
                                                {Kind::delphi_round, "delphi_round"},
                                                {Kind::mentoring_request, "mentoring_request"},
                                                {Kind::helpdesk_question, "helpdesk_question"},
                                                {Kind::upcoming_event, "upcoming_event"},
                                                {Kind::unread_discussion, "unread_discussion"},
                                                {Kind::unread_notifications, "unread_notifications"}};
static_assert(names_each_value_once(kKindNames));
inline constexpr auto kAllKinds = values_of(kKindNames);

// One thing that waits. Titles are the things' own (written by people, not translated).
struct Entry {
  Kind kind = Kind::item_review;
  std::string title;    // "" for a count (unread notifications)
  std::string path;     // its page, without the language: "/knowledge/12"
  std::string due;      // YYYY-MM-DD when it has a date to meet (an event: its first day), "" otherwise
  std::string context;  // where it belongs: an area, a region, a workspace code, a status name
  int count = 0;        // how many (unread posts, notifications), 0 when not a count
  int period = 0;       // the reporting period (1–6) of a report or an assessment, 0 otherwise
  bool overdue = false; // set by the service: the due day has passed
};

struct Section {
  Kind kind;
  std::vector<Entry> entries;  // the earliest due first, undated after, then by title
};

struct Agenda {
  std::vector<Section> sections;  // only kinds with something waiting, in the order of Kind
  std::size_t total = 0;
  std::string today;  // YYYY-MM-DD (UTC) the due dates were judged against
};

// A feature's part of the agenda: what waits for the person there, read through the feature's
// own service with the person's rights (so that nothing they may not read shows up). Titles
// come in `language` where the thing has a version in it. What the person may not do at all in
// that feature is nothing waiting, not a failure.
class AgendaSource {
 public:
  virtual ~AgendaSource() = default;
  virtual Result<std::vector<Entry>> waiting_for(const accounts::Principal& who, std::string_view today,
                                                 const std::string& language) = 0;
};

// Whether an entry's day is a deadline (and so can be overdue), not the day something happens.
constexpr bool has_deadline(Kind k) { return k != Kind::upcoming_event; }

// The day (YYYY-MM-DD, UTC) of a moment.
std::string day_of(Seconds at);

std::string_view to_string(Kind k);

}  // namespace cps::agenda
