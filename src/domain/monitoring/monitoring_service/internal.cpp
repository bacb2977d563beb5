// The shared parts of MonitoringService (see internal.hpp).
#include "domain/monitoring/monitoring_service/internal.hpp"

#include <chrono>
#include <cstdio>

#include "i18n/catalogue.hpp"

namespace cps::monitoring::service_parts {

using i18n::N_;

Seconds now_of(const MonitoringService::Clock& clock) {
  if (clock) return clock();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

namespace {

std::string format_day(std::chrono::sys_days day) {
  std::chrono::year_month_day ymd{day};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  return out;
}

}  // namespace

std::string day_of(Seconds at) {
  return format_day(std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{at}}));
}

std::string month_of(Seconds at) {
  return day_of(at).substr(0, 7);
}

std::string days_after(const std::string& day, int days) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(day.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return day;
  std::chrono::sys_days start{std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}};
  return format_day(start + std::chrono::days{days});
}

Status require_write(const Principal& who) {
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

Error refusal(const Principal& who) {
  return who.signed_in() ? Error{ErrorKind::forbidden, "You may not do this."}
                         : Error{ErrorKind::unauthenticated, "Please sign in first."};
}

std::unexpected<Error> not_found() {
  return fail(ErrorKind::not_found, "Not found.");
}

Status require_view(const Principal& who) {
  if (!accounts::allowed(who, Action::view_monitoring)) return not_found();
  return {};
}

Status require_manage(const Principal& who) {
  if (auto v = require_view(who); !v) return v;
  if (!accounts::allowed(who, Action::manage_workplan)) return std::unexpected(refusal(who));
  return require_write(who);
}

bool may_write_for(const Principal& who, accounts::OrganisationId partner) {
  return accounts::allowed(who, Action::write_progress_report, accounts::Target{.organisation = partner});
}

std::unexpected<Error> stale_report() {
  return fail(ErrorKind::conflict,
              N_("Somebody changed this report since you opened it. Your changes were not saved; open it again to "
                 "see theirs."),
              "revision");
}

std::unexpected<Error> period_not_set(std::string field) {
  return fail(ErrorKind::unprocessable, N_("This reporting period is not set yet."), std::move(field));
}

std::unexpected<Error> unknown_partner(std::string field) {
  return fail(ErrorKind::unprocessable, N_("Choose a partner from the list."), std::move(field));
}

accounts::AuditRecord audit_line(const Principal& who, std::string_view verb, std::string target, std::string detail,
                                 Seconds at) {
  accounts::AuditRecord r;
  r.actor = who.user;
  r.actor_label = who.label.empty() ? (who.signed_in() ? "" : "system") : who.label;
  r.action = "monitoring." + std::string(verb);
  r.target = std::move(target);
  r.detail = std::move(detail);
  r.client = who.client;
  r.at = at;
  return r;
}

Status audit(MonitoringStore& store, const Principal& who, std::string_view verb, std::string target,
             std::string detail, Seconds at) {
  return store.append_audit(audit_line(who, verb, std::move(target), std::move(detail), at));
}

std::string report_target(ReportId id) { return "report:" + std::to_string(id.value()); }
std::string spending_target(SpendingId id) { return "spending:" + std::to_string(id.value()); }
std::string activity_target(ActivityId id) { return "activity:" + std::to_string(id.value()); }

const ReportingPeriod* find_period(const std::vector<ReportingPeriod>& periods, int number) {
  for (const auto& p : periods)
    if (p.number == number) return &p;
  return nullptr;
}

Result<bool> period_locked(MonitoringStore& store, accounts::OrganisationId partner, int period) {
  auto reports = store.reports(
      ReportFilter{.period = period, .partner = partner, .statuses = {ReportStatus::submitted, ReportStatus::approved}});
  if (!reports) return std::unexpected(reports.error());
  return !reports->empty();
}

Result<ProgressReport> load_report(MonitoringStore& store, ReportId id) {
  auto found = store.report(id);
  if (!found) return std::unexpected(found.error());
  if (!*found) return not_found();
  return std::move(**found);
}

Result<Spending> load_spending(MonitoringStore& store, SpendingId id) {
  auto found = store.spending(id);
  if (!found) return std::unexpected(found.error());
  if (!*found) return not_found();
  return std::move(**found);
}

Result<Activity> load_activity(MonitoringStore& store, ActivityId id) {
  auto found = store.activity(id);
  if (!found) return std::unexpected(found.error());
  if (!*found) return not_found();
  return std::move(**found);
}

std::vector<ReportsOverview::Overdue> overdue_reports(const std::vector<Partner>& partners,
                                                      const std::vector<ReportingPeriod>& periods,
                                                      const std::vector<ProgressReport>& reports,
                                                      const std::string& today) {
  std::vector<ReportsOverview::Overdue> out;
  for (const auto& period : periods) {
    if (!(period.report_due < today)) continue;
    for (const auto& partner : partners) {
      bool in = false;
      for (const auto& r : reports)
        if (r.partner == partner.id && r.period == period.number &&
            (r.status == ReportStatus::submitted || r.status == ReportStatus::approved))
          in = true;
      if (!in) out.push_back({partner, period.number, period.report_due});
    }
  }
  return out;
}

}  // namespace cps::monitoring::service_parts
