// Registrations, the waiting list, attendance, certificates and calendar feeds (see
// event_service.hpp).
#include <algorithm>

#include "core/text.hpp"
#include "domain/accounts/policy.hpp"
#include "domain/events/event_service.hpp"
#include "domain/events/service_parts.hpp"
#include "domain/events/zones.hpp"
#include "export/table.hpp"
#include "i18n/catalogue.hpp"
#include "security/crypto.hpp"

namespace cps::events {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

namespace {

std::string path_of(EventId id) { return "/events/" + std::to_string(id.value()); }

int confirmed_in(const std::vector<Registration>& regs) {
  return int(std::count_if(regs.begin(), regs.end(),
                           [](const Registration& r) { return r.status == RegistrationStatus::confirmed; }));
}

}  // namespace

Status EventService::tell(const Person& to, const EventSurroundings::MailText& text) {
  return surroundings_.queue_mail(to, text);
}

Result<Registration> EventService::register_for(const Principal& who, EventId id, const std::string& needs) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  if (!accounts::allowed(who, Action::register_for_event, accounts::Target{.user = who.user}))
    return fail(ErrorKind::forbidden, "You may not do this.");
  auto person = surroundings_.person(*who.user);
  if (!person) return std::unexpected(person.error());
  if (!*person) return fail(ErrorKind::forbidden, "You may not do this.");
  const Seconds at = now();
  Registration reg;
  auto done = repository_.transaction([&](EventStore& store) -> Status {
    auto locked = store.lock_event(id);
    if (!locked) return std::unexpected(locked.error());
    if (!*locked) return not_found();
    auto e = store.event(id);
    if (!e) return std::unexpected(e.error());
    if (!*e) return not_found();
    if (!(*e)->registration_open(at))
      return fail(ErrorKind::conflict, N_("Registration for this event is closed."), "event");
    auto regs = store.registrations(id);
    if (!regs) return std::unexpected(regs.error());
    auto existing = std::find_if(regs->begin(), regs->end(), [&](const Registration& r) { return r.user == *who.user; });
    if (existing != regs->end() && existing->status == RegistrationStatus::declined)
      return fail(ErrorKind::conflict, N_("The organisers declined your registration for this event."), "event");
    if (existing != regs->end() && existing->status != RegistrationStatus::cancelled)
      return fail(ErrorKind::conflict, N_("You are registered for this event already."), "event");
    const bool full = (*e)->capacity > 0 && confirmed_in(*regs) >= (*e)->capacity;
    const bool approval = (*e)->allocation == Allocation::approval;
    reg.event = id;
    reg.user = *who.user;
    reg.name = (*person)->name;
    reg.email = (*person)->email;
    reg.organisation = (*person)->organisation;
    reg.country = (*person)->country;
    reg.organisation_type = (*person)->organisation_type;
    reg.status = approval ? RegistrationStatus::pending
                 : full   ? RegistrationStatus::waitlisted
                          : RegistrationStatus::confirmed;
    // First come, but within the quotas: a place over them would never be theirs, not even
    // from the waiting list. With approval the organisers weigh it when they decide.
    if (!approval) {
      if (existing != regs->end()) reg.id = existing->id;
      if (auto refusal = quota_refusal((*e)->quotas, *regs, reg)) return std::unexpected(*refusal);
    }
    reg.needs = needs;
    reg.registered_at = at;
    if (existing != regs->end()) {
      // Registering again after cancelling: the same row, at the end of the queue.
      reg.id = existing->id;
      reg.certificate = existing->certificate;
      if (auto ok = store.update_registration(reg); !ok) return ok;
    } else {
      auto rid = store.insert_registration(reg);
      if (!rid) return std::unexpected(rid.error());
      reg.id = *rid;
    }
    return store.append_audit(audit(who, "event.registered", target_of(id), std::string(to_string(reg.status)), at));
  });
  if (!done) return std::unexpected(done.error());
  return reg;
}

