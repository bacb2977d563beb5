// The JSON API of the partnership's monitoring: reporting periods, the work plan (activities,
// their progress, the matrix), partners' progress reports and their review, budgets (planned
// amounts, exchange rates — also as a CSV upload —, spending and its verification), the
// baselines and their change requests, project indicators and the steering committee's
// dashboard, and the period's workbook. Members only; writes need a session with its form
// token or a write token. The handlers live in api/monitoring/, one file per sub-resource.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/monitoring/monitoring_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class MonitoringEndpoints {
 public:
  MonitoringEndpoints(monitoring::MonitoringService& monitoring, auth::Authenticator& authenticator)
      : monitoring_(monitoring), auth_(authenticator) {}
  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  // workplan.cpp
  http::Response periods(http::Request& r, const Visit& v);
  http::Response save_periods(http::Request& r, const Visit& v);
  http::Response work_plan(http::Request& r, const Visit& v);
  http::Response matrix(http::Request& r, const Visit& v);
  http::Response activity(http::Request& r, const Visit& v);
  http::Response add_activity(http::Request& r, const Visit& v);
  http::Response save_activity(http::Request& r, const Visit& v);
  http::Response delete_activity(http::Request& r, const Visit& v);
  http::Response update_activity(http::Request& r, const Visit& v);
  http::Response approve_work_plan(http::Request& r, const Visit& v);
  http::Response plan_changes(http::Request& r, const Visit& v);
  http::Response request_change(http::Request& r, const Visit& v);
  http::Response decide_change(http::Request& r, const Visit& v);
  // reports.cpp
  http::Response reports(http::Request& r, const Visit& v);
  http::Response reports_overview(http::Request& r, const Visit& v);
  http::Response create_report(http::Request& r, const Visit& v);
  http::Response report(http::Request& r, const Visit& v);
  http::Response save_report(http::Request& r, const Visit& v);
  http::Response attach_to_report(http::Request& r, const Visit& v);
  http::Response submit_report(http::Request& r, const Visit& v);
  http::Response approve_report(http::Request& r, const Visit& v);
  http::Response return_report(http::Request& r, const Visit& v);
  http::Response review(http::Request& r, const Visit& v, monitoring::ReportDecision decision);
  // budgets.cpp
  http::Response budget(http::Request& r, const Visit& v);
  http::Response save_planned(http::Request& r, const Visit& v);
  http::Response rates(http::Request& r, const Visit& v);
  http::Response save_rates(http::Request& r, const Visit& v);
  http::Response upload_rates(http::Request& r, const Visit& v);
  http::Response add_spending(http::Request& r, const Visit& v);
  http::Response change_spending(http::Request& r, const Visit& v);
  http::Response delete_spending(http::Request& r, const Visit& v);
  http::Response verify_spending(http::Request& r, const Visit& v);
  http::Response attach_to_spending(http::Request& r, const Visit& v);
  http::Response approve_budget(http::Request& r, const Visit& v);
  // dashboard.cpp
  http::Response project_indicators(http::Request& r, const Visit& v);
  http::Response save_targets(http::Request& r, const Visit& v);
  http::Response dashboard(http::Request& r, const Visit& v);
  http::Response workbook(http::Request& r, const Visit& v);
  http::Response file(http::Request& r, const Visit& v);

  monitoring::MonitoringService& monitoring_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
