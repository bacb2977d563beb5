// The Delphi API's routes and handlers: parse, one service call, JSON out.
#include "api/delphi_endpoints.hpp"

#include <boost/json.hpp>

#include "api/delphi_json.hpp"
#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "api/table_files.hpp"
#include "domain/foresight/delphi_export.hpp"
#include "domain/foresight/delphi_input.hpp"
#include "domain/foresight/delphi_methods.hpp"

namespace cps::api {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using namespace cps::foresight;

namespace {

// The study's id from the path and the body as an object (for writes).
struct Write {
  StudyId id;
  json::value body;
};

Result<Write> read_write(const http::Request& r) {
  if (auto ok = check_query(r, {}); !ok) return std::unexpected(ok.error());
  auto id = id_in_path<StudyId>(r);
  if (!id) return std::unexpected(id.error());
  auto body = parse_object(r.raw.body().empty() ? std::string_view("{}") : std::string_view(r.raw.body()));
  if (!body) return std::unexpected(body.error());
  return Write{*id, json::value(std::move(*body))};
}

}  // namespace

void DelphiEndpoints::add_routes(http::Router& router) {
  using E = DelphiEndpoints;
  using V = bhttp::verb;
  const http::RouteOptions body{64 * 1024};
  const std::string p = "/api/v1/delphi/{id}";
  router.get("/api/v1/delphi", for_visitor(auth_, this, &E::list));
  router.add(V::post, "/api/v1/delphi", for_visitor(auth_, this, &E::create), body);
  router.get(p, for_visitor(auth_, this, &E::item));
  router.add(V::put, p, for_visitor(auth_, this, &E::change), body);
  router.add(V::post, p + "/statements", for_visitor(auth_, this, &E::add_statement), body);
  router.add(V::put, p + "/statements/{statement}", for_visitor(auth_, this, &E::change_statement), body);
  router.add(V::post, p + "/panel", for_visitor(auth_, this, &E::invite), body);
  router.get(p + "/rounds", for_visitor(auth_, this, &E::rounds));
  router.add(V::post, p + "/rounds", for_visitor(auth_, this, &E::open_round), body);
  router.add(V::post, p + "/rounds/close", for_visitor(auth_, this, &E::close_round), body);
  router.add(V::post, p + "/reminders", for_visitor(auth_, this, &E::remind), body);
  router.get(p + "/questionnaire", for_visitor(auth_, this, &E::questionnaire));
  router.add(V::post, p + "/answers", for_visitor(auth_, this, &E::answer), body);
  router.get(p + "/results", for_visitor(auth_, this, &E::results));
  router.get(p + "/results.csv", for_visitor(auth_, this, &E::results_csv));
  router.get(p + "/scenarios", for_visitor(auth_, this, &E::scenarios));
  router.add(V::put, p + "/scenarios", for_visitor(auth_, this, &E::save_scenarios), body);
  router.get(p + "/methods", for_visitor(auth_, this, &E::methods));
  router.get(p + "/methods.csv", for_visitor(auth_, this, &E::methods_csv));
  router.get(p + "/methods.md", for_visitor(auth_, this, &E::methods_markdown));
}

http::Response DelphiEndpoints::list(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto found = delphi_.studies(v.principal);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& s : *found) items.push_back(study_json(s));
  return page_of(r, std::move(items), *page);
}

http::Response DelphiEndpoints::create(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_study(json::value(std::move(*body)));
  if (!input) return error_response(r, input.error());
  auto made = delphi_.create(v.principal, std::move(*input));
  if (!made) return error_response(r, made.error());
  return created(r, study_json(*made), "/api/v1/delphi/" + std::to_string(made->id.value()));
}

http::Response DelphiEndpoints::item(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<StudyId>(r);
  if (!id) return error_response(r, id.error());
  auto found = delphi_.study(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, study_view_json(*found));
}

http::Response DelphiEndpoints::change(http::Request& r, const Visit& v) {
  auto w = read_write(r);
  if (!w) return error_response(r, w.error());
  auto revision = revision_of(w->body.as_object());
  if (!revision) return error_response(r, revision.error());
  auto input = read_study(w->body);
  if (!input) return error_response(r, input.error());
  auto done = delphi_.change(v.principal, w->id, *revision, std::move(*input));
  if (!done) return error_response(r, done.error());
  return json_response(r, study_json(*done));
}

http::Response DelphiEndpoints::add_statement(http::Request& r, const Visit& v) {
  auto w = read_write(r);
  if (!w) return error_response(r, w.error());
  auto input = read_statement(w->body);
  if (!input) return error_response(r, input.error());
  auto done = delphi_.add_statement(v.principal, w->id, std::move(*input));
  if (!done) return error_response(r, done.error());
  return created(r, statement_json(*done), "/api/v1/delphi/" + std::to_string(w->id.value()));
}

http::Response DelphiEndpoints::change_statement(http::Request& r, const Visit& v) {
  auto w = read_write(r);
  if (!w) return error_response(r, w.error());
  auto statement = id_in_path<StatementId>(r, "statement");
  if (!statement) return error_response(r, statement.error());
  auto input = read_statement(w->body);
  if (!input) return error_response(r, input.error());
  auto done = delphi_.change_statement(v.principal, w->id, *statement, std::move(*input));
  if (!done) return error_response(r, done.error());
  return json_response(r, statement_json(*done));
}

