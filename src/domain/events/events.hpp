// Events of the partnership — study visits, workshops, training sessions, committee meetings,
// webinars and conferences — with their places, agendas and registrations, and a study
// visit's report. Plain types, the one reader of each input shape, and the times: an event
// is stored as UTC seconds together with the IANA zone it happens in (see zones.hpp).
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

namespace cps::events {

using EventId = StrongId<struct EventIdTag>;
using RegistrationId = StrongId<struct RegistrationIdTag>;
using Seconds = std::int64_t;

enum class EventKind { study_visit, workshop, training_session, committee_meeting, webinar, conference };
inline constexpr EnumName<EventKind> kEventKindNames[] = {{EventKind::study_visit, "study_visit"},
                                                          {EventKind::workshop, "workshop"},
                                                          {EventKind::training_session, "training_session"},
                                                          {EventKind::committee_meeting, "committee_meeting"},
                                                          {EventKind::webinar, "webinar"},
                                                          {EventKind::conference, "conference"}};
static_assert(names_each_value_once(kEventKindNames));
inline constexpr auto kAllEventKinds = values_of(kEventKindNames);

// confirmed holds a place; waitlisted waits for one in order of registration; cancelled keeps
// the row for the audit trail until the person registers again. With places allocated by the
// organiser, a registration is pending until they approve it (a place, or the waiting list when
// every place is taken) or decline it; declined is final for that event.
enum class RegistrationStatus { confirmed, waitlisted, cancelled, pending, declined };
inline constexpr EnumName<RegistrationStatus> kRegistrationStatusNames[] = {
    {RegistrationStatus::confirmed, "confirmed"},
    {RegistrationStatus::waitlisted, "waitlisted"},
    {RegistrationStatus::cancelled, "cancelled"},
    {RegistrationStatus::pending, "pending"},
    {RegistrationStatus::declined, "declined"}};
static_assert(names_each_value_once(kRegistrationStatusNames));

// How places are given: to the first who register, or by the organiser approving each
// registration (study-visit seats are allocated among the partners, not first come).
enum class Allocation { first_come, approval };
inline constexpr EnumName<Allocation> kAllocationNames[] = {{Allocation::first_come, "first_come"},
                                                           {Allocation::approval, "approval"}};
static_assert(names_each_value_once(kAllocationNames));

// What an organiser decides on a pending registration.
enum class Decision { approve, decline };
inline constexpr EnumName<Decision> kDecisionNames[] = {{Decision::approve, "approve"}, {Decision::decline, "decline"}};
static_assert(names_each_value_once(kDecisionNames));

inline constexpr std::size_t kTitleLength = 200;
inline constexpr std::size_t kDescriptionLength = 10000;
inline constexpr std::size_t kPlaceLength = 300;
inline constexpr std::size_t kLinkLength = 500;
inline constexpr std::size_t kAgendaItems = 60;
inline constexpr std::size_t kNeedsLength = 1000;
inline constexpr std::size_t kReportLength = 10000;
inline constexpr int kLargestCapacity = 100000;

struct AgendaItem {
  std::string time;  // HH:MM, local to the event
  std::string title;
  std::string speaker;
  bool operator==(const AgendaItem&) const = default;
};

// What a study visit showed: one lesson a line, each of which may become a knowledge item.
struct VisitReport {
  std::string seen;
  std::vector<std::string> lessons;
  std::string transfer;  // what could transfer
  std::string audience;  // to whom
  Seconds written_at = 0;
  std::string written_by;
  bool operator==(const VisitReport&) const = default;
};

// A knowledge item drafted from a lesson of the visit's report.
struct LessonItem {
  std::size_t lesson = 0;  // index into the report's lessons
  std::int64_t item = 0;
  bool operator==(const LessonItem&) const = default;
};

// How many confirmed places one organisation, or the organisations of one country, may hold
// (study-visit seats are allocated among the partners); 0: no quota.
struct Quotas {
  int per_organisation = 0;
  int per_country = 0;
};

struct Event {
  EventId id;
  EventKind kind = EventKind::workshop;
  std::string title;
  std::string description;
  Seconds starts_at = 0;  // UTC
  Seconds ends_at = 0;    // UTC
  std::string zone;       // IANA name, one of kZones
  std::string place;
  std::string address;
  std::string online_link;  // shown only to people registered
  std::optional<accounts::OrganisationId> host;
  std::string host_name;
  std::vector<std::string> areas;    // WG1–WG6
  std::vector<std::string> regions;  // NUTS codes visited
  std::vector<AgendaItem> agenda;
  int capacity = 0;                  // places; 0: no limit
  Allocation allocation = Allocation::first_come;
  Quotas quotas;
  Seconds registration_closes_at = 0;  // UTC; 0: until the start
  std::vector<std::int64_t> materials;  // knowledge items
  std::optional<VisitReport> report;
  std::vector<LessonItem> lesson_items;
  std::optional<accounts::UserId> created_by;
  int revision = 1;
  Seconds created_at = 0;
  Seconds updated_at = 0;

