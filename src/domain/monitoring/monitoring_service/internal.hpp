// What the parts of MonitoringService share: who may see and change what, the refusals every
// part gives, the audit line, the clock's day, and loading what most parts need. Only the
// files of MonitoringService include it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/policy.hpp"
#include "domain/monitoring/monitoring_service.hpp"
#include "i18n/catalogue.hpp"

namespace cps::monitoring::service_parts {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

Seconds now_of(const MonitoringService::Clock& clock);
// "YYYY-MM-DD" and "YYYY-MM" of a Unix time (UTC).
std::string day_of(Seconds at);
std::string month_of(Seconds at);
// The day `days` after a "YYYY-MM-DD" day.
std::string days_after(const std::string& day, int days);

// State changes through an API token need a token with the write scope.
Status require_write(const Principal& who);
// Unauthenticated for visitors, forbidden for members.
Error refusal(const Principal& who);
std::unexpected<Error> not_found();
// Members see monitoring; to everybody else it does not exist.
Status require_view(const Principal& who);
// The lead partner's part: periods, activities, planned budget, rates and targets.
Status require_manage(const Principal& who);
bool may_write_for(const Principal& who, accounts::OrganisationId partner);

std::unexpected<Error> stale_report();
std::unexpected<Error> period_not_set(std::string field);
std::unexpected<Error> unknown_partner(std::string field);

// One audit line: action "monitoring.<verb>", the actor as they are known now.
accounts::AuditRecord audit_line(const Principal& who, std::string_view verb, std::string target, std::string detail,
                                 Seconds at);
Status audit(MonitoringStore& store, const Principal& who, std::string_view verb, std::string target,
             std::string detail, Seconds at);

std::string report_target(ReportId id);
std::string spending_target(SpendingId id);
std::string activity_target(ActivityId id);

const ReportingPeriod* find_period(const std::vector<ReportingPeriod>& periods, int number);
// Whether the partner's report for the period is submitted or approved: its spending is fixed.
Result<bool> period_locked(MonitoringStore& store, accounts::OrganisationId partner, int period);

// The report as stored; not found when there is none.
Result<ProgressReport> load_report(MonitoringStore& store, ReportId id);
Result<Spending> load_spending(MonitoringStore& store, SpendingId id);
Result<Activity> load_activity(MonitoringStore& store, ActivityId id);

// Reports whose due date has passed and that are not submitted, per partner and period.
std::vector<ReportsOverview::Overdue> overdue_reports(const std::vector<Partner>& partners,
                                                      const std::vector<ReportingPeriod>& periods,
                                                      const std::vector<ProgressReport>& reports,
                                                      const std::string& today);

}  // namespace cps::monitoring::service_parts
