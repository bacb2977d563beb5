// An in-memory MonitoringRepository for unit tests: the port's contract kept in maps (unique
// activity codes, one report per partner and period, revisions, upserts by key, names filled
// when read), with transactions that commit or roll back as a database's do. Test-only code.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/monitoring/monitoring_repository.hpp"

namespace cps::monitoring {

class FakeMonitoringRepository final : public MonitoringRepository {
 public:
  // Everything the store holds; a transaction works on a copy and keeps it when it succeeds.
  struct State {
    std::vector<ReportingPeriod> periods;
    std::map<std::int64_t, Activity> activities;
    std::map<std::int64_t, ProgressReport> reports;
    std::vector<PlannedAmount> planned;
    std::vector<ExchangeRate> rates;
    std::map<std::int64_t, Spending> spending;
    std::vector<IndicatorTarget> targets;
    Baseline baseline;
    std::map<std::int64_t, PlanChange> changes;
    std::map<std::string, Seconds> reminders;
    std::vector<accounts::AuditRecord> audit;  // oldest first
    std::int64_t last_id = 0;                  // one sequence for every kind of row
    // The organisations' names, as storage joins them in when it reads.
    std::map<std::int64_t, std::string> organisation_names;
    // When set, writing an audit line fails with it (a database failing at the last step).
    std::optional<Error> audit_failure;
  };

  Status transaction(const std::function<Status(MonitoringStore&)>& work) override;
  // Reads see the committed state; a write attempted in a read is not kept.
  Status read(const std::function<Status(MonitoringStore&)>& work) override;

  const State& state() const { return state_; }
  State& state() { return state_; }
  // The audit actions recorded, oldest first.
  std::vector<std::string> audit_actions() const;

 private:
  State state_;
};

}  // namespace cps::monitoring