http::Response DelphiEndpoints::invite(http::Request& r, const Visit& v) {
  auto w = read_write(r);
  if (!w) return error_response(r, w.error());
  auto input = read_panel_member(w->body);
  if (!input) return error_response(r, input.error());
  auto done = delphi_.invite(v.principal, w->id, *input);
  if (!done) return error_response(r, done.error());
  return created(r, panel_member_json(*done), "/api/v1/delphi/" + std::to_string(w->id.value()));
}

http::Response DelphiEndpoints::rounds(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<StudyId>(r);
  if (!id) return error_response(r, id.error());
  auto found = delphi_.rounds(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, json::object{{"items", turnout_json(*found)}});
}

http::Response DelphiEndpoints::open_round(http::Request& r, const Visit& v) {
  auto w = read_write(r);
  if (!w) return error_response(r, w.error());
  auto closes_at = read_round_opening(w->body);
  if (!closes_at) return error_response(r, closes_at.error());
  auto done = delphi_.open_round(v.principal, w->id, *closes_at);
  if (!done) return error_response(r, done.error());
  return created(r, round_json(*done), "/api/v1/delphi/" + std::to_string(w->id.value()) + "/rounds");
}

http::Response DelphiEndpoints::close_round(http::Request& r, const Visit& v) {
  auto w = read_write(r);
  if (!w) return error_response(r, w.error());
  auto done = delphi_.close_round(v.principal, w->id);
  if (!done) return error_response(r, done.error());
  return json_response(r, round_json(*done));
}

http::Response DelphiEndpoints::remind(http::Request& r, const Visit& v) {
  auto w = read_write(r);
  if (!w) return error_response(r, w.error());
  auto done = delphi_.remind(v.principal, w->id);
  if (!done) return error_response(r, done.error());
  return json_response(r, json::object{{"reminded", *done}});
}

http::Response DelphiEndpoints::questionnaire(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<StudyId>(r);
  if (!id) return error_response(r, id.error());
  auto found = delphi_.questionnaire(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, questionnaire_json(*found));
}

http::Response DelphiEndpoints::answer(http::Request& r, const Visit& v) {
  auto w = read_write(r);
  if (!w) return error_response(r, w.error());
  auto answers = read_answers(w->body);
  if (!answers) return error_response(r, answers.error());
  auto done = delphi_.answer(v.principal, w->id, std::move(*answers));
  if (!done) return error_response(r, done.error());
  return json_response(r, questionnaire_json(*done));
}

http::Response DelphiEndpoints::results(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<StudyId>(r);
  if (!id) return error_response(r, id.error());
  auto found = delphi_.results(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, json::object{{"items", results_json(*found)}});
}

http::Response DelphiEndpoints::results_csv(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<StudyId>(r);
  if (!id) return error_response(r, id.error());
  auto found = delphi_.study(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return table_response(r, results_table(*found), TableForm::csv, "delphi-" + std::to_string(id->value()) + "-results");
}

http::Response DelphiEndpoints::scenarios(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<StudyId>(r);
  if (!id) return error_response(r, id.error());
  auto found = delphi_.scenarios(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, scenario_view_json(*found));
}

http::Response DelphiEndpoints::save_scenarios(http::Request& r, const Visit& v) {
  auto w = read_write(r);
  if (!w) return error_response(r, w.error());
  // The revision the change started from; 0 or left out for the first frame.
  int revision = 0;
  if (const auto* given = w->body.as_object().if_contains("revision")) {
    if (!given->is_int64() || given->as_int64() < 0 || given->as_int64() > 1'000'000'000)
      return error_response(r, Error{ErrorKind::invalid, "Give the revision you edited.", "revision"});
    revision = int(given->as_int64());
  }
  auto input = read_scenario_frame(w->body);
  if (!input) return error_response(r, input.error());
  auto done = delphi_.save_scenarios(v.principal, w->id, revision, std::move(*input));
  if (!done) return error_response(r, done.error());
  auto view = delphi_.scenarios(v.principal, w->id);
  if (!view) return error_response(r, view.error());
  return json_response(r, scenario_view_json(*view));
}

Result<MethodsReport> DelphiEndpoints::methods_of(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return std::unexpected(ok.error());
  auto id = id_in_path<StudyId>(r);
  if (!id) return std::unexpected(id.error());
  auto found = delphi_.study(v.principal, *id);
  if (!found) return std::unexpected(found.error());
  return methods_report(*found);
}

http::Response DelphiEndpoints::methods(http::Request& r, const Visit& v) {
  auto report = methods_of(r, v);
  if (!report) return error_response(r, report.error());
  return json_response(r, methods_json(*report));
}

http::Response DelphiEndpoints::methods_csv(http::Request& r, const Visit& v) {
  auto report = methods_of(r, v);
  if (!report) return error_response(r, report.error());
  return table_response(r, methods_table(*report), TableForm::csv,
                        "delphi-" + std::to_string(report->study.id.value()) + "-methods");
}

http::Response DelphiEndpoints::methods_markdown(http::Request& r, const Visit& v) {
  auto report = methods_of(r, v);
  if (!report) return error_response(r, report.error());
  return file_response(r, "text/markdown; charset=utf-8",
                       foresight::methods_markdown(*report, [](const char* id) { return std::string(id); }),
                       "delphi-" + std::to_string(report->study.id.value()) + "-methods.md");
}

}  // namespace cps::api
