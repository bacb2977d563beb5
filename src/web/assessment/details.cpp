// The forms of an assessment's own texts: its details (the region's summary and who may see
// the published scores) and the SWOT analysis of one thematic area. Refused input is shown
// again with the message beside the field and what was typed kept.
#include <boost/json.hpp>

#include "domain/assessment/score_input.hpp"
#include "web/assessment/parts.hpp"

namespace cps::web {

namespace json = boost::json;

namespace {

int revision_of(const Form& f) {
  auto n = text::parse_int(f.get("revision"));
  return n ? int(*n) : 0;
}

}  // namespace

http::Response AssessmentPages::details(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  if (!assessments_.capabilities(v.principal, *found).disclose)
    return site_.error_page(r,
                            Error{ErrorKind::forbidden, "You may not change this assessment now."});
  return details_page(r, lang, *found, found->summary, found->disclosure, {}, bhttp::status::ok);
}

http::Response AssessmentPages::save_details(http::Request& r, Language lang, const Visit& v,
                                             const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto disclosure = parse_name(f.get("disclosure"), kDisclosureNames);
  Result<Assessment> saved =
      disclosure
          ? assessments_.save_details(v.principal, *id, revision_of(f), f.get("summary"),
                                      *disclosure)
          : Result<Assessment>(fail(ErrorKind::invalid,
                                    N_("Choose who may see the published scores."), "disclosure"));
  if (saved) return see_other(site_, r, assessment_href(lang, *id) + "?done=details");
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  return details_page(r, lang, *found, f.get("summary"), disclosure,
                      form_error(site_, lang, saved.error()), form_status(saved.error()));
}

http::Response AssessmentPages::details_page(http::Request& r, Language lang, const Assessment& a,
                                             const std::string& summary,
                                             std::optional<Disclosure> disclosure, Object extra,
                                             bhttp::status status) {
  List disclosures;
  for (auto d : values_of(kDisclosureNames))
    disclosures.push_back(Object{{"code", std::string(to_string(d))},
                                 {"name", site_.tr(lang, disclosure_label(d))},
                                 {"id", "disclosure-" + std::string(to_string(d))},
                                 {"checked", disclosure == d}});
  std::string base = assessment_href(lang, a.id);
  // The current revision: after a refusal because somebody saved meanwhile, saving again
  // replaces their text with what is shown here.
  Object data{{"heading", region_label(reference_, a.region)},
              {"overview_href", base},
              {"action", base + "/details"},
              {"revision", std::to_string(a.revision)},
              {"summary", summary},
              // After submission the reviewed summary stays; who may see the scores does not.
              {"may_edit_summary", a.status == AssessmentStatus::draft},
              {"disclosures", disclosures}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "assessment_details", site_.tr(lang, N_("Summary and disclosure")),
                    std::move(data), PageOptions{status, {}, {}});
}

http::Response AssessmentPages::swot(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  std::string area = r.query_value("area").value_or("WG1");
  Swot shown{AreaCode(area), "", "", "", ""};
  for (const auto& s : found->swot)
    if (s.area.str() == area) shown = s;
  return swot_page(r, lang, v, *found, shown, {}, bhttp::status::ok);
}

http::Response AssessmentPages::save_swot(http::Request& r, Language lang, const Visit& v,
                                          const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  Swot typed{AreaCode(f.get("area")), f.get("strengths"), f.get("weaknesses"),
             f.get("opportunities"), f.get("threats")};
  auto input = read_swot(json::object{{"area", typed.area.str()},
                                      {"strengths", typed.strengths},
                                      {"weaknesses", typed.weaknesses},
                                      {"opportunities", typed.opportunities},
                                      {"threats", typed.threats}});
  Result<Assessment> saved = input
                                 ? assessments_.save_swot(v.principal, *id, revision_of(f), *input)
                                 : Result<Assessment>(std::unexpected(input.error()));
  if (saved) return see_other(site_, r, assessment_href(lang, *id) + "?done=swot#swot");
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  return swot_page(r, lang, v, *found, typed, form_error(site_, lang, saved.error()),
                   form_status(saved.error()));
}

http::Response AssessmentPages::swot_page(http::Request& r, Language lang, const Visit& v,
                                          const Assessment& a, const Swot& shown, Object extra,
                                          bhttp::status status) {
  const std::string& area = shown.area.str();
  std::string base = assessment_href(lang, a.id);
  List tabs;
  std::string area_name;
  for (const auto& an : area_names(reference_, i18n::code(lang))) {
    if (an.code == area) area_name = an.name;
    tabs.push_back(Object{{"code", an.code},
                          {"name", an.name},
                          {"href", base + "/swot?area=" + an.code},
                          {"current", an.code == area}});
  }
  if (area_name.empty()) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  Object data{{"heading", region_label(reference_, a.region)},
              {"overview_href", base},
              {"action", base + "/swot"},
              {"revision", std::to_string(a.revision)},
              {"area", area},
              {"area_name", area_name},
              {"tabs", tabs},
              {"may_edit", assessments_.capabilities(v.principal, a).edit},
              {"strengths", shown.strengths},
              {"weaknesses", shown.weaknesses},
              {"opportunities", shown.opportunities},
              {"threats", shown.threats}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "assessment_swot",
                    fmt::format("{} · {}", site_.tr(lang, N_("SWOT analysis")), area),
                    std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
