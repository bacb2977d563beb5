// What events need from storage: small operations on one open transaction, composed by the
// service so that a change and its audit line are written together or not at all.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "domain/events/events.hpp"

namespace cps::events {

class EventStore {
 public:
  virtual ~EventStore() = default;
  virtual Result<EventId> insert_event(const Event& event) = 0;
  virtual Result<std::optional<Event>> event(EventId id) = 0;
  // Every event, by start.
  virtual Result<std::vector<Event>> events() = 0;
  // Writes the event as revision expected_revision + 1 when the stored one is still at
  // expected_revision; false (nothing written) when somebody changed it in between.
  virtual Result<bool> update_event(const Event& event, int expected_revision) = 0;
  // Holds the event's row until the transaction ends, so that two registrations for the same
  // event are decided one after the other (a row lock on PostgreSQL; SQLite's write lock is
  // taken at the start of every transaction). False when there is no such event.
  virtual Result<bool> lock_event(EventId id) = 0;

  // In the order of registration (the waiting list's order).
  virtual Result<std::vector<Registration>> registrations(EventId event) = 0;
  virtual Result<std::optional<Registration>> registration(EventId event, accounts::UserId user) = 0;
  virtual Result<std::optional<Registration>> registration_by_certificate(const std::string& token) = 0;
  virtual Result<RegistrationId> insert_registration(const Registration& registration) = 0;
  // Status, needs, registration time, check-in and certificate.
  virtual Status update_registration(const Registration& registration) = 0;
  // Empties the needs of registrations for events that ended before `ended_before`; how many.
  virtual Result<std::size_t> forget_needs(Seconds ended_before) = 0;
  // The events the person holds or waits for a place at.
  virtual Result<std::vector<Event>> events_of(accounts::UserId user) = 0;
  // Notes that the registration got the reminder sent `lead` seconds before its event; false
  // (nothing written) when it had that reminder already, so that each goes out once.
  virtual Result<bool> mark_reminded(RegistrationId registration, Seconds lead, Seconds at) = 0;

  // A person's calendar feed: the digest of its secret address.
  virtual Status set_calendar_digest(accounts::UserId user, const std::string& digest, Seconds at) = 0;
  virtual Status remove_calendar_digest(accounts::UserId user) = 0;
  virtual Result<bool> has_calendar(accounts::UserId user) = 0;
  virtual Result<std::optional<accounts::UserId>> calendar_owner(const std::string& digest) = 0;

  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class EventRepository {
 public:
  virtual ~EventRepository() = default;
  virtual Status transaction(const std::function<Status(EventStore&)>& work) = 0;
  virtual Status read(const std::function<Status(EventStore&)>& work) = 0;
};

}  // namespace cps::events
