// The self-assessment form coming back filled: the workbook's first sheet read as a table,
// its rows read as score inputs by the same reader the API uses, and saved as the team's
// self scores with the same checks as the scoring form. A refusal names the row and column.
#include "web/assessment/parts.hpp"

#include "domain/assessment/score_table.hpp"
#include "readers/xlsx.hpp"

namespace cps::web {

http::Response AssessmentPages::upload_form(http::Request& r, Language lang, const Visit& v,
                                            const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto file = f.file("file");
  if (!file || file->data.empty())
    return refused(r, lang, v,
                   Error{ErrorKind::invalid, N_("Choose the filled form (XLSX) to upload."), "file"});
  auto table = readers::read_xlsx_table(file->data);
  if (!table) return refused(r, lang, v, table.error());
  auto scores = read_self_assessment_form(*table);
  if (!scores) return refused(r, lang, v, scores.error());
  auto revision = text::parse_int(f.get("revision"));
  auto saved = assessments_.save_scores(v.principal, *id, revision ? int(*revision) : 0, *scores);
  if (!saved) return refused(r, lang, v, saved.error());
  return see_other(site_, r, assessment_href(lang, *id) + "?done=uploaded");
}

}  // namespace cps::web
