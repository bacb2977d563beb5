// In-memory event storage and surroundings for the event service's tests, honest to the
// ports' contracts (optimistic revisions, all-or-nothing transactions, registrations in order);
// the surroundings keep the mails queued and the drafts written. Test-only code.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "domain/events/event_repository.hpp"
#include "domain/events/surroundings.hpp"

namespace cps::events {

class FakeEventRepository final : public EventRepository, private EventStore {
 public:
  std::vector<accounts::AuditRecord> audit;

  Status transaction(const std::function<Status(EventStore&)>& work) override {
    auto saved = std::tuple{events_, registrations_, calendars_, reminded_, audit, next_};
    auto done = work(*this);
    if (!done) std::tie(events_, registrations_, calendars_, reminded_, audit, next_) = saved;
    return done;
  }
  Status read(const std::function<Status(EventStore&)>& work) override { return work(*this); }
  std::size_t registration_count() const { return registrations_.size(); }
  const std::map<std::int64_t, Registration>& stored_registrations() const { return registrations_; }

 private:
  Result<EventId> insert_event(const Event& e) override {
    Event kept = e;
    kept.id = EventId(next_++);
    kept.revision = 1;
    events_[kept.id.value()] = kept;
    return kept.id;
  }
  Result<std::optional<Event>> event(EventId id) override {
    auto it = events_.find(id.value());
    if (it == events_.end()) return std::optional<Event>();
    return std::optional<Event>(it->second);
  }
  Result<std::vector<Event>> events() override {
    std::vector<Event> out;
    for (const auto& [id, e] : events_) out.push_back(e);
    std::sort(out.begin(), out.end(), [](const Event& a, const Event& b) { return a.starts_at < b.starts_at; });
    return out;
  }
  Result<bool> update_event(const Event& e, int expected_revision) override {
    auto it = events_.find(e.id.value());
    if (it == events_.end() || it->second.revision != expected_revision) return false;
    it->second = e;
    it->second.revision = expected_revision + 1;
    return true;
  }
  Result<bool> lock_event(EventId id) override { return events_.count(id.value()) > 0; }
  Result<std::vector<Registration>> registrations(EventId event) override {
    std::vector<Registration> out;
    for (const auto& [id, r] : registrations_)
      if (r.event == event) out.push_back(r);
    std::stable_sort(out.begin(), out.end(), [](const Registration& a, const Registration& b) {
      return a.registered_at != b.registered_at ? a.registered_at < b.registered_at : a.id.value() < b.id.value();
    });
    return out;
  }
  Result<std::optional<Registration>> registration(EventId event, accounts::UserId user) override {
    for (const auto& [id, r] : registrations_)
      if (r.event == event && r.user == user) return std::optional<Registration>(r);
    return std::optional<Registration>();
  }
  Result<std::optional<Registration>> registration_by_certificate(const std::string& token) override {
    for (const auto& [id, r] : registrations_)
      if (!r.certificate.empty() && r.certificate == token) return std::optional<Registration>(r);
    return std::optional<Registration>();
  }
  Result<RegistrationId> insert_registration(const Registration& r) override {
    for (const auto& [id, other] : registrations_)
      if (other.event == r.event && other.user == r.user)
        return fail(ErrorKind::conflict, "You are registered for this event already.");
    Registration kept = r;
    kept.id = RegistrationId(next_++);
    registrations_[kept.id.value()] = kept;
    return kept.id;
  }
  Status update_registration(const Registration& r) override {
    registrations_[r.id.value()] = r;
    return {};
  }
  Result<std::size_t> forget_needs(Seconds ended_before) override {
    std::size_t n = 0;
    for (auto& [id, r] : registrations_) {
      auto e = events_.find(r.event.value());
      if (e != events_.end() && e->second.ends_at < ended_before && !r.needs.empty()) {
        r.needs.clear();
        ++n;
      }
    }
    return n;
  }
  Result<std::vector<Event>> events_of(accounts::UserId user) override {
    std::vector<Event> out;
    for (const auto& [id, r] : registrations_)
      if (r.user == user && r.status != RegistrationStatus::cancelled && r.status != RegistrationStatus::declined)
        out.push_back(events_.at(r.event.value()));
    return out;
  }
  Result<bool> mark_reminded(RegistrationId registration, Seconds lead, Seconds) override {
    return reminded_.emplace(registration.value(), lead).second;
  }
  Status set_calendar_digest(accounts::UserId user, const std::string& digest, Seconds) override {
    calendars_[user.value()] = digest;
    return {};
  }
  Status remove_calendar_digest(accounts::UserId user) override {
    calendars_.erase(user.value());
    return {};
  }
  Result<bool> has_calendar(accounts::UserId user) override { return calendars_.count(user.value()) > 0; }
  Result<std::optional<accounts::UserId>> calendar_owner(const std::string& digest) override {
    for (const auto& [user, d] : calendars_)
      if (d == digest) return std::optional<accounts::UserId>(accounts::UserId(user));
    return std::optional<accounts::UserId>();
  }
  Status append_audit(const accounts::AuditRecord& record) override {
    audit.push_back(record);
    return {};
  }

  std::map<std::int64_t, Event> events_;
  std::map<std::int64_t, Registration> registrations_;
  std::map<std::int64_t, std::string> calendars_;
  std::set<std::pair<std::int64_t, Seconds>> reminded_;
  std::int64_t next_ = 1;
};

class FakeEventSurroundings final : public EventSurroundings {
 public:
  std::vector<Person> people;
  std::vector<std::pair<std::string, MailText>> mails;  // to whose address, what
  std::vector<LessonDraft> drafts;

  Result<std::optional<Person>> person(accounts::UserId id) override {
    for (const auto& p : people)
      if (p.id == id) return std::optional<Person>(p);
    return std::optional<Person>();
  }
  Result<std::optional<std::string>> organisation_name(accounts::OrganisationId id) override {
    if (id.value() == 7) return std::optional<std::string>("Host cluster");
    return std::optional<std::string>();
  }
  Result<std::int64_t> draft_lesson(const accounts::Principal&, const LessonDraft& draft) override {
    drafts.push_back(draft);
    return std::int64_t(1000 + drafts.size());
  }
  Status queue_mail(const Person& to, const MailText& text) override {
    mails.emplace_back(to.email, text);
    return {};
  }
};

}  // namespace cps::events
