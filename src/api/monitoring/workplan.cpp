// The reporting periods and the work plan: activities, their progress, the matrix, the work
// plan's baseline and the change requests on approved plans (work plan and budget).
#include <algorithm>

#include "api/monitoring/parts.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"
#include "domain/monitoring/monitoring_input.hpp"

namespace cps::api {

using namespace monitoring_parts;
using namespace cps::monitoring;

http::Response MonitoringEndpoints::periods(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto found = monitoring_.periods(v.principal);
  if (!found) return error_response(r, found.error());
  return json_response(r, periods_json(*found));
}

// PUT {periods: [{number, starts, ends, report_due}]}: the six periods at once.
http::Response MonitoringEndpoints::save_periods(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto periods = read_periods(json::value(std::move(*body)));
  if (!periods) return error_response(r, periods.error());
  auto saved = monitoring_.save_periods(v.principal, std::move(*periods));
  if (!saved) return error_response(r, saved.error());
  return json_response(r, periods_json(*saved));
}

http::Response MonitoringEndpoints::work_plan(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto plan = monitoring_.work_plan(v.principal);
  if (!plan) return error_response(r, plan.error());
  return json_response(r, work_plan_json(*plan, monitoring_.capabilities(v.principal), *lang));
}

// ?columns=phases|periods&area=WG3&lang=
http::Response MonitoringEndpoints::matrix(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"columns", "area", "lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  MatrixColumns columns = MatrixColumns::phases;
  if (auto c = r.query_value("columns"); c && !c->empty()) {
    if (*c == "periods") columns = MatrixColumns::periods;
    else if (*c != "phases") return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "columns"});
  }
  std::optional<AreaCode> area;
  if (auto a = r.query_value("area"); a && !a->empty()) {
    area = AreaCode(text::to_upper_ascii(*a));
    if (!accounts::is_working_group(area->str()))
      return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "area"});
  }
  auto found = monitoring_.matrix(v.principal, columns, *lang, area);
  if (!found) return error_response(r, found.error());
  return json_response(r, matrix_json(*found));
}

http::Response MonitoringEndpoints::activity(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto id = id_in_path<ActivityId>(r);
  if (!id) return error_response(r, id.error());
  auto found = monitoring_.activity(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, activity_json(*found, std::nullopt, *lang));
}

http::Response MonitoringEndpoints::add_activity(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_activity(json::value(std::move(*body)));
  if (!input) return error_response(r, input.error());
  auto saved = monitoring_.save_activity(v.principal, std::nullopt, std::move(*input));
  if (!saved) return error_response(r, saved.error());
  json::object out = activity_json(*saved, std::nullopt, "en");
  return created(r, out, std::string(out["href"].as_string()));
}

http::Response MonitoringEndpoints::save_activity(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ActivityId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_activity(json::value(std::move(*body)));
  if (!input) return error_response(r, input.error());
  auto saved = monitoring_.save_activity(v.principal, *id, std::move(*input));
  if (!saved) return error_response(r, saved.error());
  return json_response(r, activity_json(*saved, std::nullopt, "en"));
}

http::Response MonitoringEndpoints::delete_activity(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ActivityId>(r);
  if (!id) return error_response(r, id.error());
  if (auto done = monitoring_.delete_activity(v.principal, *id); !done) return error_response(r, done.error());
  return http::make_response(r, bhttp::status::no_content, "", "");
}

// POST …/progress {status, progress, status_note}
http::Response MonitoringEndpoints::update_activity(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ActivityId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto update = read_activity_update(json::value(std::move(*body)));
  if (!update) return error_response(r, update.error());
  auto saved = monitoring_.update_activity(v.principal, *id, *update);
  if (!saved) return error_response(r, saved.error());
  return json_response(r, activity_json(*saved, std::nullopt, "en"));
}

http::Response MonitoringEndpoints::approve_work_plan(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto baseline = monitoring_.approve_baseline(v.principal, PlanPart::work_plan);
  if (!baseline) return error_response(r, baseline.error());
  return json_response(r, baseline_json(*baseline));
}

http::Response MonitoringEndpoints::plan_changes(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto plan = monitoring_.work_plan(v.principal);
  if (!plan) return error_response(r, plan.error());
  json::array items;
  for (const auto& c : plan->changes) items.push_back(plan_change_json(c));
  return page_of(r, std::move(items), *page, json::object{{"baseline", baseline_json(plan->baseline)}});
}

// POST {part, reason, activities | amounts}: a change request on an approved plan.
http::Response MonitoringEndpoints::request_change(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto change = read_plan_change(json::value(std::move(*body)));
  if (!change) return error_response(r, change.error());
  auto id = monitoring_.request_change(v.principal, std::move(*change));
  if (!id) return error_response(r, id.error());
  // The request as stored, from the list every member sees.
  auto plan = monitoring_.work_plan(v.principal);
  if (!plan) return error_response(r, plan.error());
  auto made = std::find_if(plan->changes.begin(), plan->changes.end(), [&](const PlanChange& c) { return c.id == *id; });
  if (made == plan->changes.end()) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  return created(r, plan_change_json(*made), "/api/v1/plan-changes/" + std::to_string(id->value()));
}

// POST …/decision {decision: "approve" | "reject", note}
http::Response MonitoringEndpoints::decide_change(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanChangeId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto named = text_member(*body, "decision");
  if (!named) return error_response(r, named.error());
  std::optional<Decision> decision;
  if (*named == "approve") decision = Decision::approve;
  if (*named == "reject") decision = Decision::reject;
  if (!decision) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "decision"});
  auto note = text_member(*body, "note");
  if (!note) return error_response(r, note.error());
  auto decided = monitoring_.decide_change(v.principal, *id, *decision, *note);
  if (!decided) return error_response(r, decided.error());
  return json_response(r, plan_change_json(*decided));
}

}  // namespace cps::api
