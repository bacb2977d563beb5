// The JSON API of pilots: the list and the comparative evaluation, a pilot and its parts
// (logframe, indicators, values per reporting period — also as a CSV/XLSX file in the format
// it is uploaded in —, milestones, risks), the approved baseline and its modifications,
// evaluations, and the pilots that tested a knowledge item. Writes need a session with its
// form token or a write token; the handlers live in api/pilot/, one file per sub-resource.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class PilotEndpoints {
 public:
  PilotEndpoints(pilot::PilotService& pilots, auth::Authenticator& authenticator)
      : pilots_(pilots), auth_(authenticator) {}
  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  // pilots.cpp
  http::Response list(http::Request& r, const Visit& v);
  http::Response create(http::Request& r, const Visit& v);
  http::Response item(http::Request& r, const Visit& v);
  http::Response update(http::Request& r, const Visit& v);
  http::Response save_logframe(http::Request& r, const Visit& v);
  http::Response compare(http::Request& r, const Visit& v);
  http::Response tested_in(http::Request& r, const Visit& v);
  // indicators.cpp
  http::Response indicators(http::Request& r, const Visit& v);
  http::Response add_indicator(http::Request& r, const Visit& v);
  http::Response save_indicator(http::Request& r, const Visit& v);
  http::Response delete_indicator(http::Request& r, const Visit& v);
  http::Response record_values(http::Request& r, const Visit& v);
  http::Response download_values(http::Request& r, const Visit& v);
  http::Response upload_values(http::Request& r, const Visit& v);
  // plan.cpp
  http::Response add_milestone(http::Request& r, const Visit& v);
  http::Response save_milestone(http::Request& r, const Visit& v);
  http::Response delete_milestone(http::Request& r, const Visit& v);
  http::Response add_risk(http::Request& r, const Visit& v);
  http::Response save_risk(http::Request& r, const Visit& v);
  http::Response delete_risk(http::Request& r, const Visit& v);
  // baseline.cpp
  http::Response approve(http::Request& r, const Visit& v);
  http::Response request_modification(http::Request& r, const Visit& v);
  http::Response decide_modification(http::Request& r, const Visit& v);
  http::Response evaluate(http::Request& r, const Visit& v);

  // The pilot as it is after a change, in the language asked for.
  http::Response changed(const http::Request& r, const Visit& v, const Result<pilot::Pilot>& pilot);

  pilot::PilotService& pilots_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
