// MonitoringService: the budget — absorption per partner, cost category and period, the
// planned amounts (frozen once the budget is approved) and the programme's monthly rates.
#include <algorithm>
#include <map>

#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/monitoring_service/internal.hpp"

namespace cps::monitoring {

using namespace service_parts;

Result<BudgetView> MonitoringService::budget(const Principal& who, SpendingFilter filter) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  auto partners = surroundings_.partners();
  if (!partners) return std::unexpected(partners.error());
  BudgetView view;
  std::vector<ReportingPeriod> periods;
  auto ok = repository_.read([&](MonitoringStore& store) -> Status {
    auto p = store.periods();
    if (!p) return std::unexpected(p.error());
    periods = std::move(*p);
    auto planned = store.planned_amounts();
    if (!planned) return std::unexpected(planned.error());
    view.planned = std::move(*planned);
    auto spending = store.spendings(filter);
    if (!spending) return std::unexpected(spending.error());
    view.spending = std::move(*spending);
    auto rates = store.rates();
    if (!rates) return std::unexpected(rates.error());
    view.rates = std::move(*rates);
    auto baseline = store.baseline();
    if (!baseline) return std::unexpected(baseline.error());
    view.baseline = *baseline;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  // The absorption looks at what the spending list shows: the plan filtered the same way.
  std::erase_if(view.planned, [&](const PlannedAmount& a) {
    return (filter.partner && a.partner != *filter.partner) || (filter.period && a.period != *filter.period) ||
           (filter.category && a.category != *filter.category);
  });
  view.overview = budget_overview(view.planned, view.spending, view.rates, periods, day_of(now_of(clock_)));
  std::map<std::int64_t, std::string> names;
  for (const auto& p : *partners) names[p.id.value()] = p.name;
  for (auto& row : view.overview.by_partner)
    if (auto it = names.find(std::stoll(row.key)); it != names.end()) row.label = it->second;
  std::sort(view.overview.by_partner.begin(), view.overview.by_partner.end(),
            [](const BudgetRow& a, const BudgetRow& b) { return a.label < b.label; });
  return view;
}

Result<std::vector<PlannedAmount>> MonitoringService::save_planned(const Principal& who,
                                                                   std::vector<PlannedAmount> amounts) {
  if (auto m = require_manage(who); !m) return std::unexpected(m.error());
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    std::string at = "amounts." + std::to_string(i) + ".";
    if (amounts[i].euro.value < 0)
      return fail(ErrorKind::unprocessable, N_("Enter an amount in euro with at most two decimals, not below zero."),
                  at + "euro");
    auto partner = surroundings_.partner(amounts[i].partner);
    if (!partner) return std::unexpected(partner.error());
    if (!*partner) return unknown_partner(at + "partner");
  }
  Seconds now = now_of(clock_);
  std::vector<PlannedAmount> out;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    auto periods = store.periods();
    if (!periods) return std::unexpected(periods.error());
    for (std::size_t i = 0; i < amounts.size(); ++i)
      if (!find_period(*periods, amounts[i].period))
        return period_not_set("amounts." + std::to_string(i) + ".period");
    auto baseline = store.baseline();
    if (!baseline) return std::unexpected(baseline.error());
    if (baseline->budget_version > 0)
      return fail(ErrorKind::conflict,
                  N_("The budget is approved: planned amounts change only through a change request."), "amounts");
    for (auto& a : amounts) a.original_euro.reset();
    if (auto s = store.save_planned_amounts(amounts); !s) return s;
    if (auto s = audit(store, who, "planned_saved", "budget", std::to_string(amounts.size()) + " amounts", now); !s)
      return s;
    auto all = store.planned_amounts();
    if (!all) return std::unexpected(all.error());
    out = std::move(*all);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<ExchangeRate>> MonitoringService::save_rates(const Principal& who, std::vector<ExchangeRate> rates) {
  if (auto m = require_manage(who); !m) return std::unexpected(m.error());
  for (std::size_t i = 0; i < rates.size(); ++i) {
    std::string at = "rates." + std::to_string(i) + ".";
    const auto& r = rates[i];
    if (!is_currency(r.currency.str()))
      return fail(ErrorKind::unprocessable,
                  N_("Choose a currency from the list: EUR, RON, HUF, BGN, RSD, ALL, MKD, BAM, MDL, UAH."),
                  at + "currency");
    if (!is_month(r.month)) return fail(ErrorKind::unprocessable, N_("Enter a month as YYYY-MM."), at + "month");
    if (!(r.per_euro > 0) || (r.currency.str() == "EUR" && r.per_euro != 1))
      return fail(ErrorKind::unprocessable, N_("A rate is a number above zero: units of the currency for one euro."),
                  at + "per_euro");
  }
  Seconds now = now_of(clock_);
  std::vector<ExchangeRate> out;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    if (auto s = store.save_rates(rates); !s) return s;
    std::string detail;
    for (const auto& r : rates) detail += (detail.empty() ? "" : ", ") + r.currency.str() + " " + r.month;
    if (auto s = audit(store, who, "rates_saved", "budget", detail, now); !s) return s;
    auto all = store.rates();
    if (!all) return std::unexpected(all.error());
    out = std::move(*all);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace cps::monitoring
