// The routes of the assessment API, one line each.
#include "api/assessment_endpoints.hpp"

#include "api/assessment/parts.hpp"
#include "api/guard.hpp"

namespace cps::api {

void AssessmentEndpoints::add_routes(http::Router& router) {
  using E = AssessmentEndpoints;
  using V = http::bhttp::verb;
  const http::RouteOptions body{256 * 1024};
  // A framework file holds every text of 30-odd criteria in five languages.
  const http::RouteOptions framework_file{4 * 1024 * 1024};
  // The filled form comes back as the workbook's bytes.
  const http::RouteOptions workbook{8 * 1024 * 1024, http::BodyTypes::any};
  const std::string a = "/api/v1/assessments/{id}";

  router.get("/api/v1/frameworks", for_anyone(this, &E::frameworks));
  router.add(V::post, "/api/v1/frameworks", for_visitor(auth_, this, &E::save_framework), framework_file);
  router.get("/api/v1/frameworks/{version}", for_anyone(this, &E::framework));

  router.get("/api/v1/assessments", for_visitor(auth_, this, &E::list));
  router.add(V::post, "/api/v1/assessments", for_visitor(auth_, this, &E::create), body);
  router.get("/api/v1/assessments/agreement", for_visitor(auth_, this, &E::agreement));
  router.get(a, for_visitor(auth_, this, &E::item));
  router.add(V::put, a, for_visitor(auth_, this, &E::save_details), body);
  router.get(a + "/scores", for_visitor(auth_, this, &E::scores));
  router.add(V::put, a + "/scores", for_visitor(auth_, this, &E::save_scores), body);
  router.get(a + "/swot/{area}", for_visitor(auth_, this, &E::swot));
  router.add(V::put, a + "/swot/{area}", for_visitor(auth_, this, &E::save_swot), body);
  router.add(V::post, a + "/submit", for_visitor(auth_, this, &E::submit), body);
  router.add(V::post, a + "/send-back", for_visitor(auth_, this, &E::send_back), body);
  router.add(V::post, a + "/consolidate", for_visitor(auth_, this, &E::consolidate), body);
  router.add(V::post, a + "/publish", for_visitor(auth_, this, &E::publish), body);
  router.get(a + "/reviewer-candidates", for_visitor(auth_, this, &E::reviewer_candidates));
  router.add(V::post, a + "/reviewers", for_visitor(auth_, this, &E::assign_reviewer), body);
  router.add(V::post, a + "/invitation", for_visitor(auth_, this, &E::answer_invitation), body);
  router.add(V::post, a + "/review", for_visitor(auth_, this, &E::submit_review), body);
  router.get(a + "/comments", for_visitor(auth_, this, &E::comments));
  router.add(V::post, a + "/comments", for_visitor(auth_, this, &E::comment), body);
  router.get(a + "/recommendations", for_visitor(auth_, this, &E::recommendations));
  router.add(V::post, a + "/recommendations", for_visitor(auth_, this, &E::recommend), body);
  router.add(V::post, a + "/recommendations/{recommendation}/response", for_visitor(auth_, this, &E::respond), body);
  router.add(V::post, a + "/recommendations/{recommendation}/actions", for_visitor(auth_, this, &E::plan_action), body);
  router.add(V::post, a + "/actions/{action}/follow-up", for_visitor(auth_, this, &E::follow_up), body);
  router.get(a + "/scores.csv", for_visitor(auth_, this, &E::download_scores));
  router.get(a + "/scores.xlsx", for_visitor(auth_, this, &E::download_scores));
  router.get(a + "/scores.json", for_visitor(auth_, this, &E::download_scores));
  router.get(a + "/form.xlsx", for_visitor(auth_, this, &E::form));
  router.add(V::put, a + "/form.xlsx", for_visitor(auth_, this, &E::upload_form), workbook);

  router.get("/api/v1/regions/{code}/scorecard", for_visitor(auth_, this, &E::scorecard));
  router.get("/api/v1/regions/{code}/learning-needs", for_visitor(auth_, this, &E::learning_needs));
  router.get("/api/v1/benchmarking", for_visitor(auth_, this, &E::benchmark));
  router.get("/api/v1/gaps", for_visitor(auth_, this, &E::gaps));
}

}  // namespace cps::api
