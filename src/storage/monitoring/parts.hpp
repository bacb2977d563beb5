// The pieces the monitoring repository's files share (storage/monitoring/*.cpp): the store on
// one open transaction, whose operations each file implements for one part of the model, and
// the readers and binders of stored values.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "domain/monitoring/monitoring_repository.hpp"
#include "storage/database.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage::monitoring_sql {

using namespace cps::monitoring;
using ll = long long;

// rows.cpp: stored values read back.
[[noreturn]] void damaged(std::string_view what, std::string_view value);
// An organisation's name as the pages show it: English, else its first name, else its slug.
// `id_column` is the SQL expression of the organisation's id.
std::string organisation_name_sql(std::string_view id_column);

// The stored name of an enum value.
template <class E, std::size_t N>
std::string name(E value, const EnumName<E> (&names)[N]) {
  return std::string(name_of(value, names));
}

// A stored name read back; a name the table lacks is a damaged row (CHECK constraints keep
// them out), so it throws.
template <class E, std::size_t N>
E value_of(const std::string& text, const EnumName<E> (&names)[N], std::string_view what) {
  auto v = parse_name(text, names);
  if (!v) damaged(what, text);
  return *v;
}

// A value that may be NULL, bound with its indicator; both must outlive the statement.
template <class T>
struct Nullable {
  T value{};
  soci::indicator indicator = soci::i_null;
  Nullable() = default;
  explicit Nullable(const std::optional<T>& v) : value(v.value_or(T{})), indicator(v ? soci::i_ok : soci::i_null) {}
};

// Ids per IN list: far below the parameter limits of both databases.
inline constexpr std::size_t kChunk = 500;

template <class Fn>
void for_each_chunk(const std::vector<ll>& ids, Fn fn) {
  for (std::size_t start = 0; start < ids.size(); start += kChunk) {
    std::vector<ll> chunk(ids.begin() + long(start), ids.begin() + long(std::min(ids.size(), start + kChunk)));
    fn(chunk);
  }
}

class Store final : public MonitoringStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  // periods.cpp
  Result<std::vector<ReportingPeriod>> periods() override;
  Status replace_periods(const std::vector<ReportingPeriod>& periods) override;

  // activities.cpp
  Result<std::vector<Activity>> activities() override;
  Result<std::optional<Activity>> activity(ActivityId id) override;
  Result<ActivityId> save_activity(const Activity& activity) override;
  Status delete_activity(ActivityId id) override;

  // reports.cpp
  Result<ReportId> insert_report(const ProgressReport& report) override;
  Result<std::optional<ProgressReport>> report(ReportId id) override;
  Result<std::vector<ProgressReport>> reports(const ReportFilter& filter) override;
  Result<bool> update_report(const ProgressReport& report, int expected_revision) override;

  // budgets.cpp
  Result<std::vector<PlannedAmount>> planned_amounts() override;
  Status save_planned_amounts(const std::vector<PlannedAmount>& amounts) override;
  Result<std::vector<ExchangeRate>> rates() override;
  Status save_rates(const std::vector<ExchangeRate>& rates) override;

  // spending.cpp
  Result<SpendingId> insert_spending(const Spending& spending) override;
  Result<std::optional<Spending>> spending(SpendingId id) override;
  Result<std::vector<Spending>> spendings(const SpendingFilter& filter) override;
  Status update_spending(const Spending& spending) override;
  Status delete_spending(SpendingId id) override;

  // changes.cpp: the baseline, its modification requests, targets, reminders and the audit line.
  Result<std::vector<IndicatorTarget>> targets() override;
  Status replace_targets(const std::vector<IndicatorTarget>& targets) override;
  Result<Baseline> baseline() override;
  Status save_baseline(const Baseline& baseline) override;
  Result<PlanChangeId> insert_plan_change(const PlanChange& change) override;
  Status update_plan_change(const PlanChange& change) override;
  Result<std::vector<PlanChange>> plan_changes() override;
  Result<bool> reminder_sent(const std::string& key) override;
  Status mark_reminder_sent(const std::string& key, Seconds at) override;
  Status append_audit(const accounts::AuditRecord& record) override;

 private:
  // What an activity holds beside its row, for each of `found` (keyed by id).
  void attach_activity_parts(std::map<ll, Activity*>& found);  // activities.cpp
  void write_activity_parts(ll id, const Activity& activity);   // activities.cpp
  // A report's activity lines and attachments.
  void attach_report_parts(std::map<ll, ProgressReport*>& found);  // reports.cpp
  void write_report_parts(ll id, const ProgressReport& report);    // reports.cpp

  soci::session& s_;
};

}  // namespace cps::storage::monitoring_sql
