// Events, their editing and a study visit's report (see event_service.hpp); registrations,
// attendance and calendars are in registrations.cpp.
#include "domain/events/event_service.hpp"

#include <algorithm>
#include <chrono>

#include "domain/accounts/policy.hpp"
#include "domain/events/service_parts.hpp"
#include "i18n/catalogue.hpp"

namespace cps::events {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

EventService::EventService(EventRepository& repository, EventSurroundings& surroundings, Clock clock)
    : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

Seconds EventService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool EventService::manages(const Principal& who, const Event& e) const {
  if (require_writer(who).has_value() == false) return false;
  return accounts::allowed(who, Action::manage_event, accounts::Target{.organisation = e.host});
}

bool EventService::reports(const Principal& who, const Event& e) const {
  if (require_writer(who).has_value() == false) return false;
  return accounts::allowed(who, Action::write_visit_report, accounts::Target{.organisation = e.host});
}

bool EventService::organises(const Principal& who) const {
  return require_writer(who).has_value() &&
         accounts::allowed(who, Action::manage_event, accounts::Target{.organisation = who.organisation});
}

Capabilities EventService::capabilities(const Principal& who, const Event& e,
                                        const std::optional<Registration>& mine) const {
  Capabilities can;
  const Seconds at = now();
  can.manage = manages(who, e);
  bool may_register = require_writer(who).has_value() &&
                      accounts::allowed(who, Action::register_for_event, accounts::Target{.user = who.user});
  can.register_ = may_register && !mine && e.registration_open(at);
  can.cancel = may_register && mine.has_value() && mine->status != RegistrationStatus::declined && at < e.starts_at;
  can.report = e.kind == EventKind::study_visit && e.ended(at) && reports(who, e);
  return can;
}

Result<Event> EventService::load(EventId id) {
  std::optional<Event> found;
  auto read = repository_.read([&](EventStore& store) -> Status {
    auto e = store.event(id);
    if (!e) return std::unexpected(e.error());
    found = std::move(*e);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (!found) return not_found();
  return std::move(*found);
}

Result<std::vector<Event>> EventService::list(const ListFilter& filter) {
  std::vector<Event> all;
  auto read = repository_.read([&](EventStore& store) -> Status {
    auto e = store.events();
    if (!e) return std::unexpected(e.error());
    all = std::move(*e);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  const Seconds at = now();
  std::vector<Event> out;
  for (auto& e : all) {
    if ((filter.when == When::upcoming) == e.ended(at)) continue;
    if (filter.kind && e.kind != *filter.kind) continue;
    if (filter.area && std::find(e.areas.begin(), e.areas.end(), *filter.area) == e.areas.end()) continue;
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [&](const Event& a, const Event& b) {
    if (a.starts_at != b.starts_at) return filter.when == When::upcoming ? a.starts_at < b.starts_at : a.starts_at > b.starts_at;
    return a.id.value() < b.id.value();
  });
  return out;
}

Result<EventView> EventService::event(const Principal& who, EventId id) {
  EventView v;
  std::optional<Event> found;
  auto read = repository_.read([&](EventStore& store) -> Status {
    auto e = store.event(id);
    if (!e) return std::unexpected(e.error());
    if (!*e) return not_found();
    found = std::move(**e);
    auto regs = store.registrations(id);
    if (!regs) return std::unexpected(regs.error());
    for (const auto& r : *regs) {
      if (r.status == RegistrationStatus::confirmed) ++v.confirmed;
      if (r.status == RegistrationStatus::waitlisted) ++v.waitlisted;
      if (r.status == RegistrationStatus::pending) ++v.pending;
      if (who.user && r.user == *who.user && r.status != RegistrationStatus::cancelled) {
        v.mine = r;
        if (r.status == RegistrationStatus::waitlisted) v.position = v.waitlisted;
      }
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  v.event = std::move(*found);
  v.can = capabilities(who, v.event, v.mine);
  v.show_link = v.can.manage || (v.mine && v.mine->status == RegistrationStatus::confirmed);
  if (!v.show_link) v.event.online_link.clear();
  return v;
}

Result<Event> EventService::fill(const Principal& who, Event e, EventInput in) {
  if (in.host) {
    auto name = surroundings_.organisation_name(*in.host);
    if (!name) return std::unexpected(name.error());
    if (!*name) return fail(ErrorKind::invalid, N_("Choose the host organisation from the list."), "host");
    e.host_name = **name;
  } else {
    e.host_name.clear();
  }
  // A partner's staff organise the events their own organisation hosts, and only those.
  if (!accounts::allowed(who, Action::manage_event, accounts::Target{.organisation = in.host}))
    return fail(ErrorKind::forbidden, N_("You may organise only events your organisation hosts."), "host");
  e.kind = in.kind;
  e.title = std::move(in.title);
  e.description = std::move(in.description);
  e.starts_at = in.starts_at;
  e.ends_at = in.ends_at;
  e.zone = std::move(in.zone);
  e.place = std::move(in.place);
  e.address = std::move(in.address);
  e.online_link = std::move(in.online_link);
  e.host = in.host;
  e.areas = std::move(in.areas);
  e.regions = std::move(in.regions);
  e.agenda = std::move(in.agenda);
  e.capacity = in.capacity;
  e.quotas = in.quotas;
  e.allocation = in.allocation;
  e.registration_closes_at = in.registration_closes_at;
  e.materials = std::move(in.materials);
  return e;
}

Result<Event> EventService::create(const Principal& who, EventInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  if (!organises(who) && !accounts::allowed(who, Action::manage_event, accounts::Target{.organisation = input.host}))
    return fail(ErrorKind::forbidden, "You may not do this.");
  auto filled = fill(who, Event{}, std::move(input));
  if (!filled) return filled;
  Event e = std::move(*filled);
  e.created_by = who.user;
  e.created_at = e.updated_at = now();
  auto done = repository_.transaction([&](EventStore& store) -> Status {
    auto id = store.insert_event(e);
    if (!id) return std::unexpected(id.error());
    e.id = *id;
    return store.append_audit(audit(who, "event.created", target_of(e.id), std::string(to_string(e.kind)) + " " + e.title,
                                    e.created_at));
  });
  if (!done) return std::unexpected(done.error());
  return e;
}

Result<Event> EventService::update(const Principal& who, EventId id, int revision, EventInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  auto current = load(id);
  if (!current) return current;
  if (!manages(who, *current)) return fail(ErrorKind::forbidden, "You may not do this.");
  auto filled = fill(who, *current, std::move(input));
  if (!filled) return filled;
  Event e = std::move(*filled);
  e.updated_at = now();
  auto done = repository_.transaction([&](EventStore& store) -> Status {
    auto written = store.update_event(e, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written) return stale();
    e.revision = revision + 1;
    return store.append_audit(audit(who, "event.updated", target_of(e.id), e.title, e.updated_at));
  });
  if (!done) return std::unexpected(done.error());
  return e;
}

Result<Event> EventService::write_report(const Principal& who, EventId id, int revision, VisitReport report) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  auto current = load(id);
  if (!current) return current;
  if (!reports(who, *current)) return fail(ErrorKind::forbidden, "You may not do this.");
  if (current->kind != EventKind::study_visit)
    return fail(ErrorKind::unprocessable, N_("Only a study visit has a report."), "kind");
  if (!current->ended(now()))
    return fail(ErrorKind::conflict, N_("The report is written once the visit is over."), "status");
  Event e = std::move(*current);
  // Lessons already turned into knowledge items keep their place: the report may grow, not
  // reorder what the items point back to.
  for (const auto& li : e.lesson_items)
    if (li.lesson >= report.lessons.size() || !e.report || li.lesson >= e.report->lessons.size() ||
        report.lessons[li.lesson] != e.report->lessons[li.lesson])
      return fail(ErrorKind::conflict,
                  N_("A lesson that became a knowledge item cannot be changed or moved; add new lessons below."),
                  "lessons");
  report.written_at = now();
  report.written_by = who.display_name;
  e.report = std::move(report);
  e.updated_at = e.report->written_at;
  auto done = repository_.transaction([&](EventStore& store) -> Status {
    auto written = store.update_event(e, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written) return stale();
    e.revision = revision + 1;
    return store.append_audit(audit(who, "event.report_written", target_of(e.id),
                                    std::to_string(e.report->lessons.size()) + " lessons", e.updated_at));
  });
  if (!done) return std::unexpected(done.error());
  return e;
}

Result<std::int64_t> EventService::draft_from_lesson(const Principal& who, EventId id, std::size_t lesson) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  auto current = load(id);
  if (!current) return std::unexpected(current.error());
  if (!reports(who, *current)) return fail(ErrorKind::forbidden, "You may not do this.");
  if (!current->report || lesson >= current->report->lessons.size())
    return fail(ErrorKind::not_found, N_("The report has no such lesson."), "lesson");
  for (const auto& li : current->lesson_items)
    if (li.lesson == lesson)
      return fail(ErrorKind::conflict, N_("This lesson is a knowledge item already."), "lesson");
  const VisitReport& r = *current->report;
  LessonDraft d;
  d.areas = current->areas;
  d.regions = current->regions;
  const std::string& text = r.lessons[lesson];
  d.title = text.size() <= kTitleLength ? text : text.substr(0, kTitleLength);
  d.summary = text;
  d.body = r.seen + "\n\n" + "Study visit: " + current->title + " (event " + std::to_string(id.value()) + ")";
  d.lessons = text;
  d.transferability = r.transfer + (r.audience.empty() ? "" : "\n\n" + r.audience);
  auto item = surroundings_.draft_lesson(who, d);
  if (!item) return std::unexpected(item.error());
  const int revision = current->revision;
  Event e = std::move(*current);
  e.lesson_items.push_back(LessonItem{lesson, *item});
  e.updated_at = now();
  auto done = repository_.transaction([&](EventStore& store) -> Status {
    auto written = store.update_event(e, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written) return stale();
    return store.append_audit(audit(who, "event.lesson_drafted", target_of(e.id),
                                    "lesson " + std::to_string(lesson + 1) + " item:" + std::to_string(*item),
                                    e.updated_at));
  });
  if (!done) return std::unexpected(done.error());
  return *item;
}

std::string_view to_string(When w) { return name_of(w, kWhenNames); }

}  // namespace cps::events
