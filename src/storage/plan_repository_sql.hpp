// The joint plans in either database; every change written in the transaction of the service's
// step, together with its audit line.
#pragma once

#include "domain/plans/plan_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class PlanRepositorySql final : public plans::PlanRepository {
 public:
  explicit PlanRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since plans show on pages.
  Status transaction(const std::function<Status(plans::PlanStore&)>& work) override;
  Status read(const std::function<Status(plans::PlanStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
