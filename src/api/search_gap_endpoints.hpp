// The report of searches that found little in the API: GET /api/v1/search-gaps (filters
// `language` and `results`, the shared paging) and POST /api/v1/search-gaps/dismiss, which
// takes a row off as the page's button does. For those the policy lets see it.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/knowledge/search_gaps.hpp"
#include "http/router.hpp"

namespace cps::api {

class SearchGapEndpoints {
 public:
  SearchGapEndpoints(knowledge::SearchGapService& gaps, auth::Authenticator& authenticator)
      : gaps_(gaps), auth_(authenticator) {}
  void add_routes(http::Router& router);

 private:
  http::Response list(http::Request& r, const auth::Visit& v);
  http::Response dismiss(http::Request& r, const auth::Visit& v);

  knowledge::SearchGapService& gaps_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
