// Absorption of the budget, pace warnings and the matrix's traffic lights (see
// budget_math.hpp).
#include "domain/monitoring/budget_math.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace cps::monitoring {

namespace {

struct Sums {
  Absorption absorption;
  void add_planned(Cents euro) { absorption.planned.value += euro.value; }
  void add_spending(const Spending& s, const std::optional<Cents>& euro) {
    if (s.verification == Verification::ineligible) return;
    if (!euro) {
      ++absorption.unpriced;
      return;
    }
    absorption.spent.value += euro->value;
    if (s.verification == Verification::verified) absorption.verified.value += s.verified_euro.value_or(*euro).value;
  }
  Absorption done() const {
    Absorption a = absorption;
    if (a.planned.value > 0) a.rate = double(a.spent.value) / double(a.planned.value);
    return a;
  }
};

std::optional<int> period_on(const std::vector<ReportingPeriod>& periods, const std::string& day) {
  for (const auto& p : periods)
    if (p.starts <= day && day <= p.ends) return p.number;
  return std::nullopt;
}

// The last period whose spending counts for the pace: the current one, every one when the
// project has ended, none before it starts.
int pace_until(const std::vector<ReportingPeriod>& periods, const std::string& today) {
  if (auto current = period_on(periods, today)) return *current;
  int last = 0;
  for (const auto& p : periods)
    if (p.ends < today) last = std::max(last, p.number);
  return last;
}

BudgetRow row_of(std::string key, std::string label, const Sums& all, const Sums& cumulative) {
  BudgetRow row;
  row.key = std::move(key);
  row.label = std::move(label);
  row.absorption = all.done();
  row.cumulative = cumulative.done();
  row.pace = pace_of(row.cumulative);
  return row;
}

}  // namespace

std::optional<double> rate_for(const CurrencyCode& currency, const std::string& month,
                               const std::vector<ExchangeRate>& rates) {
  if (currency.str() == "EUR") return 1.0;
  for (const auto& r : rates)
    if (r.currency == currency && r.month == month && r.per_euro > 0) return r.per_euro;
  return std::nullopt;
}

Cents to_euro(Cents amount, double per_euro) {
  if (!(per_euro > 0)) return Cents{0};
  long double euro = static_cast<long double>(amount.value) / static_cast<long double>(per_euro);
  return Cents{static_cast<std::int64_t>(std::llround(euro))};
}

std::optional<Cents> euro_of(const Spending& spending, const std::vector<ExchangeRate>& rates) {
  if (spending.euro) return spending.euro;
  if (spending.date.size() < 7) return std::nullopt;
  auto rate = rate_for(spending.currency, spending.date.substr(0, 7), rates);
  if (!rate) return std::nullopt;
  return to_euro(spending.amount, *rate);
}

Pace pace_of(const Absorption& cumulative) {
  if (!cumulative.rate) return Pace::no_plan;
  if (*cumulative.rate > kAheadAbove) return Pace::ahead;
  if (*cumulative.rate < kBehindBelow) return Pace::behind;
  return Pace::on_plan;
}

BudgetOverview budget_overview(const std::vector<PlannedAmount>& planned, const std::vector<Spending>& spending,
                               const std::vector<ExchangeRate>& rates, const std::vector<ReportingPeriod>& periods,
                               const std::string& today) {
  BudgetOverview out;
  out.current_period = period_on(periods, today);
  int until = pace_until(periods, today);

  Sums total;
  std::map<std::int64_t, std::pair<Sums, Sums>> partners;  // all, cumulative
  std::map<CostCategory, std::pair<Sums, Sums>> categories;
  std::map<int, std::pair<Sums, Sums>> by_period;
  std::map<std::pair<std::int64_t, CostCategory>, Sums> cells;
  std::map<std::int64_t, std::string> partner_names;
  for (const auto& p : periods) by_period[p.number];

  for (const auto& a : planned) {
    bool counts = a.period <= until;
    total.add_planned(a.euro);
    for (auto* sums : {&partners[a.partner.value()], &categories[a.category], &by_period[a.period]}) {
      sums->first.add_planned(a.euro);
      if (counts) sums->second.add_planned(a.euro);
    }
    cells[{a.partner.value(), a.category}].add_planned(a.euro);
  }
  for (const auto& s : spending) {
    auto euro = euro_of(s, rates);
    bool counts = s.period <= until;
    total.add_spending(s, euro);
    if (!s.partner_name.empty()) partner_names[s.partner.value()] = s.partner_name;
    for (auto* sums : {&partners[s.partner.value()], &categories[s.category], &by_period[s.period]}) {
      sums->first.add_spending(s, euro);
      if (counts) sums->second.add_spending(s, euro);
    }
    cells[{s.partner.value(), s.category}].add_spending(s, euro);
  }

  out.total = total.done();
  for (const auto& [id, sums] : partners) {
    auto name = partner_names.find(id);
    out.by_partner.push_back(row_of(std::to_string(id), name == partner_names.end() ? std::to_string(id) : name->second,
                                    sums.first, sums.second));
  }
  std::sort(out.by_partner.begin(), out.by_partner.end(),
            [](const BudgetRow& a, const BudgetRow& b) { return a.label < b.label; });
  for (auto category : kAllCostCategories)
    if (auto it = categories.find(category); it != categories.end())
      out.by_category.push_back(
          row_of(std::string(to_string(category)), std::string(to_string(category)), it->second.first, it->second.second));
  for (const auto& [number, sums] : by_period)
    out.by_period.push_back(row_of(std::to_string(number), std::to_string(number), sums.first, sums.second));
  for (const auto& [key, sums] : cells)
    out.cells.push_back({accounts::OrganisationId(key.first), key.second, sums.done()});
  return out;
}

Light light_of(const Activity& activity, const std::vector<ReportingPeriod>& periods, const std::string& today) {
  switch (activity.status) {
    case ActivityStatus::done: return Light::green;
    case ActivityStatus::cancelled: return Light::grey;
    case ActivityStatus::delayed: return Light::red;
    default: break;
  }
  if (!activity.due.empty() && activity.due < today) return Light::red;
  if (activity.status == ActivityStatus::at_risk) return Light::amber;
  if (activity.status == ActivityStatus::not_started) {
    if (activity.periods.empty()) return Light::grey;
    for (const auto& p : periods)
      if (p.number == activity.periods.front() && today < p.starts) return Light::grey;
  }
  return Light::green;
}

}  // namespace cps::monitoring
