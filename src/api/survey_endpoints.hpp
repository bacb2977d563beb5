// The JSON API of surveys: the list and one survey, writing and changing it (a new version once
// answered), one's own response so far, answering a section or the whole survey (save, next,
// submit), the results with their filters, and the responses as JSON, CSV or XLSX (one row per
// response), and mailing an event's feedback form to its attendees. Writes need a session with its form token or a write token; a public link's
// anonymous answer needs the browser's survey cookie.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/surveys/survey_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class SurveyEndpoints {
 public:
  SurveyEndpoints(surveys::SurveyService& surveys, auth::Authenticator& authenticator)
      : surveys_(surveys), auth_(authenticator) {}
  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response list(http::Request& r, const Visit& v);
  http::Response create(http::Request& r, const Visit& v);
  http::Response item(http::Request& r, const Visit& v);
  http::Response change(http::Request& r, const Visit& v);
  http::Response my_response(http::Request& r, const Visit& v);
  http::Response answer(http::Request& r, const Visit& v);
  http::Response responses(http::Request& r, const Visit& v);
  http::Response responses_file(http::Request& r, const Visit& v);
  http::Response results(http::Request& r, const Visit& v);
  http::Response invite(http::Request& r, const Visit& v);

  surveys::SurveyService& surveys_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
