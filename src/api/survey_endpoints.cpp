// The survey API's routes and handlers: parse, one service call, JSON out.
#include "api/survey_endpoints.hpp"

#include <boost/json.hpp>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "api/survey_json.hpp"
#include "api/table_files.hpp"
#include "domain/surveys/survey_input.hpp"
#include "i18n/catalogue.hpp"

namespace cps::api {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using namespace cps::surveys;
using i18n::N_;

namespace {

Respondent respondent_of(const http::Request& r) {
  return Respondent{std::string(r.cookie(kBrowserTokenCookie).value_or(""))};
}

Result<json::object> body_of(const http::Request& r) {
  return parse_object(r.raw.body().empty() ? std::string_view("{}") : std::string_view(r.raw.body()));
}

}  // namespace

void SurveyEndpoints::add_routes(http::Router& router) {
  using E = SurveyEndpoints;
  using V = bhttp::verb;
  const http::RouteOptions body{256 * 1024};
  const std::string p = "/api/v1/surveys/{id}";
  router.get("/api/v1/surveys", for_visitor(auth_, this, &E::list));
  router.add(V::post, "/api/v1/surveys", for_visitor(auth_, this, &E::create), body);
  router.get(p, for_visitor(auth_, this, &E::item));
  router.add(V::put, p, for_visitor(auth_, this, &E::change), body);
  router.get(p + "/response", for_visitor(auth_, this, &E::my_response));
  router.add(V::post, p + "/responses", for_visitor(auth_, this, &E::answer), body);
  router.get(p + "/responses", for_visitor(auth_, this, &E::responses));
  router.get(p + "/responses.csv", for_visitor(auth_, this, &E::responses_file));
  router.get(p + "/responses.xlsx", for_visitor(auth_, this, &E::responses_file));
  router.get(p + "/results", for_visitor(auth_, this, &E::results));
  router.add(V::post, p + "/invitations", for_visitor(auth_, this, &E::invite), body);
}

http::Response SurveyEndpoints::list(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto found = surveys_.surveys(v.principal, respondent_of(r));
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& e : *found) items.push_back(survey_entry_json(e));
  return page_of(r, std::move(items), *page);
}

http::Response SurveyEndpoints::create(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_survey(json::value(std::move(*body)));
  if (!input) return error_response(r, input.error());
  auto made = surveys_.create(v.principal, std::move(*input));
  if (!made) return error_response(r, made.error());
  return created(r, survey_json(*made), "/api/v1/surveys/" + std::to_string(made->id.value()));
}

http::Response SurveyEndpoints::item(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SurveyId>(r);
  if (!id) return error_response(r, id.error());
  auto found = surveys_.survey(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, survey_view_json(*found));
}

http::Response SurveyEndpoints::change(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SurveyId>(r);
  if (!id) return error_response(r, id.error());
  auto body = body_of(r);
  if (!body) return error_response(r, body.error());
  auto revision = revision_of(*body);
  if (!revision) return error_response(r, revision.error());
  auto input = read_survey(json::value(*body));
  if (!input) return error_response(r, input.error());
  auto done = surveys_.change(v.principal, *id, *revision, std::move(*input));
  if (!done) return error_response(r, done.error());
  return json_response(r, survey_json(*done));
}

http::Response SurveyEndpoints::my_response(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SurveyId>(r);
  if (!id) return error_response(r, id.error());
  auto found = surveys_.sheet(v.principal, *id, respondent_of(r));
  if (!found) return error_response(r, found.error());
  return json_response(r, sheet_json(*found));
}

// {"section": "about" (or absent for all), "answers": {…}, "step": "save" | "next" | "submit"}
http::Response SurveyEndpoints::answer(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SurveyId>(r);
  if (!id) return error_response(r, id.error());
  auto body = body_of(r);
  if (!body) return error_response(r, body.error());
  auto section = text_member(*body, "section");
  if (!section) return error_response(r, section.error());
  auto step_text = text_member(*body, "step");
  if (!step_text) return error_response(r, step_text.error());
  auto step = step_text->empty() ? std::optional<Step>(Step::submit) : parse_name(*step_text, kStepNames);
  if (!step) return error_response(r, Error{ErrorKind::invalid, N_("The step must be save, next or submit."), "step"});
  const json::value* answers = body->if_contains("answers");
  auto done = surveys_.answer(v.principal, *id, respondent_of(r), *section, answers ? *answers : json::value(json::object{}), *step);
  if (!done) return error_response(r, done.error());
  return json_response(r, sheet_json(*done), *step == Step::submit ? bhttp::status::created : bhttp::status::ok);
}

http::Response SurveyEndpoints::responses(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SurveyId>(r);
  if (!id) return error_response(r, id.error());
  auto language = language_parameter(r);
  if (!language) return error_response(r, language.error());
  auto table = surveys_.responses_table(v.principal, *id, *language);
  if (!table) return error_response(r, table.error());
  auto parsed = json::parse(exports::to_json(*table));
  return json_response(r, parsed);
}

http::Response SurveyEndpoints::responses_file(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SurveyId>(r);
  if (!id) return error_response(r, id.error());
  auto language = language_parameter(r);
  if (!language) return error_response(r, language.error());
  auto table = surveys_.responses_table(v.principal, *id, *language);
  if (!table) return error_response(r, table.error());
  return table_response(r, *table, table_form_of(r), "survey-" + std::to_string(id->value()) + "-responses");
}

http::Response SurveyEndpoints::results(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"country", "organisation_type", "area"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SurveyId>(r);
  if (!id) return error_response(r, id.error());
  Filter filter{r.query_value("country").value_or(""), r.query_value("organisation_type").value_or(""),
                r.query_value("area").value_or("")};
  auto found = surveys_.results(v.principal, *id, filter);
  if (!found) return error_response(r, found.error());
  return json_response(r, results_json(*found));
}

http::Response SurveyEndpoints::invite(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SurveyId>(r);
  if (!id) return error_response(r, id.error());
  auto mailed = surveys_.invite_attendees(v.principal, *id);
  if (!mailed) return error_response(r, mailed.error());
  return json_response(r, json::object{{"invited", *mailed}});
}

}  // namespace cps::api
