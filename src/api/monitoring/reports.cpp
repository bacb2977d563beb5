// Partners' progress reports: the list and the partner × period overview, writing one
// (draft or returned), attaching files, submitting it (which fixes the euro amounts of the
// partner's spending in the period), and the lead partner's approval or return with a note.
#include "api/monitoring/parts.hpp"
#include "api/paging.hpp"
#include "domain/monitoring/monitoring_input.hpp"

namespace cps::api {

using namespace monitoring_parts;
using namespace cps::monitoring;

namespace {

// The report id of the path and the body of a change, with the revision it started from.
struct Change {
  ReportId id;
  json::object body;
  int revision = 0;
};
Result<Change> read_change(const http::Request& r) {
  if (auto ok = check_query(r, {}); !ok) return std::unexpected(ok.error());
  auto id = id_in_path<ReportId>(r);
  if (!id) return std::unexpected(id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return std::unexpected(body.error());
  auto revision = revision_of(*body);
  if (!revision) return std::unexpected(revision.error());
  return Change{*id, std::move(*body), *revision};
}

http::Response report_response(const http::Request& r, const Result<ProgressReport>& report) {
  if (!report) return error_response(r, report.error());
  return json_response(r, report_json(*report));
}

}  // namespace

// ?period=&partner=&status=
http::Response MonitoringEndpoints::reports(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"period", "partner", "status", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  ReportFilter filter;
  auto period = number_parameter(r, "period");
  if (!period) return error_response(r, period.error());
  filter.period = *period;
  auto partner = number_parameter(r, "partner");
  if (!partner) return error_response(r, partner.error());
  if (*partner) filter.partner = accounts::OrganisationId(**partner);
  if (auto s = r.query_value("status"); s && !s->empty()) {
    auto status = parse_name(*s, kReportStatusNames);
    if (!status) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "status"});
    filter.statuses.push_back(*status);
  }
  auto found = monitoring_.reports(v.principal, filter);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& report : *found) items.push_back(report_json(report));
  return page_of(r, std::move(items), *page);
}

http::Response MonitoringEndpoints::reports_overview(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto overview = monitoring_.reports_overview(v.principal);
  if (!overview) return error_response(r, overview.error());
  return json_response(r, reports_overview_json(*overview));
}

// POST {partner (the writer's organisation when absent), period, activities_done, outputs,
// problems, next_steps, activities}
http::Response MonitoringEndpoints::create_report(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  std::optional<accounts::OrganisationId> partner;
  if (auto* p = body->if_contains("partner"); p && !p->is_null()) {
    if (!p->is_int64() || p->as_int64() < 1)
      return error_response(r, Error{ErrorKind::invalid, "This must be a whole number above zero.", "partner"});
    partner = accounts::OrganisationId(p->as_int64());
  }
  auto input = read_report(json::value(std::move(*body)));
  if (!input) return error_response(r, input.error());
  auto id = monitoring_.create_report(v.principal, partner, std::move(*input));
  if (!id) return error_response(r, id.error());
  auto made = monitoring_.report(v.principal, *id);
  if (!made) return error_response(r, made.error());
  json::object out = report_json(*made);
  return created(r, out, std::string(out["href"].as_string()));
}

http::Response MonitoringEndpoints::report(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ReportId>(r);
  if (!id) return error_response(r, id.error());
  return report_response(r, monitoring_.report(v.principal, *id));
}

// PUT {revision, period, activities_done, outputs, problems, next_steps, activities}
http::Response MonitoringEndpoints::save_report(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto input = read_report(json::value(std::move(in->body)));
  if (!input) return error_response(r, input.error());
  return report_response(r, monitoring_.save_report(v.principal, in->id, in->revision, std::move(*input)));
}

// POST …/attachments?revision=N&file_name=…: the file as the body, or the part "file" of a form.
http::Response MonitoringEndpoints::attach_to_report(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"revision", "file_name"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ReportId>(r);
  if (!id) return error_response(r, id.error());
  auto revision = number_parameter(r, "revision");
  if (!revision) return error_response(r, revision.error());
  if (!*revision) return error_response(r, Error{ErrorKind::invalid, "Give the revision you edited.", "revision"});
  auto file = uploaded_file(r);
  if (!file) return error_response(r, file.error());
  auto attached = monitoring_.attach(v.principal, *id, **revision, file->name, file->bytes);
  if (!attached) return error_response(r, attached.error());
  http::Response res = json_response(r, report_json(*attached), bhttp::status::created);
  return res;
}

http::Response MonitoringEndpoints::submit_report(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  return report_response(r, monitoring_.submit_report(v.principal, in->id, in->revision));
}

http::Response MonitoringEndpoints::approve_report(http::Request& r, const Visit& v) {
  return review(r, v, ReportDecision::approve);
}
http::Response MonitoringEndpoints::return_report(http::Request& r, const Visit& v) {
  return review(r, v, ReportDecision::send_back);
}

// {revision, note}: the note is the return's reason (required there) or the approval's remark.
http::Response MonitoringEndpoints::review(http::Request& r, const Visit& v, ReportDecision decision) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto note = text_member(in->body, "note");
  if (!note) return error_response(r, note.error());
  return report_response(r, monitoring_.review_report(v.principal, in->id, in->revision, decision, *note));
}

}  // namespace cps::api
