// The joint plans in the API: the plans (and bringing one in from Markdown), a plan with its
// sections and paragraphs, its versions and each version's text, its suggestions (suggest,
// support, accept, reject), and the steering committee's vote (open, vote, close). Bodies are
// read by the domain's readers, as the pages read forms. A published version reads without
// signing in; the rest is for members.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/plans/plan_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class PlanEndpoints {
 public:
  PlanEndpoints(plans::PlanService& plans, auth::Authenticator& authenticator)
      : plans_(plans), auth_(authenticator) {}

  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response list(http::Request& r, const Visit& v);
  http::Response create(http::Request& r, const Visit& v);
  http::Response plan(http::Request& r, const Visit& v);
  http::Response versions(http::Request& r, const Visit& v);
  http::Response version(http::Request& r, const Visit& v);
  http::Response compare(http::Request& r, const Visit& v);
  http::Response suggestions(http::Request& r, const Visit& v);
  http::Response suggest(http::Request& r, const Visit& v);
  http::Response support(http::Request& r, const Visit& v);
  http::Response accept(http::Request& r, const Visit& v);
  http::Response reject(http::Request& r, const Visit& v);
  http::Response comment(http::Request& r, const Visit& v);
  http::Response set_phase(http::Request& r, const Visit& v);
  http::Response vote(http::Request& r, const Visit& v);
  http::Response open_vote(http::Request& r, const Visit& v);
  http::Response cast(http::Request& r, const Visit& v);
  http::Response close_vote(http::Request& r, const Visit& v);

  plans::PlanService& plans_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
