// Events, registrations and calendar feeds in either database; every change written in the
// transaction of the service's step, together with its audit line.
#pragma once

#include "domain/events/event_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class EventRepositorySql final : public events::EventRepository {
 public:
  explicit EventRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since events show on pages.
  Status transaction(const std::function<Status(events::EventStore&)>& work) override;
  Status read(const std::function<Status(events::EventStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
