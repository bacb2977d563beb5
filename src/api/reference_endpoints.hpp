// /api/v1 endpoints for the reference data: thematic areas, countries, regions, periods.
#pragma once

#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class ReferenceEndpoints {
 public:
  explicit ReferenceEndpoints(reference::ReferenceService& service) : service_(service) {}
  void add_routes(http::Router& router);

 private:
  http::Response areas(http::Request& request);
  http::Response area(http::Request& request);
  http::Response countries(http::Request& request);
  http::Response country(http::Request& request);
  http::Response regions(http::Request& request);
  http::Response region(http::Request& request);
  http::Response lookup_regions(http::Request& request);
  http::Response reporting_periods(http::Request& request);

  reference::ReferenceService& service_;
};

}  // namespace cps::api
