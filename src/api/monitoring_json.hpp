// The partnership's monitoring as the API writes it: each shape written in one place (and
// described in openapi.json). What the API reads is the domain's readers'
// (domain/monitoring/monitoring_input.hpp); where a shape is read back (periods, targets), the
// answer has the shape the PUT takes.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/monitoring/monitoring_service.hpp"

namespace cps::api {

boost::json::object capabilities_json(const monitoring::Capabilities& may);
// {periods: [{number, starts, ends, report_due}]}
boost::json::object periods_json(const std::vector<monitoring::ReportingPeriod>& periods);
// `light` null when it was not worked out (a single activity's answers).
boost::json::object activity_json(const monitoring::Activity& activity, std::optional<monitoring::Light> light,
                                  const std::string& language);
boost::json::object work_plan_json(const monitoring::WorkPlan& plan, const monitoring::Capabilities& may,
                                   const std::string& language);
boost::json::object matrix_json(const monitoring::Matrix& matrix);
boost::json::object baseline_json(const monitoring::Baseline& baseline);
boost::json::object plan_change_json(const monitoring::PlanChange& change);

boost::json::object report_json(const monitoring::ProgressReport& report);
boost::json::object reports_overview_json(const monitoring::ReportsOverview& overview);

boost::json::object spending_json(const monitoring::Spending& spending);
boost::json::object planned_json(const std::vector<monitoring::PlannedAmount>& planned);
// {rates: [{currency, month, per_euro}]}
boost::json::object rates_json(const std::vector<monitoring::ExchangeRate>& rates);
boost::json::object budget_json(const monitoring::BudgetView& budget);

// {targets: [{measured, target, programme_code}], indicators: [{…, value, by_country, by_organisation_type}]}
boost::json::object project_indicators_json(const std::vector<monitoring::ProjectIndicator>& indicators);
boost::json::object dashboard_json(const monitoring::Dashboard& dashboard);

}  // namespace cps::api
