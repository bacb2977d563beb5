// MonitoringService: who may do what, the reporting periods, and loading the shipped work plan
// into a new installation.
#include <algorithm>

#include "core/text.hpp"
#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/monitoring_service/internal.hpp"

namespace cps::monitoring {

using namespace service_parts;

MonitoringService::MonitoringService(MonitoringRepository& repository, MonitoringSurroundings& surroundings,
                                     Clock clock)
    : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

Capabilities MonitoringService::capabilities(const Principal& who) const {
  Capabilities c;
  c.view = accounts::allowed(who, Action::view_monitoring);
  if (!c.view) return c;
  c.manage = accounts::allowed(who, Action::manage_workplan);
  c.review_reports = accounts::allowed(who, Action::review_progress_report);
  c.verify = accounts::allowed(who, Action::verify_spending);
  if (who.organisation && may_write_for(who, *who.organisation)) c.reports_for = who.organisation;
  // Those who run activities (their organisation's or their working group's) may ask to move them.
  c.request_change = c.manage || who.has(accounts::Role::wg_coordinator) ||
                     (who.organisation && accounts::allowed(who, Action::update_activity,
                                                            accounts::Target{.organisation = who.organisation}));
  return c;
}

Result<std::vector<ReportingPeriod>> MonitoringService::periods(const Principal& who) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  std::vector<ReportingPeriod> out;
  auto ok = repository_.read([&](MonitoringStore& store) -> Status {
    auto periods = store.periods();
    if (!periods) return std::unexpected(periods.error());
    out = std::move(*periods);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<ReportingPeriod>> MonitoringService::save_periods(const Principal& who,
                                                                     std::vector<ReportingPeriod> periods) {
  if (auto m = require_manage(who); !m) return std::unexpected(m.error());
  if (auto ok = check_periods(periods); !ok) return std::unexpected(ok.error());
  std::sort(periods.begin(), periods.end(),
            [](const ReportingPeriod& a, const ReportingPeriod& b) { return a.number < b.number; });
  Seconds now = now_of(clock_);
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    // A period that reports or spending already refer to cannot go away.
    auto reports = store.reports({});
    if (!reports) return std::unexpected(reports.error());
    auto spending = store.spendings({});
    if (!spending) return std::unexpected(spending.error());
    auto kept = [&](int number) { return find_period(periods, number) != nullptr; };
    for (const auto& r : *reports)
      if (!kept(r.period))
        return fail(ErrorKind::conflict, N_("Reports or spending refer to a reporting period left out."), "periods");
    for (const auto& s : *spending)
      if (!kept(s.period))
        return fail(ErrorKind::conflict, N_("Reports or spending refer to a reporting period left out."), "periods");
    if (auto s = store.replace_periods(periods); !s) return s;
    std::string detail;
    for (const auto& p : periods)
      detail += (detail.empty() ? "" : "; ") + std::to_string(p.number) + ": " + p.starts + " to " + p.ends;
    return audit(store, who, "periods_saved", "workplan", detail, now);
  });
  if (!ok) return std::unexpected(ok.error());
  return periods;
}

Result<std::size_t> MonitoringService::ensure_work_plan(std::string_view default_file) {
  auto file = read_work_plan_file(default_file);
  if (!file) return std::unexpected(file.error());
  auto partners = surroundings_.partners();
  if (!partners) return std::unexpected(partners.error());
  Seconds now = now_of(clock_);
  std::size_t loaded = 0;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    auto periods = store.periods();
    if (!periods) return std::unexpected(periods.error());
    auto activities = store.activities();
    if (!activities) return std::unexpected(activities.error());
    if (!periods->empty() || !activities->empty()) return {};
    if (auto s = store.replace_periods(file->periods); !s) return s;
    std::vector<std::string> unknown;
    for (std::size_t i = 0; i < file->activities.size(); ++i) {
      const auto& in = file->activities[i];
      Activity a;
      a.code = in.code;
      a.kind = in.kind;
      a.texts = in.texts;
      a.areas = in.areas;
      a.phase = in.phase;
      a.periods = in.periods;
      a.due = in.due;
      a.status = in.status;
      a.progress = in.progress;
      a.status_note = in.status_note;
      a.updated_at = now;
      // Partners are matched by name, as people write them (case aside); the rest are reported.
      for (const auto& name : file->responsible_names[i]) {
        auto lower = text::to_lower_ascii(name);
        auto it = std::find_if(partners->begin(), partners->end(),
                               [&](const Partner& p) { return text::to_lower_ascii(p.name) == lower; });
        if (it == partners->end()) {
          if (std::find(unknown.begin(), unknown.end(), name) == unknown.end()) unknown.push_back(name);
          continue;
        }
        if (std::find(a.responsible.begin(), a.responsible.end(), it->id) == a.responsible.end())
          a.responsible.push_back(it->id);
      }
      auto id = store.save_activity(a);
      if (!id) return std::unexpected(id.error());
      ++loaded;
    }
    auto targets = store.targets();
    if (!targets) return std::unexpected(targets.error());
    if (targets->empty() && !file->targets.empty())
      if (auto s = store.replace_targets(file->targets); !s) return s;
    std::string detail = "default work plan: " + std::to_string(loaded) + " activities";
    if (!unknown.empty()) {
      detail += "; partners not found:";
      for (const auto& name : unknown) detail += " " + name + ";";
    }
    Principal system;
    return audit(store, system, "periods_saved", "workplan", detail, now);
  });
  if (!ok) return std::unexpected(ok.error());
  return loaded;
}

std::string_view to_string(ReportDecision d) {
  return d == ReportDecision::approve ? "approve" : "send_back";
}

std::string_view to_string(Decision d) {
  return d == Decision::approve ? "approve" : "reject";
}

}  // namespace cps::monitoring
