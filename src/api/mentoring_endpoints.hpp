// The JSON API of mentoring: mentor offers (the list learners choose from, one's own offer),
// a region's needs with peer regions and mentors, and mentoring pairs — the request, the
// mentor's answer, withdrawal, goals, meetings, outcome and closing feedback. Writes need a
// session with its form token or a write token.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/mentoring/mentoring_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class MentoringEndpoints {
 public:
  MentoringEndpoints(mentoring::MentoringService& mentoring, auth::Authenticator& authenticator)
      : mentoring_(mentoring), auth_(authenticator) {}
  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response mentors(http::Request& r, const Visit& v);
  http::Response my_offer(http::Request& r, const Visit& v);
  http::Response save_offer(http::Request& r, const Visit& v);
  http::Response peers(http::Request& r, const Visit& v);
  http::Response mine(http::Request& r, const Visit& v);
  http::Response create(http::Request& r, const Visit& v);
  http::Response item(http::Request& r, const Visit& v);
  http::Response answer(http::Request& r, const Visit& v);
  http::Response withdraw(http::Request& r, const Visit& v);
  http::Response goals(http::Request& r, const Visit& v);
  http::Response meetings(http::Request& r, const Visit& v);
  http::Response outcome(http::Request& r, const Visit& v);
  http::Response feedback(http::Request& r, const Visit& v);

  // The request as it is after a change, in the language asked for.
  http::Response changed(const http::Request& r, const Visit& v, const Result<mentoring::MentoringRequest>& done);

  mentoring::MentoringService& mentoring_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
