// Framework versions: the list, one version as its file, and a new version from a file.
#include "api/assessment/parts.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"
#include "domain/assessment/framework_file.hpp"

namespace cps::api {

using namespace assessment_parts;
using namespace cps::assessment;

http::Response AssessmentEndpoints::frameworks(http::Request& r) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto all = assessments_.frameworks();
  if (!all) return error_response(r, all.error());
  json::array items;
  for (const auto& f : *all) items.push_back(framework_summary_json(f));
  return page_of(r, std::move(items), *page);
}

// The version's file, as the command line's export writes it and the import reads it.
http::Response AssessmentEndpoints::framework(http::Request& r) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto version = text::parse_int(r.param("version"));
  if (!version || *version < 1 || *version > 1'000'000) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto found = assessments_.framework(int(*version));
  if (!found) return error_response(r, found.error());
  return http::make_response(r, bhttp::status::ok, "application/json", framework_file(*found));
}

http::Response AssessmentEndpoints::save_framework(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto read = read_framework_file(r.raw.body());
  if (!read) return error_response(r, read.error());
  auto saved = assessments_.save_framework(v.principal, std::move(*read));
  if (!saved) return error_response(r, saved.error());
  http::Response res = http::make_response(r, bhttp::status::created, "application/json", framework_file(*saved));
  res.set(bhttp::field::location, "/api/v1/frameworks/" + std::to_string(saved->version));
  return res;
}

}  // namespace cps::api
