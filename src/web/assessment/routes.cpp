// The assessment pages' routes, the list of assessments the viewer may see (with its filters),
// the reviews waiting for the viewer, and the form a region's team opens an assessment with.
#include "domain/accounts/policy.hpp"
#include "web/assessment/parts.hpp"

namespace cps::web {

namespace {

// A filled self-assessment workbook: a few hundred cells of text, far below this.
constexpr std::size_t kLargestForm = 5 * 1024 * 1024;

}  // namespace

void AssessmentPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  // A scoring form of one area holds six criteria × three time frames of text.
  http::RouteOptions long_form{512 * 1024};
  router.get("/{lang}/assessments", page(&AssessmentPages::list));
  router.get("/{lang}/assessments/reviews", page(&AssessmentPages::list));
  router.add(V::post, "/{lang}/assessments", form(&AssessmentPages::create));
  router.get("/{lang}/assessments/{id}", page(&AssessmentPages::overview));
  router.get("/{lang}/assessments/{id}/scores", page(&AssessmentPages::scores));
  router.add(V::post, "/{lang}/assessments/{id}/scores", form(&AssessmentPages::save_scores),
             long_form);
  router.get("/{lang}/assessments/{id}/swot", page(&AssessmentPages::swot));
  router.add(V::post, "/{lang}/assessments/{id}/swot", form(&AssessmentPages::save_swot),
             long_form);
  router.get("/{lang}/assessments/{id}/details", page(&AssessmentPages::details));
  router.add(V::post, "/{lang}/assessments/{id}/details", form(&AssessmentPages::save_details),
             long_form);
  router.get("/{lang}/assessments/{id}/report", page(&AssessmentPages::report));
  router.add(V::post, "/{lang}/assessments/{id}/form",
             on_form(site_, this, &AssessmentPages::upload_form, FormBodies::with_files),
             http::RouteOptions{kLargestForm, http::BodyTypes::of_family});
  router.add(V::post, "/{lang}/assessments/{id}/step", form(&AssessmentPages::move));
  router.add(V::post, "/{lang}/assessments/{id}/reviewers", form(&AssessmentPages::assign));
  router.add(V::post, "/{lang}/assessments/{id}/invitation", form(&AssessmentPages::invitation));
  router.add(V::post, "/{lang}/assessments/{id}/review", form(&AssessmentPages::submit_review));
  router.add(V::post, "/{lang}/assessments/{id}/comments", form(&AssessmentPages::comment));
  router.add(V::post, "/{lang}/assessments/{id}/recommendations",
             form(&AssessmentPages::recommend));
  router.add(V::post, "/{lang}/assessments/{id}/recommendations/{rid}/response",
             form(&AssessmentPages::respond));
  router.add(V::post, "/{lang}/assessments/{id}/recommendations/{rid}/actions",
             form(&AssessmentPages::plan_action));
  router.add(V::post, "/{lang}/assessments/{id}/actions/{aid}/follow-up",
             form(&AssessmentPages::follow_up));
}

http::Response AssessmentPages::list(http::Request& r, Language lang, const Visit& v) {
  return list_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response AssessmentPages::list_page(http::Request& r, Language lang, const Visit& v,
                                          Object extra, bhttp::status status) {
  bool reviews = r.path.ends_with("/reviews");
  if (reviews && !v.principal.signed_in())
    return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  AssessmentFilter filter;
  std::string region = text::to_upper_ascii(text::trim(r.query_value("region").value_or("")));
  std::string country = r.query_value("country").value_or("");
  std::string period = r.query_value("period").value_or("");
  std::string status_code = r.query_value("status").value_or("");
  if (!region.empty()) filter.region = RegionCode(region);
  if (!country.empty()) filter.country = CountryCode(country);
  if (auto p = text::parse_int(period); p && *p >= 1 && *p <= 6) filter.period = int(*p);
  if (auto s = parse_name(status_code, kStatusNames)) filter.statuses.push_back(*s);
  if (reviews) filter.reviewer = v.principal.user;
  auto found = assessments_.list(v.principal, filter);
  if (!found) return site_.error_page(r, found.error());

  const auto& cat = site_.catalogue();
  List rows;
  for (const auto& a : *found)
    rows.push_back(Object{{"href", assessment_href(lang, a.id)},
                          {"region", region_label(reference_, a.region)},
                          {"period", std::to_string(a.period)},
                          {"framework_version", std::to_string(a.framework_version)},
                          {"status", site_.tr(lang, assessment_status_label(a.status))},
                          {"status_code", std::string(to_string(a.status))},
                          {"updated", day_of(a.updated_at)}});
  List countries, periods, statuses;
  if (auto all = reference_.countries())
    for (const auto& c : *all)
      countries.push_back(Object{{"code", c.code.str()},
                                 {"name", cat.country_name(lang, c.iso_code)},
                                 {"selected", c.code.str() == country}});
  for (int p = 1; p <= 6; ++p)
    periods.push_back(
        Object{{"value", std::to_string(p)}, {"selected", std::to_string(p) == period}});
  for (auto s : kAllStatuses)
    statuses.push_back(Object{{"code", std::string(to_string(s))},
                              {"name", site_.tr(lang, assessment_status_label(s))},
                              {"selected", to_string(s) == status_code}});
  bool may_create = v.principal.signed_in() && v.principal.organisation &&
                    accounts::allowed(v.principal, accounts::Action::write_assessment,
                                      accounts::Target{.organisation = v.principal.organisation});
  Object data{
      {"rows", rows},
      {"has_rows", !rows.empty()},
      {"count_text", cat.translate_count(lang, NP_("{count} assessment", "{count} assessments"),
                                         (long long)rows.size())},
      {"reviews", reviews},
      {"action", Site::prefix(lang) + (reviews ? "/assessments/reviews" : "/assessments")},
      {"region", region},
      {"countries", countries},
      {"periods", periods},
      {"statuses", statuses},
      {"may_create", may_create && !reviews},
      {"create_action", Site::prefix(lang) + "/assessments"},
      {"new_region", region},
      {"new_period", period}};
  if (r.query_value("done") == "created")
    data["notice"] = site_.tr(lang, N_("The assessment is opened."));
  merge(data, std::move(extra));
  std::string title = site_.tr(lang, reviews ? N_("Reviews for me") : N_("Assessments"));
  return site_.page(r, lang, "assessment_list", title, std::move(data),
                    PageOptions{status, {}, {}});
}

http::Response AssessmentPages::create(http::Request& r, Language lang, const Visit& v,
                                       const Form& f) {
  NewAssessment input;
  input.region = RegionCode(text::to_upper_ascii(text::trim(f.get("region"))));
  auto period = text::parse_int(f.get("period"));
  input.period = period ? int(*period) : 0;
  auto made = assessments_.create(v.principal, input);
  if (!made) {
    Object extra = form_error(site_, lang, made.error());
    extra["new_region"] = input.region.str();
    extra["new_period"] = f.get("period");
    return list_page(r, lang, v, std::move(extra), form_status(made.error()));
  }
  return see_other(site_, r, assessment_href(lang, *made) + "?done=created");
}

}  // namespace cps::web
