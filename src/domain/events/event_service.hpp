// The rules of events: anybody reads the calendar; organisers (the policy's manage_event, a
// partner's staff for the events their organisation hosts) create and edit events, see the
// registrations, take attendance and export it; anybody signed in registers for an event while
// registration is open — a place while there is one, the waiting list otherwise — and cancels,
// which gives the place to the first on the waiting list (told by e-mail). Dietary and
// accessibility needs are kept until the event is over. People present get a certificate page
// whose address is an unguessable token. A study visit's organisers (write_visit_report) write
// its report, and turn one of its lessons at a time into a knowledge item sent for review.
// Every change writes an audit line ("event.created", "event.updated", "event.registered",
// "event.cancelled", "event.promoted", "event.checked_in", "event.report_written",
// "event.lesson_drafted", "event.calendar_renewed", "event.calendar_revoked",
// "event.needs_forgotten", "event.reminded", "event.approved", "event.declined"; target "event:<id>" or "user:<id>") in the same transaction.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/events/event_repository.hpp"
#include "domain/events/events.hpp"
#include "domain/events/surroundings.hpp"
#include "export/table.hpp"

namespace cps::events {

enum class When { upcoming, past };
inline constexpr EnumName<When> kWhenNames[] = {{When::upcoming, "upcoming"}, {When::past, "past"}};
static_assert(names_each_value_once(kWhenNames));

// How long before an event starts the people with a place are reminded of it: a week ahead,
// to plan the journey, and the day before. A person who registered after a reminder's moment
// does not get that one: they have just seen the event.
inline constexpr Seconds kReminderLeads[] = {7 * 24 * 60 * 60, 24 * 60 * 60};

struct ListFilter {
  When when = When::upcoming;
  std::optional<EventKind> kind = std::nullopt;
  std::optional<std::string> area = std::nullopt;
};

struct Capabilities {
  bool manage = false;    // edit, see registrations, take attendance, export
  bool register_ = false; // signed in, registration open, not registered
  bool cancel = false;    // registered (or waiting) and the event not started
  bool report = false;    // a study visit that has ended, and the viewer writes its report
};

// An event as its page shows it to the viewer.
struct EventView {
  Event event;
  int confirmed = 0;
  int waitlisted = 0;
  int pending = 0;                   // waiting for the organiser's decision
  std::optional<Registration> mine;  // the viewer's registration, when not cancelled
  int position = 0;                  // on the waiting list, from 1; 0 when not waiting
  bool show_link = false;            // the online link: to organisers and people registered
  Capabilities can;
};

// A certificate of attendance, as its page shows it.
struct Certificate {
  std::string name;
  std::string organisation;
  Event event;
  Seconds checked_in_at = 0;
};

class EventService {
 public:
  using Clock = std::function<Seconds()>;
  EventService(EventRepository& repository, EventSurroundings& surroundings, Clock clock = {});

  // Public: upcoming soonest first, past latest first.
  Result<std::vector<Event>> list(const ListFilter& filter);
  Result<EventView> event(const accounts::Principal& who, EventId id);
  // Whether the viewer may create events at all (the form's link).
  bool organises(const accounts::Principal& who) const;

  Result<Event> create(const accounts::Principal& who, EventInput input);
  Result<Event> update(const accounts::Principal& who, EventId id, int revision, EventInput input);

  // A place while the confirmed registrations are fewer than the capacity, the waiting list
  // otherwise; decided under the event's lock, so two people taking the last place at once get
  // one place and one waiting-list entry. With places given by approval, pending until the
  // organiser decides. Refused (conflict) when already registered, or declined before.
  Result<Registration> register_for(const accounts::Principal& who, EventId id, const std::string& needs);
  // The viewer's own registration; the freed place goes to the first on the waiting list.
  Result<Registration> cancel(const accounts::Principal& who, EventId id);
  // Organisers, on a pending registration: approving gives a place while one is free and the
  // waiting list otherwise, under the event's lock like a registration; declining ends it. The
  // person is told by e-mail in their language. Refused (conflict) when it is not pending.
  Result<Registration> decide(const accounts::Principal& who, EventId id, RegistrationId registration,
                              Decision decision);
  // Organisers: every registration, cancelled ones included, in order of registration.
  Result<std::vector<Registration>> registrations(const accounts::Principal& who, EventId id);
  // Organisers, from the day the event starts: marks a confirmed person present.
  Result<Registration> check_in(const accounts::Principal& who, EventId id, RegistrationId registration);
  // Organisers: name, organisation, country, organisation type, check-in time (UTC), of the
  // people present: the table the attendance export writes as CSV.
  Result<exports::Table> attendance(const accounts::Principal& who, EventId id);
  // Public, by the certificate's token; not found unless the person was checked in.
  Result<Certificate> certificate(const std::string& token);
  // Empties the needs of every event that has ended; how many registrations were emptied.
  Result<std::size_t> forget_needs();
  // The hourly round's reminders (see kReminderLeads): to each person with a place, once per
  // reminder, in their language, with the event's page and its iCal address; how many were
  // queued.
  Result<std::size_t> send_reminders();

  Result<Event> write_report(const accounts::Principal& who, EventId id, int revision, VisitReport report);
  // Drafts a knowledge item from the report's lesson `lesson` (from 0), submits it for review
  // and links it to the visit; refused (conflict) when that lesson has one already.
  Result<std::int64_t> draft_from_lesson(const accounts::Principal& who, EventId id, std::size_t lesson);

  // The viewer's personal calendar feed: a new secret (the old address stops working), whether
  // they have one, and revoking it.
  Result<std::string> renew_calendar(const accounts::Principal& who);
  Result<bool> has_calendar(const accounts::Principal& who);
  Status revoke_calendar(const accounts::Principal& who);
  // The events the signed-in person holds a place at or waits for, that have not ended, the
  // soonest first (their start page).
  Result<std::vector<Event>> registered(const accounts::Principal& who);
  // The events of the feed's owner (places and waiting lists), for its secret; not found for
  // an unknown or revoked one.
  Result<std::vector<Event>> calendar(const std::string& secret);

  Capabilities capabilities(const accounts::Principal& who, const Event& event,
                            const std::optional<Registration>& mine) const;

 private:
  Seconds now() const;
  bool manages(const accounts::Principal& who, const Event& event) const;
  bool reports(const accounts::Principal& who, const Event& event) const;
  Result<Event> load(EventId id);
  Result<Event> fill(const accounts::Principal& who, Event event, EventInput input);
  Status tell(const Person& to, const EventSurroundings::MailText& text);

  EventRepository& repository_;
  EventSurroundings& surroundings_;
  Clock clock_;
};

std::string_view to_string(When w);

}  // namespace cps::events
