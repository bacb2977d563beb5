// The JSON API of the training programme: modules (by thematic area), a module with the
// caller's enrolment and progress and the module's gain, their creation and editing,
// enrolling and leaving, the pre- and post-self-assessment, quiz attempts, the certificate's
// new address once the module is completed, and certificates verified by their token.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/training/training_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class TrainingEndpoints {
 public:
  TrainingEndpoints(training::TrainingService& training, auth::Authenticator& authenticator)
      : training_(training), auth_(authenticator) {}

  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response list(http::Request& r, const Visit& v);
  http::Response create(http::Request& r, const Visit& v);
  http::Response module(http::Request& r, const Visit& v);
  http::Response update(http::Request& r, const Visit& v);
  http::Response enrol(http::Request& r, const Visit& v);
  http::Response leave(http::Request& r, const Visit& v);
  http::Response assess(http::Request& r, const Visit& v);
  http::Response quiz(http::Request& r, const Visit& v);
  http::Response issue_certificate(http::Request& r, const Visit& v);
  http::Response certificate(http::Request& r);

  training::TrainingService& training_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
