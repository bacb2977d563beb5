// The JSON API of the learning engine: a region's learning needs, and the same with the
// practices recommended for each (or for one need), scores by component and reasons both as
// message ids with values and as a filled English sentence.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/learning/learning_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class LearningEndpoints {
 public:
  LearningEndpoints(learning::LearningService& learning, auth::Authenticator& authenticator)
      : learning_(learning), auth_(authenticator) {}
  void add_routes(http::Router& router);

 private:
  // GET /api/v1/regions/{code}/needs?lang=&scope=
  http::Response needs(http::Request& r, const auth::Visit& v);
  // GET /api/v1/regions/{code}/recommendations?lang=&scope=&need=&limit=
  http::Response recommendations(http::Request& r, const auth::Visit& v);

  learning::LearningService& learning_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
