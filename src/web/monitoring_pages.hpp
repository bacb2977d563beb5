// Pages of the partnership's own monitoring (not the programme's official monitoring system):
// the steering committee's dashboard, the work plan as a matrix and as a timeline, an
// activity with its update form, partners' progress reports and their review, budgets with
// spending and the controller's verification, the baselines and their modification requests,
// and the reporting periods. Members see them; what a viewer may do is the service's
// Capabilities, and the service checks it again. The handlers live in web/monitoring/, one
// file per part.
#pragma once

#include <optional>
#include <string>

#include "domain/monitoring/monitoring_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class MonitoringPages {
 public:
  MonitoringPages(const Site& site, monitoring::MonitoringService& monitoring,
                  reference::ReferenceService& reference)
      : site_(site), monitoring_(monitoring), reference_(reference) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;

  http::Response dashboard(http::Request& r, Language lang, const Visit& v);
  http::Response work_plan(http::Request& r, Language lang, const Visit& v);
  http::Response activity(http::Request& r, Language lang, const Visit& v);
  http::Response update_activity(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response timeline(http::Request& r, Language lang, const Visit& v);
  http::Response reports(http::Request& r, Language lang, const Visit& v);
  http::Response create_report(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response report(http::Request& r, Language lang, const Visit& v);
  http::Response save_report(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response attach(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response submit_report(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response review_report(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response file(http::Request& r, Language lang, const Visit& v);
  http::Response budgets(http::Request& r, Language lang, const Visit& v);
  http::Response add_spending(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response verify_spending(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response save_rate(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response changes(http::Request& r, Language lang, const Visit& v);
  http::Response approve_baseline(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response request_change(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response decide_change(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response periods(http::Request& r, Language lang, const Visit& v);
  http::Response save_periods(http::Request& r, Language lang, const Visit& v, const Form& f);

  // Each page again with `extra` (a refused form's message and what was typed) merged in,
  // answered with `status`.
  http::Response activity_page(http::Request& r, Language lang, const Visit& v, Object extra,
                               http::bhttp::status status);
  http::Response reports_page(http::Request& r, Language lang, const Visit& v, Object extra,
                              http::bhttp::status status);
  http::Response report_page(http::Request& r, Language lang, const Visit& v, Object extra,
                             http::bhttp::status status);
  http::Response budgets_page(http::Request& r, Language lang, const Visit& v, Object extra,
                              http::bhttp::status status);
  http::Response changes_page(http::Request& r, Language lang, const Visit& v, Object extra,
                              http::bhttp::status status);
  http::Response periods_page(http::Request& r, Language lang, const Visit& v, Object extra,
                              http::bhttp::status status);

  const Site& site_;
  monitoring::MonitoringService& monitoring_;
  reference::ReferenceService& reference_;
};

}  // namespace cps::web