Result<Registration> EventService::cancel(const Principal& who, EventId id) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  const Seconds at = now();
  Registration mine;
  std::optional<Registration> promoted;
  std::string title;
  auto done = repository_.transaction([&](EventStore& store) -> Status {
    auto locked = store.lock_event(id);
    if (!locked) return std::unexpected(locked.error());
    if (!*locked) return not_found();
    auto e = store.event(id);
    if (!e) return std::unexpected(e.error());
    if (!*e) return not_found();
    title = (*e)->title;
    if (at >= (*e)->starts_at) return fail(ErrorKind::conflict, N_("This event has started; a registration cannot be cancelled now."), "event");
    auto regs = store.registrations(id);
    if (!regs) return std::unexpected(regs.error());
    auto it = std::find_if(regs->begin(), regs->end(), [&](const Registration& r) {
      return r.user == *who.user && r.status != RegistrationStatus::cancelled &&
             r.status != RegistrationStatus::declined;
    });
    if (it == regs->end()) return fail(ErrorKind::not_found, N_("You are not registered for this event."), "event");
    const bool held_place = it->status == RegistrationStatus::confirmed;
    mine = *it;
    mine.status = RegistrationStatus::cancelled;
    mine.needs.clear();
    if (auto ok = store.update_registration(mine); !ok) return ok;
    if (auto ok = store.append_audit(audit(who, "event.cancelled", target_of(id), "", at)); !ok) return ok;
    const int capacity = (*e)->capacity;
    if (!held_place || capacity == 0 || confirmed_in(*regs) - 1 >= capacity) return {};
    // The first on the waiting list whose organisation and country are within their quotas.
    std::vector<Registration> after = *regs;
    for (auto& r : after)
      if (r.id == mine.id) r = mine;
    auto next = std::find_if(after.begin(), after.end(), [&](const Registration& r) {
      return r.status == RegistrationStatus::waitlisted && !quota_refusal((*e)->quotas, after, r);
    });
    if (next == after.end()) return {};
    promoted = *next;
    promoted->status = RegistrationStatus::confirmed;
    if (auto ok = store.update_registration(*promoted); !ok) return ok;
    return store.append_audit(audit(who, "event.promoted", target_of(id), "user:" + std::to_string(promoted->user.value()), at));
  });
  if (!done) return std::unexpected(done.error());
  if (promoted) {
    // The place is theirs whatever becomes of the mail; their event page says so too.
    if (auto person = surroundings_.person(promoted->user); person && *person)
      (void)tell(**person, {N_("A place for you: {title}"),
                            N_("A place became free at \"{title}\" and it is yours: you are no longer on the waiting "
                               "list. If you cannot come, cancel on the event's page so that the next person gets "
                               "it: {link}"),
                            {{"title", title}, {"path", path_of(id)}}});
  }
  return mine;
}

