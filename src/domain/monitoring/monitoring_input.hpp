// The input shapes of monitoring, each read in one place for the pages (their fields as this
// JSON shape), the API, the work plan file and the demo; and the rules on them. Readers fail
// (invalid) on a wrong shape; checks fail (unprocessable) on a broken rule; both name the
// field at fault.
#pragma once

#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/monitoring/monitoring.hpp"

namespace cps::monitoring {

// {periods: [{number, starts, ends, report_due}]}: numbers 1–6 once each, starts ≤ ends,
// report_due ≥ ends, no two periods overlapping ("Reporting periods 2 and 3 overlap.").
Result<std::vector<ReportingPeriod>> read_periods(const boost::json::value& value);
Status check_periods(const std::vector<ReportingPeriod>& periods);

// {code, kind, texts: [{language,title,description}], areas, phase, responsible: [ids],
// periods: [n], due, status, progress, status_note}: an English title, known areas and
// periods, a due date inside the last period it runs in (when periods are known).
struct ActivityInput {
  std::string code;
  ActivityKind kind = ActivityKind::activity;
  std::vector<ActivityText> texts;
  std::vector<AreaCode> areas;
  Phase phase = Phase::management;
  std::vector<accounts::OrganisationId> responsible;
  std::vector<int> periods;
  std::string due;
  ActivityStatus status = ActivityStatus::not_started;
  int progress = 0;
  std::string status_note;
};
Result<ActivityInput> read_activity(const boost::json::value& value);
Status check_activity(const ActivityInput& input, const std::vector<ReportingPeriod>& periods);

// {status, progress, status_note}: what a responsible partner or coordinator updates any time.
struct ActivityUpdate {
  ActivityStatus status = ActivityStatus::not_started;
  int progress = 0;
  std::string status_note;
};
Result<ActivityUpdate> read_activity_update(const boost::json::value& value);

// {period, activities_done, outputs, problems, next_steps, activities: [{activity, progress,
// note}]} — a partner's report as written.
struct ReportInput {
  int period = 0;
  std::string activities_done;
  std::string outputs;
  std::string problems;
  std::string next_steps;
  std::vector<ActivityProgress> activities;
};
Result<ReportInput> read_report(const boost::json::value& value);

// {partner, category, period, euro} (euro as a number with at most two decimals, ≥ 0).
Result<std::vector<PlannedAmount>> read_planned_amounts(const boost::json::value& value);

// {currency, month, per_euro}: a known currency, YYYY-MM, a rate > 0 (EUR: exactly 1).
Result<ExchangeRate> read_rate(const boost::json::value& value);
// Rates as a CSV/XLSX table: currency, month, per_euro (header row first).
Result<std::vector<ExchangeRate>> read_rates_table(const std::vector<std::vector<std::string>>& rows);

// {partner, category, period, date, description, amount, currency, vat, invoice_number,
// invoice_date, payment_date, procurement_reference, cofinancing, document}. Rules: amount
// > 0 ("Spending cannot be negative or zero." for ≤ 0), 0 ≤ vat ≤ amount, a known currency,
// dates that exist, invoice date ≤ payment date, a description.
struct SpendingInput {
  std::optional<accounts::OrganisationId> partner;  // the writer's organisation when absent
  CostCategory category = CostCategory::staff;
  int period = 0;
  std::string date;
  std::string description;
  Cents amount;
  CurrencyCode currency{"EUR"};
  Cents vat;
  std::string invoice_number;
  std::string invoice_date;
  std::string payment_date;
  std::string procurement_reference;
  std::string cofinancing;
  std::string document;
};
Result<SpendingInput> read_spending(const boost::json::value& value);
Status check_spending(const SpendingInput& input);

// {verification, verified_euro, controller_note}: ineligible needs a note; verified_euro ≤
// the entry's euro amount.
struct VerificationInput {
  Verification verification = Verification::verified;
  std::optional<Cents> verified_euro;
  std::string note;
};
Result<VerificationInput> read_verification(const boost::json::value& value);

// {part, reason, activities: [{activity, due, periods}], amounts: [{partner, category,
// period, euro}]}: a reason and at least one change of the part named.
Result<PlanChange> read_plan_change(const boost::json::value& value);

// {targets: [{measured, target, programme_code}]}
Result<std::vector<IndicatorTarget>> read_targets(const boost::json::value& value);

// An amount typed by a person or a file: "1234.5", "1 234,50" → 123450 cents. nullopt when
// it is not a number with at most two decimals.
std::optional<Cents> parse_amount(std::string_view text);
std::string format_amount(Cents amount);  // 123450 → "1234.50"

// A calendar date YYYY-MM-DD that exists; a month YYYY-MM.
bool is_date(const std::string& text);
bool is_month(const std::string& text);

}  // namespace cps::monitoring
