// Reminders before an event (see kReminderLeads in event_service.hpp). Who was reminded is
// noted under the same transaction that decides it, so that two rounds (two servers on one
// database, or a round repeated after a failure) remind nobody twice; the mails are queued after
// it commits, like the waiting list's "a place for you": a reminder lost to a failing outbox is
// not sent again, which is better than sending it twice.
#include <optional>

#include "domain/events/event_service.hpp"
#include "domain/events/service_parts.hpp"
#include "domain/events/zones.hpp"
#include "i18n/catalogue.hpp"

namespace cps::events {

using i18n::N_;

namespace {

// The reminder due at `at`: the nearest one whose moment has come (after a pause of the hourly
// round the earlier ones are past and stay unsent); none once the event has started.
std::optional<Seconds> lead_due(const Event& e, Seconds at) {
  if (at >= e.starts_at) return std::nullopt;
  std::optional<Seconds> lead;
  for (Seconds l : kReminderLeads)
    if (at >= e.starts_at - l && (!lead || l < *lead)) lead = l;
  return lead;
}

}  // namespace

Result<std::size_t> EventService::send_reminders() {
  const Seconds at = now();
  struct Due {
    Registration registration;
    const Event* event;
  };
  std::vector<Event> events;
  std::vector<Due> due;
  auto done = repository_.transaction([&](EventStore& store) -> Status {
    auto all = store.events();
    if (!all) return std::unexpected(all.error());
    events = std::move(*all);
    due.clear();
    for (const Event& e : events) {
      auto lead = lead_due(e, at);
      if (!lead) continue;
      auto regs = store.registrations(e.id);
      if (!regs) return std::unexpected(regs.error());
      std::size_t reminded = 0;
      for (const Registration& r : *regs) {
        // Only people with a place: the waiting list has nothing to come to yet, and a
        // cancelled registration asked for no more mail.
        if (r.status != RegistrationStatus::confirmed) continue;
        if (r.registered_at >= e.starts_at - *lead) continue;
        auto marked = store.mark_reminded(r.id, *lead, at);
        if (!marked) return std::unexpected(marked.error());
        if (!*marked) continue;
        due.push_back(Due{r, &e});
        ++reminded;
      }
      if (reminded == 0) continue;
      auto line = accounts::AuditRecord{std::nullopt, "system", "event.reminded", target_of(e.id),
                                        std::to_string(reminded) + " people, " + std::to_string(*lead / 3600) +
                                            " hours before",
                                        "", at};
      if (auto ok = store.append_audit(line); !ok) return ok;
    }
    return {};
  });
  if (!done) return std::unexpected(done.error());
  std::size_t queued = 0;
  for (const Due& d : due) {
    auto person = surroundings_.person(d.registration.user);
    if (!person || !*person) continue;  // gone or blocked since they registered
    const Zone* zone = find_zone(d.event->zone);
    if (!zone) continue;
    const LocalTime start = local_time(d.event->starts_at, *zone);
    auto sent = tell(**person,
                     {N_("Reminder: {title} on {date}"),
                      N_("You have a place at \"{title}\", which begins on {date} at {time} (UTC{offset}, "
                         "{zone}).\n\nThe event's page, with the place and the agenda: {link}\nAdd it to your "
                         "calendar: {link}/event.ics\n\nIf you cannot come, cancel on the event's page so that "
                         "the next person on the waiting list gets your place."),
                      {{"title", d.event->title},
                       {"date", start.date},
                       {"time", start.time},
                       {"offset", start.offset()},
                       {"zone", std::string(zone->name)},
                       {"path", "/events/" + std::to_string(d.event->id.value())}}});
    if (sent) ++queued;
  }
  return queued;
}

}  // namespace cps::events
