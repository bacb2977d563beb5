// An assessment as files: its scores with criteria and evidence (CSV, XLSX, JSON), and the
// self-assessment form that goes out as XLSX for drafting offline and comes back with the same
// checks as the page's scores.
#include "api/assessment/parts.hpp"
#include "core/text.hpp"
#include "domain/assessment/score_table.hpp"
#include "export/table.hpp"
#include "readers/xlsx.hpp"

namespace cps::api {

using namespace assessment_parts;
using namespace cps::assessment;

namespace {

constexpr std::string_view kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

std::string file_stem(const Assessment& a) {
  return "clusterpolisee-assessment-" + a.region.str() + "-" + std::to_string(a.period);
}

http::Response attachment(const http::Request& r, std::string_view type, std::string bytes, const std::string& name) {
  http::Response res = http::make_response(r, bhttp::status::ok, type, std::move(bytes));
  res.set(bhttp::field::content_disposition, "attachment; filename=\"" + name + "\"");
  return res;
}

}  // namespace

// GET …/scores.csv, …/scores.xlsx, …/scores.json: the format is the address's extension.
http::Response AssessmentEndpoints::download_scores(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return error_response(r, id.error());
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return error_response(r, found.error());
  auto framework = assessments_.framework(found->framework_version);
  if (!framework) return error_response(r, framework.error());
  exports::Table table = scores_table(*found, *framework, *lang);
  std::string stem = file_stem(*found) + "-scores";
  if (r.path.ends_with(".csv"))
    return attachment(r, "text/csv; charset=utf-8", exports::to_csv(table), stem + ".csv");
  if (r.path.ends_with(".json")) return attachment(r, "application/json", exports::to_json(table), stem + ".json");
  auto bytes = exports::to_xlsx(table);
  if (!bytes) return error_response(r, bytes.error());
  return attachment(r, kXlsxType, std::move(*bytes), stem + ".xlsx");
}

http::Response AssessmentEndpoints::form(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return error_response(r, id.error());
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return error_response(r, found.error());
  auto framework = assessments_.framework(found->framework_version);
  if (!framework) return error_response(r, framework.error());
  auto bytes = exports::to_xlsx(self_assessment_form(*found, *framework, *lang));
  if (!bytes) return error_response(r, bytes.error());
  return attachment(r, kXlsxType, std::move(*bytes), file_stem(*found) + "-form.xlsx");
}

// PUT …/form.xlsx: the filled workbook as the body. With ?revision=N the upload is refused
// when the assessment changed since; without, it is saved over the current revision (the
// scores it answers replace those, the others stay).
http::Response AssessmentEndpoints::upload_form(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"revision"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return error_response(r, id.error());
  if (!http::media_type_is(r.header(bhttp::field::content_type), kXlsxType))
    return error_response(r, Error{ErrorKind::unsupported_media_type, "Send the form as an XLSX workbook.", "Content-Type"});
  std::optional<int> revision;
  if (auto given = r.query_value("revision")) {
    auto n = text::parse_int(*given);
    if (!n || *n < 1 || *n > 1'000'000'000)
      return error_response(r, Error{ErrorKind::invalid, "Give the revision you edited.", "revision"});
    revision = int(*n);
  }
  readers::XlsxLimits limits;
  limits.max_unpacked_bytes = 64u << 20;  // a form of a few dozen criteria is far smaller
  auto table = readers::read_xlsx_table(r.raw.body(), limits);
  if (!table) return error_response(r, table.error());
  auto scores = read_self_assessment_form(*table);
  if (!scores) return error_response(r, scores.error());
  if (!revision) {
    auto current = assessments_.assessment(v.principal, *id);
    if (!current) return error_response(r, current.error());
    revision = current->revision;
  }
  auto saved = assessments_.save_scores(v.principal, *id, *revision, *scores);
  if (!saved) return error_response(r, saved.error());
  return json_response(r, scores_json(*saved));
}

}  // namespace cps::api