Result<Registration> EventService::decide(const Principal& who, EventId id, RegistrationId registration,
                                          Decision decision) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  const Seconds at = now();
  Registration out;
  std::string title;
  auto done = repository_.transaction([&](EventStore& store) -> Status {
    // Under the same lock as registrations and cancellations: an approval taking the last
    // place and a person taking it at the same moment are decided one after the other.
    auto locked = store.lock_event(id);
    if (!locked) return std::unexpected(locked.error());
    if (!*locked) return not_found();
    auto e = store.event(id);
    if (!e) return std::unexpected(e.error());
    if (!*e) return not_found();
    if (!manages(who, **e)) return fail(ErrorKind::forbidden, "You may not do this.");
    title = (*e)->title;
    auto regs = store.registrations(id);
    if (!regs) return std::unexpected(regs.error());
    auto it = std::find_if(regs->begin(), regs->end(), [&](const Registration& r) { return r.id == registration; });
    if (it == regs->end()) return not_found();
    if (it->status != RegistrationStatus::pending)
      return fail(ErrorKind::conflict, N_("This registration is not waiting for a decision any more."), "registration");
    out = *it;
    if (decision == Decision::decline) {
      out.status = RegistrationStatus::declined;
      out.needs.clear();  // nobody needs them now
    } else {
      const bool full = (*e)->capacity > 0 && confirmed_in(*regs) >= (*e)->capacity;
      out.status = full ? RegistrationStatus::waitlisted : RegistrationStatus::confirmed;
      if (!full)
        if (auto refusal = quota_refusal((*e)->quotas, *regs, out)) return std::unexpected(*refusal);
    }
    if (auto ok = store.update_registration(out); !ok) return ok;
    return store.append_audit(audit(who, decision == Decision::decline ? "event.declined" : "event.approved",
                                    target_of(id),
                                    "user:" + std::to_string(out.user.value()) + " " + std::string(to_string(out.status)),
                                    at));
  });
  if (!done) return std::unexpected(done.error());
  // The decision stands whatever becomes of the mail; the event's page says it too.
  if (auto person = surroundings_.person(out.user); person && *person) {
    const std::vector<std::pair<std::string, std::string>> values{{"title", title}, {"path", path_of(id)}};
    if (out.status == RegistrationStatus::confirmed)
      (void)tell(**person, {N_("Your place is confirmed: {title}"),
                            N_("The organisers approved your registration for \"{title}\": your place is confirmed. "
                               "The event's page: {link}"),
                            values});
    else if (out.status == RegistrationStatus::waitlisted)
      (void)tell(**person, {N_("On the waiting list: {title}"),
                            N_("The organisers approved your registration for \"{title}\", but every place is taken: "
                               "you are on the waiting list. If a place becomes free, it is yours and you get an "
                               "e-mail. The event's page: {link}"),
                            values});
    else
      (void)tell(**person, {N_("Your registration was declined: {title}"),
                            N_("The organisers could not give you a place at \"{title}\" and declined your "
                               "registration. The event's page: {link}"),
                            values});
  }
  return out;
}

