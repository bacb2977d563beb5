// The JSON API of assessments: framework versions (read, and a new one from a framework file),
// assessments and every step of their flow (scores, SWOT, submit, reviewers, review,
// consolidation, publication, sending back), comments, recommendations with the region's
// response and action plan, the downloads of scores (CSV, XLSX, JSON) and the self-assessment
// form's XLSX round trip, and the results (scorecard, benchmark, learning needs, agreement,
// information gaps). Writes need a session with its form token or a write token; the handlers
// live in api/assessment/, one file per sub-resource.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class AssessmentEndpoints {
 public:
  AssessmentEndpoints(assessment::AssessmentService& assessments, auth::Authenticator& authenticator)
      : assessments_(assessments), auth_(authenticator) {}
  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  // frameworks.cpp
  http::Response frameworks(http::Request& r);
  http::Response framework(http::Request& r);
  http::Response save_framework(http::Request& r, const Visit& v);
  // assessments.cpp
  http::Response list(http::Request& r, const Visit& v);
  http::Response create(http::Request& r, const Visit& v);
  http::Response item(http::Request& r, const Visit& v);
  http::Response save_details(http::Request& r, const Visit& v);
  http::Response scores(http::Request& r, const Visit& v);
  http::Response save_scores(http::Request& r, const Visit& v);
  http::Response swot(http::Request& r, const Visit& v);
  http::Response save_swot(http::Request& r, const Visit& v);
  // flow.cpp
  http::Response submit(http::Request& r, const Visit& v);
  http::Response send_back(http::Request& r, const Visit& v);
  http::Response consolidate(http::Request& r, const Visit& v);
  http::Response publish(http::Request& r, const Visit& v);
  http::Response move(http::Request& r, const Visit& v, assessment::Step step);
  http::Response assign_reviewer(http::Request& r, const Visit& v);
  http::Response answer_invitation(http::Request& r, const Visit& v);
  http::Response submit_review(http::Request& r, const Visit& v);
  // exchanges.cpp
  http::Response comments(http::Request& r, const Visit& v);
  http::Response comment(http::Request& r, const Visit& v);
  http::Response recommendations(http::Request& r, const Visit& v);
  http::Response recommend(http::Request& r, const Visit& v);
  http::Response respond(http::Request& r, const Visit& v);
  http::Response plan_action(http::Request& r, const Visit& v);
  http::Response follow_up(http::Request& r, const Visit& v);
  // downloads.cpp
  http::Response download_scores(http::Request& r, const Visit& v);
  http::Response form(http::Request& r, const Visit& v);
  http::Response upload_form(http::Request& r, const Visit& v);
  // results.cpp
  http::Response scorecard(http::Request& r, const Visit& v);
  http::Response benchmark(http::Request& r, const Visit& v);
  http::Response learning_needs(http::Request& r, const Visit& v);
  http::Response agreement(http::Request& r, const Visit& v);
  http::Response gaps(http::Request& r, const Visit& v);

  assessment::AssessmentService& assessments_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
