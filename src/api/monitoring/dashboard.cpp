// Project indicators and their targets, the steering committee's dashboard, the period's
// workbook for reporting to the programme, and the files attached to reports and spending.
#include "api/monitoring/parts.hpp"
#include "api/table_files.hpp"
#include "core/text.hpp"
#include "domain/monitoring/monitoring_input.hpp"
#include "export/table.hpp"

namespace cps::api {

using namespace monitoring_parts;
using namespace cps::monitoring;

http::Response MonitoringEndpoints::project_indicators(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto found = monitoring_.project_indicators(v.principal);
  if (!found) return error_response(r, found.error());
  return json_response(r, project_indicators_json(*found));
}

// PUT {targets: [{measured, target, programme_code}]}
http::Response MonitoringEndpoints::save_targets(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto targets = read_targets(json::value(std::move(*body)));
  if (!targets) return error_response(r, targets.error());
  auto saved = monitoring_.save_targets(v.principal, std::move(*targets));
  if (!saved) return error_response(r, saved.error());
  auto found = monitoring_.project_indicators(v.principal);
  if (!found) return error_response(r, found.error());
  return json_response(r, project_indicators_json(*found));
}

http::Response MonitoringEndpoints::dashboard(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto found = monitoring_.dashboard(v.principal);
  if (!found) return error_response(r, found.error());
  return json_response(r, dashboard_json(*found));
}

// GET /api/v1/monitoring/periods/{period}/workbook.xlsx?lang=: one sheet per part.
http::Response MonitoringEndpoints::workbook(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto period = text::parse_int(r.param("period"));
  if (!period || *period < 1 || *period > kPeriods) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto tables = monitoring_.period_workbook(v.principal, int(*period), *lang);
  if (!tables) return error_response(r, tables.error());
  auto bytes = exports::to_xlsx(*tables);
  if (!bytes) return error_response(r, bytes.error());
  return file_response(r, kXlsxType, std::move(*bytes),
                       "clusterpolisee-period-" + std::to_string(*period) + ".xlsx");
}

// GET /api/v1/monitoring/files/{sha256}: a file attached to a report or a spending entry.
http::Response MonitoringEndpoints::file(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto bytes = monitoring_.attachment_bytes(v.principal, r.param("sha256"));
  if (!bytes) return error_response(r, bytes.error());
  if (!*bytes) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  return file_response(r, "application/octet-stream", std::move(**bytes), r.param("sha256"));
}

}  // namespace cps::api