  bool ended(Seconds now) const { return ends_at <= now; }
  bool registration_open(Seconds now) const {
    return now < (registration_closes_at ? registration_closes_at : starts_at);
  }
};

struct Registration {
  RegistrationId id;
  EventId event;
  accounts::UserId user;
  std::string name;
  std::string email;
  std::string organisation;       // as it was when they registered
  std::string country;            // the organisation's country code
  std::string organisation_type;  // the organisation's partner type code
  RegistrationStatus status = RegistrationStatus::confirmed;
  std::string needs;  // dietary and accessibility needs; emptied once the event is over
  Seconds registered_at = 0;
  Seconds checked_in_at = 0;  // 0: not (yet) present
  std::string certificate;    // unguessable token of the certificate page, once checked in
};

// {"kind","title","description","start","end","zone","place","address","online_link","host",
//  "areas","regions","agenda","capacity","allocation","places_per_organisation","places_per_country",
//  "registration_deadline","materials"};
// allocation is "first_come" (also when left out) or "approval"; the places per organisation
// and per country are whole numbers (0 or left out: no quota, and never above the capacity); start and end
// are local times YYYY-MM-DDTHH:MM in the zone, the deadline a local one too (or "" for the
// start); agenda items {"time","title","speaker"}.
struct EventInput {
  EventKind kind = EventKind::workshop;
  std::string title;
  std::string description;
  Seconds starts_at = 0;
  Seconds ends_at = 0;
  std::string zone;
  std::string place;
  std::string address;
  std::string online_link;
  std::optional<accounts::OrganisationId> host;
  std::vector<std::string> areas;
  std::vector<std::string> regions;
  std::vector<AgendaItem> agenda;
  int capacity = 0;
  Allocation allocation = Allocation::first_come;
  Quotas quotas;
  Seconds registration_closes_at = 0;
  std::vector<std::int64_t> materials;
};
Result<EventInput> read_event(const boost::json::object& object);

// The agenda as a form writes it, one item a line: "09:30 | Welcome | Ana Popescu".
Result<boost::json::array> agenda_lines(std::string_view text);
std::string agenda_text(const std::vector<AgendaItem>& agenda);

// {"needs"}
Result<std::string> read_registration(const boost::json::object& object);

// {"decision"}: "approve" or "decline".
Result<Decision> read_decision(const boost::json::object& object);

// {"seen","lessons","transfer","audience"}; lessons as an array of lines or one text, a line each.
Result<VisitReport> read_report(const boost::json::object& object);

// Why `candidate` may not have a confirmed place beside the confirmed `registrations` (its own
// row among them is not counted): its organisation or its country holds its quota already.
// Nothing when it may.
std::optional<Error> quota_refusal(const Quotas& quotas, const std::vector<Registration>& registrations,
                                   const Registration& candidate);

std::string_view to_string(EventKind k);
std::string_view to_string(RegistrationStatus s);
std::string_view to_string(Allocation a);
std::string_view to_string(Decision d);

}  // namespace cps::events
