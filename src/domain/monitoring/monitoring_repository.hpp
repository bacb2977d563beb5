// What monitoring needs from storage: small operations on one open transaction, composed by
// the service so that a change and its audit line are written together or not at all.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/monitoring/monitoring.hpp"

namespace cps::monitoring {

struct ReportFilter {
  std::optional<int> period = std::nullopt;
  std::optional<accounts::OrganisationId> partner = std::nullopt;
  std::vector<ReportStatus> statuses = {};  // empty: every status
};

struct SpendingFilter {
  std::optional<int> period = std::nullopt;
  std::optional<accounts::OrganisationId> partner = std::nullopt;
  std::optional<CostCategory> category = std::nullopt;
  std::optional<Verification> verification = std::nullopt;
};

class MonitoringStore {
 public:
  virtual ~MonitoringStore() = default;

  virtual Result<std::vector<ReportingPeriod>> periods() = 0;  // by number
  virtual Status replace_periods(const std::vector<ReportingPeriod>& periods) = 0;

  // Activities by phase then code, with responsible organisations (names filled).
  virtual Result<std::vector<Activity>> activities() = 0;
  virtual Result<std::optional<Activity>> activity(ActivityId id) = 0;
  // Inserts (id 0) or updates an activity with its texts, areas, responsible and periods.
  // Fails (conflict, field "code") when another activity has the code.
  virtual Result<ActivityId> save_activity(const Activity& activity) = 0;
  virtual Status delete_activity(ActivityId id) = 0;

  virtual Result<ReportId> insert_report(const ProgressReport& report) = 0;  // one per partner and period: conflict
  virtual Result<std::optional<ProgressReport>> report(ReportId id) = 0;     // with activity lines and attachments
  virtual Result<std::vector<ProgressReport>> reports(const ReportFilter& filter) = 0;  // with lines; by period, partner
  // Writes the report as revision expected_revision + 1 when the stored one is still at
  // expected_revision; false (nothing written) when somebody changed it in between.
  virtual Result<bool> update_report(const ProgressReport& report, int expected_revision) = 0;

  virtual Result<std::vector<PlannedAmount>> planned_amounts() = 0;
  // Inserts or replaces each amount by (partner, category, period).
  virtual Status save_planned_amounts(const std::vector<PlannedAmount>& amounts) = 0;

  virtual Result<std::vector<ExchangeRate>> rates() = 0;  // by currency, month
  virtual Status save_rates(const std::vector<ExchangeRate>& rates) = 0;  // inserts or replaces by (currency, month)

  virtual Result<SpendingId> insert_spending(const Spending& spending) = 0;
  virtual Result<std::optional<Spending>> spending(SpendingId id) = 0;
  virtual Result<std::vector<Spending>> spendings(const SpendingFilter& filter) = 0;  // by date
  virtual Status update_spending(const Spending& spending) = 0;
  virtual Status delete_spending(SpendingId id) = 0;

  virtual Result<std::vector<IndicatorTarget>> targets() = 0;
  virtual Status replace_targets(const std::vector<IndicatorTarget>& targets) = 0;

  virtual Result<Baseline> baseline() = 0;
  virtual Status save_baseline(const Baseline& baseline) = 0;
  virtual Result<PlanChangeId> insert_plan_change(const PlanChange& change) = 0;
  virtual Status update_plan_change(const PlanChange& change) = 0;
  virtual Result<std::vector<PlanChange>> plan_changes() = 0;  // newest first

  // Reminders sent, by key (e.g. "report:3:12:due-7"), so that each goes out once.
  virtual Result<bool> reminder_sent(const std::string& key) = 0;
  virtual Status mark_reminder_sent(const std::string& key, Seconds at) = 0;

  // The audit log is the accounts' one.
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class MonitoringRepository {
 public:
  virtual ~MonitoringRepository() = default;
  virtual Status transaction(const std::function<Status(MonitoringStore&)>& work) = 0;
  virtual Status read(const std::function<Status(MonitoringStore&)>& work) = 0;
};

}  // namespace cps::monitoring
