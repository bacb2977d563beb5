// The JSON API of feedback and curation, and of the policy helpdesk: giving feedback on a
// recommendation or a match and reading its tally, every judgment as CSV for the offline
// evaluation, coordinators' curations, and the helpdesk's questions with their assignment,
// answer and closing. Writes need a session with its form token or a write token.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/feedback/feedback_service.hpp"
#include "domain/helpdesk/helpdesk_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class FeedbackEndpoints {
 public:
  FeedbackEndpoints(feedback::FeedbackService& feedback, helpdesk::HelpdeskService& helpdesk,
                    auth::Authenticator& authenticator)
      : feedback_(feedback), helpdesk_(helpdesk), auth_(authenticator) {}

  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  // feedback_endpoints.cpp
  http::Response give(http::Request& r, const Visit& v);
  http::Response summary(http::Request& r, const Visit& v);
  http::Response judgments(http::Request& r, const Visit& v);
  http::Response curate(http::Request& r, const Visit& v);
  http::Response curations(http::Request& r, const Visit& v);
  // helpdesk_endpoints.cpp
  http::Response questions(http::Request& r, const Visit& v);
  http::Response ask(http::Request& r, const Visit& v);
  http::Response question(http::Request& r, const Visit& v);
  http::Response assign(http::Request& r, const Visit& v);
  http::Response answer(http::Request& r, const Visit& v);
  http::Response close(http::Request& r, const Visit& v);

  feedback::FeedbackService& feedback_;
  helpdesk::HelpdeskService& helpdesk_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
