// MonitoringService: the project indicators computed from the platform against their targets
// (with the programme's common indicators they correspond to) and the steering committee's
// dashboard.
#include <algorithm>

#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/monitoring_service/internal.hpp"

namespace cps::monitoring {

using namespace service_parts;

Result<std::vector<ProjectIndicator>> MonitoringService::project_indicators(const Principal& who) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  std::vector<IndicatorTarget> targets;
  auto ok = repository_.read([&](MonitoringStore& store) -> Status {
    auto t = store.targets();
    if (!t) return std::unexpected(t.error());
    targets = std::move(*t);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  Seconds now = now_of(clock_);
  std::vector<ProjectIndicator> out;
  for (auto measured : kAllMeasured) {
    auto figure = surroundings_.measure(measured, now);
    if (!figure) return std::unexpected(figure.error());
    auto target = std::find_if(targets.begin(), targets.end(),
                               [&](const IndicatorTarget& t) { return t.measured == measured; });
    figure->definition = target == targets.end() ? IndicatorTarget{measured, 0, ""} : *target;
    out.push_back(std::move(*figure));
  }
  return out;
}

Result<std::vector<IndicatorTarget>> MonitoringService::save_targets(const Principal& who,
                                                                     std::vector<IndicatorTarget> targets) {
  if (auto m = require_manage(who); !m) return std::unexpected(m.error());
  for (std::size_t i = 0; i < targets.size(); ++i) {
    std::string at = "targets." + std::to_string(i) + ".";
    if (targets[i].target < 0)
      return fail(ErrorKind::unprocessable, N_("A target is a whole number, zero or more."), at + "target");
    for (std::size_t j = 0; j < i; ++j)
      if (targets[j].measured == targets[i].measured)
        return fail(ErrorKind::unprocessable, N_("Give each figure's target once."), at + "measured");
  }
  std::sort(targets.begin(), targets.end(),
            [](const IndicatorTarget& a, const IndicatorTarget& b) { return a.measured < b.measured; });
  Seconds now = now_of(clock_);
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    if (auto s = store.replace_targets(targets); !s) return s;
    std::string detail;
    for (const auto& t : targets)
      detail += (detail.empty() ? "" : ", ") + std::string(to_string(t.measured)) + " " + std::to_string(t.target);
    return audit(store, who, "targets_saved", "workplan", detail, now);
  });
  if (!ok) return std::unexpected(ok.error());
  return targets;
}

Result<Dashboard> MonitoringService::dashboard(const Principal& who) {
  auto indicators = project_indicators(who);
  if (!indicators) return std::unexpected(indicators.error());
  auto plan = work_plan(who);
  if (!plan) return std::unexpected(plan.error());
  auto partners = surroundings_.partners();
  if (!partners) return std::unexpected(partners.error());
  std::vector<ProgressReport> reports;
  std::vector<PlannedAmount> planned;
  std::vector<Spending> spending;
  std::vector<ExchangeRate> rates;
  auto ok = repository_.read([&](MonitoringStore& store) -> Status {
    auto r = store.reports({});
    if (!r) return std::unexpected(r.error());
    reports = std::move(*r);
    auto p = store.planned_amounts();
    if (!p) return std::unexpected(p.error());
    planned = std::move(*p);
    auto s = store.spendings({});
    if (!s) return std::unexpected(s.error());
    spending = std::move(*s);
    auto x = store.rates();
    if (!x) return std::unexpected(x.error());
    rates = std::move(*x);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  std::string today = day_of(now_of(clock_));
  Dashboard d;
  d.indicators = std::move(*indicators);
  for (auto light : values_of(kLightNames))
    d.activity_lights.emplace_back(light, std::count(plan->lights.begin(), plan->lights.end(), light));
  d.reports_overdue = overdue_reports(*partners, plan->periods, reports, today).size();
  d.reports_waiting = std::count_if(reports.begin(), reports.end(),
                                    [](const ProgressReport& r) { return r.status == ReportStatus::submitted; });
  auto overview = budget_overview(planned, spending, rates, plan->periods, today);
  d.budget = overview.total;
  d.current_period = overview.current_period;
  return d;
}

}  // namespace cps::monitoring
