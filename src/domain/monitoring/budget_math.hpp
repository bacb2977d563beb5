// Absorption of the budget — spent against planned, per partner, cost category and period —
// and the warnings when spending runs ahead of the plan or far behind it. Pure functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/monitoring/monitoring.hpp"

namespace cps::monitoring {

// The euro value of an entry: its fixed amount once fixed, else provisional at the rate of the
// month it was paid in (nullopt when that rate is not known yet).
std::optional<Cents> euro_of(const Spending& spending, const std::vector<ExchangeRate>& rates);
// amount / per_euro, rounded half away from zero to the cent.
Cents to_euro(Cents amount, double per_euro);
// The rate of the currency in the month (EUR: 1), nullopt when not entered.
std::optional<double> rate_for(const CurrencyCode& currency, const std::string& month,
                               const std::vector<ExchangeRate>& rates);

struct Absorption {
  Cents planned;
  Cents spent;     // euro, ineligible entries left out
  Cents verified;  // the verified part
  std::optional<double> rate;  // spent / planned; nullopt when nothing is planned
  std::size_t unpriced = 0;    // entries without a known rate (not in `spent`)
};

// Spending that runs more than 10 % ahead of the plan up to the current period, or below half
// of it, is flagged: ahead risks over-spending a cost category, behind risks losing funds.
inline constexpr double kAheadAbove = 1.10;
inline constexpr double kBehindBelow = 0.50;
enum class Pace { on_plan, ahead, behind, no_plan };
inline constexpr EnumName<Pace> kPaceNames[] = {
    {Pace::on_plan, "on_plan"}, {Pace::ahead, "ahead"}, {Pace::behind, "behind"}, {Pace::no_plan, "no_plan"}};
static_assert(names_each_value_once(kPaceNames));
Pace pace_of(const Absorption& cumulative);

struct BudgetRow {
  std::string key;  // partner id as digits, category name, or period number
  std::string label;
  Absorption absorption;
  Absorption cumulative;  // up to and including the current period (for the pace)
  Pace pace = Pace::no_plan;
};

struct BudgetOverview {
  std::optional<int> current_period;  // the period today falls in
  Absorption total;
  std::vector<BudgetRow> by_partner;
  std::vector<BudgetRow> by_category;
  std::vector<BudgetRow> by_period;
  // Partner × category cells for the table and the chart.
  struct Cell {
    accounts::OrganisationId partner;
    CostCategory category = CostCategory::staff;
    Absorption absorption;
  };
  std::vector<Cell> cells;
};

// today: YYYY-MM-DD. Partner labels from the planned amounts' and entries' partner names.
BudgetOverview budget_overview(const std::vector<PlannedAmount>& planned, const std::vector<Spending>& spending,
                               const std::vector<ExchangeRate>& rates, const std::vector<ReportingPeriod>& periods,
                               const std::string& today);

// The traffic light of an activity on `today`: done → green; cancelled → grey; delayed, or due
// before today and not done → red; at risk → amber; not started before its first period →
// grey; otherwise green.
Light light_of(const Activity& activity, const std::vector<ReportingPeriod>& periods, const std::string& today);

}  // namespace cps::monitoring
