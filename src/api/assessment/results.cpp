// What assessments add up to: a region's scorecard and learning needs, the benchmark with
// structural peers, the agreement between self and peer scores, and the information gaps.
// Texts are in the `lang` asked for.
#include "api/assessment/parts.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"

namespace cps::api {

using namespace assessment_parts;
using namespace cps::assessment;

namespace {

// An optional whole-number parameter from `lowest` to `highest`.
Result<std::optional<int>> number_parameter(const http::Request& r, std::string_view name, int lowest, int highest) {
  auto given = r.query_value(name);
  if (!given) return std::optional<int>();
  auto n = text::parse_int(*given);
  if (!n || *n < lowest || *n > highest)
    return fail(ErrorKind::invalid, "This must be a whole number above zero.", std::string(name));
  return std::optional<int>(int(*n));
}

}  // namespace

http::Response AssessmentEndpoints::scorecard(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"assessment", "lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto chosen = number_parameter(r, "assessment", 1, 1'000'000'000);
  if (!chosen) return error_response(r, chosen.error());
  std::optional<AssessmentId> assessment;
  if (*chosen) assessment = AssessmentId(**chosen);
  auto card = assessments_.scorecard(v.principal, RegionCode(text::to_upper_ascii(r.param("code"))), assessment, *lang);
  if (!card) return error_response(r, card.error());
  return json_response(r, scorecard_json(*card));
}

http::Response AssessmentEndpoints::benchmark(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"region", "lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  std::optional<RegionCode> region;
  if (auto g = r.query_value("region"); g && !g->empty()) region = RegionCode(text::to_upper_ascii(*g));
  auto found = assessments_.benchmark(v.principal, region, *lang);
  if (!found) return error_response(r, found.error());
  return json_response(r, benchmark_json(*found));
}

http::Response AssessmentEndpoints::learning_needs(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang", "limit"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto limit = number_parameter(r, "limit", 1, 100);
  if (!limit) return error_response(r, limit.error());
  RegionCode region(text::to_upper_ascii(r.param("code")));
  auto needs = assessments_.learning_needs(v.principal, region, *lang, std::size_t(limit->value_or(5)));
  if (!needs) return error_response(r, needs.error());
  return json_response(r, learning_needs_json(region, *needs));
}

http::Response AssessmentEndpoints::agreement(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto found = assessments_.agreement(v.principal, *lang);
  if (!found) return error_response(r, found.error());
  auto body = agreement_json(*found);
  auto items = std::move(body["items"].as_array());
  body.erase("items");
  return page_of(r, std::move(items), *page, std::move(body));
}

http::Response AssessmentEndpoints::gaps(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang", "days"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto days = number_parameter(r, "days", 1, 3650);
  if (!days) return error_response(r, days.error());
  auto report = assessments_.gaps(v.principal, *lang, days->value_or(14));
  if (!report) return error_response(r, report.error());
  return json_response(r, gaps_json(*report));
}

}  // namespace cps::api
