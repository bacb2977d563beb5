// Pilots in either database: a pilot with its texts, organisations, regions, areas, transfers
// and need, its logframe, indicators with values per reporting period, milestones, risks,
// evaluations and modification requests; every change written in the transaction of the
// service's step, together with its audit line.
#pragma once

#include "domain/pilot/pilot_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class PilotRepositorySql final : public pilot::PilotRepository {
 public:
  explicit PilotRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since pilots show on pages.
  Status transaction(const std::function<Status(pilot::PilotStore&)>& work) override;
  Status read(const std::function<Status(pilot::PilotStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