Result<std::vector<Registration>> EventService::registrations(const Principal& who, EventId id) {
  auto e = load(id);
  if (!e) return std::unexpected(e.error());
  if (!manages(who, *e)) return fail(ErrorKind::forbidden, "You may not do this.");
  std::vector<Registration> out;
  auto read = repository_.read([&](EventStore& store) -> Status {
    auto regs = store.registrations(id);
    if (!regs) return std::unexpected(regs.error());
    out = std::move(*regs);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<Registration> EventService::check_in(const Principal& who, EventId id, RegistrationId registration) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  const Seconds at = now();
  Registration out;
  auto done = repository_.transaction([&](EventStore& store) -> Status {
    auto e = store.event(id);
    if (!e) return std::unexpected(e.error());
    if (!*e) return not_found();
    if (!manages(who, **e)) return fail(ErrorKind::forbidden, "You may not do this.");
    // From the start of the event's first day in its zone: people arrive before the welcome.
    const Zone* zone = find_zone((*e)->zone);
    if (!zone) return fail(ErrorKind::internal, "An event's zone is not in the table.", "zone");
    auto first_day = utc_of_local(local_time((*e)->starts_at, *zone).date + "T00:00", *zone);
    if (at < first_day.value_or((*e)->starts_at))
      return fail(ErrorKind::conflict, N_("Attendance is taken on the day of the event."), "event");
    auto regs = store.registrations(id);
    if (!regs) return std::unexpected(regs.error());
    auto it = std::find_if(regs->begin(), regs->end(), [&](const Registration& r) { return r.id == registration; });
    if (it == regs->end()) return not_found();
    if (it->status != RegistrationStatus::confirmed)
      return fail(ErrorKind::conflict, N_("Only people with a place can be checked in."), "registration");
    out = *it;
    if (out.checked_in_at) return {};  // twice is once
    out.checked_in_at = at;
    out.certificate = security::random_token();
    if (auto ok = store.update_registration(out); !ok) return ok;
    return store.append_audit(audit(who, "event.checked_in", target_of(id), "user:" + std::to_string(out.user.value()), at));
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<exports::Table> EventService::attendance(const Principal& who, EventId id) {
  auto regs = registrations(who, id);
  if (!regs) return std::unexpected(regs.error());
  exports::Table t{"attendance", {"name", "organisation", "country", "organisation_type", "checked_in_at"}, {}};
  for (const auto& r : *regs)
    if (r.checked_in_at)
      t.rows.push_back({r.name, r.organisation, r.country, r.organisation_type, text::utc_timestamp(r.checked_in_at)});
  return t;
}

Result<Certificate> EventService::certificate(const std::string& token) {
  if (token.size() < 20) return not_found();
  std::optional<Certificate> out;
  auto read = repository_.read([&](EventStore& store) -> Status {
    auto r = store.registration_by_certificate(token);
    if (!r) return std::unexpected(r.error());
    if (!*r || !(*r)->checked_in_at || (*r)->status != RegistrationStatus::confirmed) return not_found();
    auto e = store.event((*r)->event);
    if (!e) return std::unexpected(e.error());
    if (!*e) return not_found();
    (*e)->online_link.clear();
    out = Certificate{(*r)->name, (*r)->organisation, std::move(**e), (*r)->checked_in_at};
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return std::move(*out);
}

Result<std::size_t> EventService::forget_needs() {
  const Seconds at = now();
  std::size_t n = 0;
  auto done = repository_.transaction([&](EventStore& store) -> Status {
    auto forgotten = store.forget_needs(at);
    if (!forgotten) return std::unexpected(forgotten.error());
    n = *forgotten;
    if (n == 0) return {};
    return store.append_audit(accounts::AuditRecord{std::nullopt, "system", "event.needs_forgotten", "events",
                                                    std::to_string(n) + " registrations", "", at});
  });
  if (!done) return std::unexpected(done.error());
  return n;
}

Result<std::string> EventService::renew_calendar(const Principal& who) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  std::string secret = security::random_token();
  const Seconds at = now();
  auto done = repository_.transaction([&](EventStore& store) -> Status {
    if (auto ok = store.set_calendar_digest(*who.user, security::token_digest(secret), at); !ok) return ok;
    return store.append_audit(audit(who, "event.calendar_renewed", "user:" + std::to_string(who.user->value()), "", at));
  });
  if (!done) return std::unexpected(done.error());
  return secret;
}

Result<bool> EventService::has_calendar(const Principal& who) {
  if (!who.user) return false;
  bool has = false;
  auto read = repository_.read([&](EventStore& store) -> Status {
    auto h = store.has_calendar(*who.user);
    if (!h) return std::unexpected(h.error());
    has = *h;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return has;
}

Status EventService::revoke_calendar(const Principal& who) {
  if (auto ok = require_writer(who); !ok) return ok;
  const Seconds at = now();
  return repository_.transaction([&](EventStore& store) -> Status {
    if (auto ok = store.remove_calendar_digest(*who.user); !ok) return ok;
    return store.append_audit(audit(who, "event.calendar_revoked", "user:" + std::to_string(who.user->value()), "", at));
  });
}

Result<std::vector<Event>> EventService::registered(const accounts::Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  std::vector<Event> out;
  auto read = repository_.read([&](EventStore& store) -> Status {
    auto events = store.events_of(*who.user);
    if (!events) return std::unexpected(events.error());
    out = std::move(*events);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  const Seconds at = now();
  std::erase_if(out, [&](const Event& e) { return e.ended(at); });
  std::stable_sort(out.begin(), out.end(), [](const Event& a, const Event& b) { return a.starts_at < b.starts_at; });
  return out;
}

Result<std::vector<Event>> EventService::calendar(const std::string& secret) {
  if (secret.size() < 20) return not_found();
  std::vector<Event> out;
  auto read = repository_.read([&](EventStore& store) -> Status {
    auto owner = store.calendar_owner(security::token_digest(secret));
    if (!owner) return std::unexpected(owner.error());
    if (!*owner) return not_found();
    auto events = store.events_of(**owner);
    if (!events) return std::unexpected(events.error());
    out = std::move(*events);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

}  // namespace cps::events
