// The results pages' routes and what several of them share.
#include "web/assessment_results/parts.hpp"

namespace cps::web {

void AssessmentResultsPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  using P = AssessmentResultsPages;
  router.get("/{lang}/regions/{code}/scorecard", page(&P::scorecard));
  router.get("/{lang}/benchmarking", page(&P::benchmarking));
  router.get("/{lang}/gaps", page(&P::gaps));
  router.get("/{lang}/frameworks", page(&P::frameworks));
  // A framework file is a few hundred kilobytes at most: 6 areas × a few criteria × 5 languages.
  router.add(bhttp::verb::post, "/{lang}/frameworks",
             on_form(site_, this, &P::upload_framework, FormBodies::with_files),
             http::RouteOptions{4 * 1024 * 1024, http::BodyTypes::of_family});
  router.get("/{lang}/frameworks/{version}", page(&P::framework));
}

std::string AssessmentResultsPages::country_name(Language lang, const std::string& code) const {
  auto country = reference_.country(code);
  return country ? site_.catalogue().country_name(lang, country->iso_code) : code;
}

}  // namespace cps::web
