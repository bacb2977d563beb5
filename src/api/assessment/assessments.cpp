// Assessments: the list, opening one, reading it, and what its team writes — details, scores
// and SWOT (peer and agreed scores go through the same PUT, as the viewer stands).
#include "api/assessment/parts.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"
#include "domain/assessment/score_input.hpp"

namespace cps::api {

using namespace assessment_parts;
using namespace cps::assessment;

http::Response AssessmentEndpoints::list(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"region", "country", "period", "status", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  AssessmentFilter filter;
  if (auto g = r.query_value("region")) filter.region = RegionCode(text::to_upper_ascii(*g));
  if (auto c = r.query_value("country")) filter.country = CountryCode(text::to_upper_ascii(*c));
  if (auto p = r.query_value("period")) {
    auto n = text::parse_int(*p);
    if (!n || *n < 1 || *n > 100) return error_response(r, Error{ErrorKind::invalid, "This must be a whole number above zero.", "period"});
    filter.period = int(*n);
  }
  if (auto s = r.query_value("status")) {
    auto status = parse_name(*s, kStatusNames);
    if (!status) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "status"});
    filter.statuses.push_back(*status);
  }
  auto found = assessments_.list(v.principal, filter);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& a : *found) items.push_back(assessment_json(a, assessments_.capabilities(v.principal, a)));
  return page_of(r, std::move(items), *page);
}

http::Response AssessmentEndpoints::create(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_new_assessment(*body);
  if (!input) return error_response(r, input.error());
  auto id = assessments_.create(v.principal, std::move(*input));
  if (!id) return error_response(r, id.error());
  auto made = assessments_.assessment(v.principal, *id);
  if (!made) return error_response(r, made.error());
  auto out = assessment_json(*made, assessments_.capabilities(v.principal, *made));
  return created(r, out, std::string(out["href"].as_string()));
}

http::Response AssessmentEndpoints::item(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return error_response(r, id.error());
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, assessment_json(*found, assessments_.capabilities(v.principal, *found)));
}

http::Response AssessmentEndpoints::save_details(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto revision = revision_of(*body);
  if (!revision) return error_response(r, revision.error());
  auto summary = text_member(*body, "summary");
  if (!summary) return error_response(r, summary.error());
  auto named = text_member(*body, "disclosure");
  if (!named) return error_response(r, named.error());
  auto disclosure = parse_name(*named, kDisclosureNames);
  if (!disclosure) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "disclosure"});
  auto saved = assessments_.save_details(v.principal, *id, *revision, std::move(*summary), *disclosure);
  if (!saved) return error_response(r, saved.error());
  return json_response(r, assessment_json(*saved, assessments_.capabilities(v.principal, *saved)));
}

http::Response AssessmentEndpoints::scores(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return error_response(r, id.error());
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, scores_json(*found));
}

http::Response AssessmentEndpoints::save_scores(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto revision = revision_of(*body);
  if (!revision) return error_response(r, revision.error());
  auto scores = read_scores(json::value(std::move(*body)));
  if (!scores) return error_response(r, scores.error());
  auto saved = assessments_.save_scores(v.principal, *id, *revision, *scores);
  if (!saved) return error_response(r, saved.error());
  return json_response(r, scores_json(*saved));
}

http::Response AssessmentEndpoints::swot(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return error_response(r, id.error());
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return error_response(r, found.error());
  AreaCode area(text::to_upper_ascii(r.param("area")));
  if (!accounts::is_working_group(area.str())) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  return json_response(r, swot_json(*found, area));
}

http::Response AssessmentEndpoints::save_swot(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return error_response(r, id.error());
  AreaCode area(text::to_upper_ascii(r.param("area")));
  if (!accounts::is_working_group(area.str())) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto revision = revision_of(*body);
  if (!revision) return error_response(r, revision.error());
  // The address names the area.
  (*body)["area"] = area.str();
  auto swot = read_swot(json::value(std::move(*body)));
  if (!swot) return error_response(r, swot.error());
  auto saved = assessments_.save_swot(v.principal, *id, *revision, std::move(*swot));
  if (!saved) return error_response(r, saved.error());
  return json_response(r, swot_json(*saved, area));
}

}  // namespace cps::api
