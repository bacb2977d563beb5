// A pilot's indicators and their values per reporting period: through JSON, and as the one
// CSV/XLSX table (domain/pilot/indicator_table.hpp) that is downloaded and uploaded alike.
#include "api/pilot/parts.hpp"
#include "api/table_files.hpp"
#include "domain/pilot/indicator_table.hpp"
#include "domain/pilot/pilot_input.hpp"

namespace cps::api {

using namespace pilot_parts;
using namespace cps::pilot;

http::Response PilotEndpoints::indicators(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PilotId>(r);
  if (!id) return error_response(r, id.error());
  auto found = pilots_.pilot(v.principal, *id, "en");
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& i : found->indicators) items.push_back(indicator_json(i));
  return json_response(r, json::object{{"revision", found->revision}, {"items", std::move(items)}});
}

http::Response PilotEndpoints::add_indicator(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto input = read_indicator(json::value(std::move(in->body)));
  if (!input) return error_response(r, input.error());
  http::Response res = changed(r, v, pilots_.save_indicator(v.principal, in->id, in->revision, std::nullopt, std::move(*input)));
  if (res.result() == bhttp::status::ok) res.result(bhttp::status::created);
  return res;
}

http::Response PilotEndpoints::save_indicator(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto indicator = id_in_path<IndicatorId>(r, "indicator");
  if (!indicator) return error_response(r, indicator.error());
  auto input = read_indicator(json::value(std::move(in->body)));
  if (!input) return error_response(r, input.error());
  return changed(r, v, pilots_.save_indicator(v.principal, in->id, in->revision, *indicator, std::move(*input)));
}

http::Response PilotEndpoints::delete_indicator(http::Request& r, const Visit& v) {
  auto in = read_query_change(r, Revision::required);
  if (!in) return error_response(r, in.error());
  auto indicator = id_in_path<IndicatorId>(r, "indicator");
  if (!indicator) return error_response(r, indicator.error());
  return changed(r, v, pilots_.delete_indicator(v.principal, in->id, in->revision, *indicator));
}

// POST …/values {revision, values: [{indicator, period, value, evidence, comment}]}: all or nothing.
http::Response PilotEndpoints::record_values(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto values = read_values(json::value(std::move(in->body)));
  if (!values) return error_response(r, values.error());
  return changed(r, v, pilots_.record_values(v.principal, in->id, in->revision, *values));
}

// GET …/values.csv, …/values.xlsx: the format is the address's extension.
http::Response PilotEndpoints::download_values(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PilotId>(r);
  if (!id) return error_response(r, id.error());
  auto found = pilots_.pilot(v.principal, *id, "en");
  if (!found) return error_response(r, found.error());
  return table_response(r, values_table(*found), table_form_of(r),
                        "clusterpolisee-pilot-" + std::to_string(id->value()) + "-values");
}

// PUT …/values.csv, …/values.xlsx: the file as the body, the same rows as the download. With
// ?revision=N the upload is refused when the pilot changed since; without, it is recorded over
// the current revision. All or nothing, as the JSON values.
http::Response PilotEndpoints::upload_values(http::Request& r, const Visit& v) {
  auto in = read_query_change(r, Revision::optional);
  if (!in) return error_response(r, in.error());
  auto rows = uploaded_rows(r, table_form_of(r));
  if (!rows) return error_response(r, rows.error());
  auto values = read_values_table(*rows);
  if (!values) return error_response(r, values.error());
  if (!in->revision) {
    auto current = pilots_.pilot(v.principal, in->id, "en");
    if (!current) return error_response(r, current.error());
    in->revision = current->revision;
  }
  return changed(r, v, pilots_.record_values(v.principal, in->id, in->revision, *values));
}

}  // namespace cps::api
