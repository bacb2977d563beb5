// The routes of the monitoring API, one line each, and what its files share.
#include "api/monitoring_endpoints.hpp"

#include <algorithm>

#include "api/guard.hpp"
#include "api/monitoring/parts.hpp"
#include "core/text.hpp"
#include "http/multipart.hpp"

namespace cps::api {

namespace monitoring_parts {

Result<UploadedFile> uploaded_file(const http::Request& r) {
  UploadedFile file{r.query_value("file_name").value_or(""), std::string(r.raw.body())};
  std::string_view type = r.header(bhttp::field::content_type);
  if (!http::multipart_boundary(type)) return file;
  auto parts = http::parse_multipart(type, r.raw.body());
  if (!parts) return std::unexpected(parts.error());
  auto part = std::find_if(parts->begin(), parts->end(), [](const auto& p) { return p.name == "file"; });
  if (part == parts->end()) return fail(ErrorKind::invalid, "Send the file in a form field named file.", "file");
  if (file.name.empty()) file.name = part->file_name;
  file.bytes = std::string(part->data);
  return file;
}

Result<std::optional<int>> number_parameter(const http::Request& r, std::string_view name) {
  auto given = r.query_value(name);
  if (!given || given->empty()) return std::optional<int>();
  auto n = text::parse_int(*given);
  if (!n || *n < 1 || *n > 1'000'000'000)
    return fail(ErrorKind::invalid, "This must be a whole number above zero.", std::string(name));
  return std::optional<int>(int(*n));
}

}  // namespace monitoring_parts

void MonitoringEndpoints::add_routes(http::Router& router) {
  using E = MonitoringEndpoints;
  using V = http::bhttp::verb;
  // An activity's texts in five languages, a report, or a whole budget plan.
  const http::RouteOptions body{512 * 1024};
  // Attachments and the rates' file: the handlers check what they are.
  const http::RouteOptions file{16 * 1024 * 1024, http::BodyTypes::any};
  // Approving a baseline takes no body, whatever its type says.
  const http::RouteOptions no_body{1024, http::BodyTypes::any};
  const std::string activity = "/api/v1/workplan/activities/{id}";
  const std::string report = "/api/v1/reports/{id}";
  const std::string spending = "/api/v1/budgets/spending/{id}";

  router.get("/api/v1/periods", for_visitor(auth_, this, &E::periods));
  router.add(V::put, "/api/v1/periods", for_visitor(auth_, this, &E::save_periods), body);
  router.get("/api/v1/workplan", for_visitor(auth_, this, &E::work_plan));
  router.get("/api/v1/workplan/matrix", for_visitor(auth_, this, &E::matrix));
  router.add(V::post, "/api/v1/workplan/approve", for_visitor(auth_, this, &E::approve_work_plan), no_body);
  router.add(V::post, "/api/v1/workplan/activities", for_visitor(auth_, this, &E::add_activity), body);
  router.get(activity, for_visitor(auth_, this, &E::activity));
  router.add(V::put, activity, for_visitor(auth_, this, &E::save_activity), body);
  router.add(V::delete_, activity, for_visitor(auth_, this, &E::delete_activity));
  router.add(V::post, activity + "/progress", for_visitor(auth_, this, &E::update_activity), body);
  router.get("/api/v1/plan-changes", for_visitor(auth_, this, &E::plan_changes));
  router.add(V::post, "/api/v1/plan-changes", for_visitor(auth_, this, &E::request_change), body);
  router.add(V::post, "/api/v1/plan-changes/{id}/decision", for_visitor(auth_, this, &E::decide_change), body);

  router.get("/api/v1/reports", for_visitor(auth_, this, &E::reports));
  router.add(V::post, "/api/v1/reports", for_visitor(auth_, this, &E::create_report), body);
  router.get("/api/v1/reports/overview", for_visitor(auth_, this, &E::reports_overview));
  router.get(report, for_visitor(auth_, this, &E::report));
  router.add(V::put, report, for_visitor(auth_, this, &E::save_report), body);
  router.add(V::post, report + "/attachments", for_visitor(auth_, this, &E::attach_to_report), file);
  router.add(V::post, report + "/submit", for_visitor(auth_, this, &E::submit_report), body);
  router.add(V::post, report + "/approve", for_visitor(auth_, this, &E::approve_report), body);
  router.add(V::post, report + "/return", for_visitor(auth_, this, &E::return_report), body);

  router.get("/api/v1/budgets", for_visitor(auth_, this, &E::budget));
  router.add(V::post, "/api/v1/budgets/approve", for_visitor(auth_, this, &E::approve_budget), no_body);
  router.add(V::put, "/api/v1/budgets/planned", for_visitor(auth_, this, &E::save_planned), body);
  router.get("/api/v1/budgets/rates", for_visitor(auth_, this, &E::rates));
  router.add(V::put, "/api/v1/budgets/rates", for_visitor(auth_, this, &E::save_rates), body);
  router.add(V::put, "/api/v1/budgets/rates.csv", for_visitor(auth_, this, &E::upload_rates), file);
  router.add(V::post, "/api/v1/budgets/spending", for_visitor(auth_, this, &E::add_spending), body);
  router.add(V::put, spending, for_visitor(auth_, this, &E::change_spending), body);
  router.add(V::delete_, spending, for_visitor(auth_, this, &E::delete_spending));
  router.add(V::post, spending + "/verification", for_visitor(auth_, this, &E::verify_spending), body);
  router.add(V::post, spending + "/attachment", for_visitor(auth_, this, &E::attach_to_spending), file);

  router.get("/api/v1/monitoring/indicators", for_visitor(auth_, this, &E::project_indicators));
  router.add(V::put, "/api/v1/monitoring/indicators", for_visitor(auth_, this, &E::save_targets), body);
  router.get("/api/v1/monitoring/dashboard", for_visitor(auth_, this, &E::dashboard));
  router.get("/api/v1/monitoring/periods/{period}/workbook.xlsx", for_visitor(auth_, this, &E::workbook));
  router.get("/api/v1/monitoring/files/{sha256}", for_visitor(auth_, this, &E::file));
}

}  // namespace cps::api
