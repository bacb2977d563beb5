// The partnership's monitoring in either database: reporting periods, the work plan's
// activities, progress reports, planned amounts, exchange rates, spending, the baseline and its
// modification requests, project indicator targets and the reminders sent; every change written
// in the transaction of the service's step, together with its audit line.
#pragma once

#include "domain/monitoring/monitoring_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class MonitoringRepositorySql final : public monitoring::MonitoringRepository {
 public:
  explicit MonitoringRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since monitoring shows on pages.
  Status transaction(const std::function<Status(monitoring::MonitoringStore&)>& work) override;
  Status read(const std::function<Status(monitoring::MonitoringStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
