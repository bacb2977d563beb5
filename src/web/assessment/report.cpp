// The printable report of one assessment: per thematic area a table of its criteria with the
// past, current and target levels, the gap and the change; the SWOT analyses; the
// recommendations with the region's responses and the action plan. The print stylesheet in
// site.css leaves out the navigation and the forms.
#include "web/assessment/parts.hpp"
#include "web/markdown.hpp"

namespace cps::web {

http::Response AssessmentPages::report(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const Assessment& a = *found;
  const std::string language(i18n::code(lang));
  auto card = assessments_.scorecard(v.principal, a.region, *id, language);
  if (!card) return site_.error_page(r, card.error());
  auto recommendations = assessments_.recommendations(v.principal, *id);
  if (!recommendations) return site_.error_page(r, recommendations.error());
  const auto& cat = site_.catalogue();
  auto mean = [&](std::optional<double> x) {
    return x ? cat.format_decimal(lang, *x, 1) : std::string("—");
  };
  // A difference with its sign, the minus as a minus sign (−1), as a printed table shows it.
  auto signed_text = [](std::optional<int> x) {
    if (!x) return std::string("—");
    if (*x < 0) return "\u2212" + std::to_string(-*x);
    return *x > 0 ? "+" + std::to_string(*x) : std::to_string(*x);
  };

  List areas;
  for (const auto& ar : card->areas) {
    List rows;
    for (const auto& c : card->criteria) {
      if (c.area != ar.area) continue;
      rows.push_back(Object{{"code", c.criterion},
                            {"title", c.title},
                            {"past", level_text(c.past)},
                            {"current", level_text(c.current)},
                            {"target", level_text(c.target)},
                            {"gap", signed_text(c.gap)},
                            {"change", signed_text(c.change)},
                            {"diverges", c.diverges},
                            {"without_evidence", c.without_evidence}});
    }
    const Swot* s = nullptr;
    for (const auto& x : a.swot)
      if (x.area == ar.area) s = &x;
    areas.push_back(Object{{"code", ar.area.str()},
                           {"name", ar.name},
                           {"past", mean(ar.past)},
                           {"current", mean(ar.current)},
                           {"target", mean(ar.target)},
                           {"rows", rows},
                           {"has_swot", s != nullptr},
                           {"strengths_html", s ? render_markdown(s->strengths) : ""},
                           {"weaknesses_html", s ? render_markdown(s->weaknesses) : ""},
                           {"opportunities_html", s ? render_markdown(s->opportunities) : ""},
                           {"threats_html", s ? render_markdown(s->threats) : ""}});
  }
  List recs;
  for (const auto& rec : *recommendations) {
    List actions;
    for (const auto& act : rec.actions)
      actions.push_back(Object{{"action", act.action},
                               {"owner", act.owner},
                               {"deadline", act.deadline},
                               {"status", site_.tr(lang, action_status_label(act.status))},
                               {"follow_up", act.follow_up}});
    recs.push_back(Object{{"area", rec.area.str()},
                          {"criterion", rec.criterion},
                          {"text_html", render_markdown(rec.text)},
                          {"response", site_.tr(lang, response_label(rec.response))},
                          {"reason", rec.response_reason},
                          {"actions", actions},
                          {"has_actions", !actions.empty()}});
  }
  std::string region = region_label(reference_, a.region);
  Object data{{"heading", region},
              {"overview_href", assessment_href(lang, *id)},
              {"period", std::to_string(a.period)},
              {"framework_version", std::to_string(a.framework_version)},
              {"status", site_.tr(lang, assessment_status_label(a.status))},
              {"published", day_of(a.published_at)},
              {"is_published", a.status == AssessmentStatus::published},
              {"summary_html", render_markdown(a.summary)},
              {"has_summary", !text::trim(a.summary).empty()},
              {"areas", areas},
              {"recommendations", recs},
              {"has_recommendations", !recs.empty()}};
  std::string title = fmt::format("{} · {}", site_.tr(lang, N_("Assessment report")), region);
  return site_.page(r, lang, "assessment_report", title, std::move(data));
}

}  // namespace cps::web
