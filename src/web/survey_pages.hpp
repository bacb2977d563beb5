// Pages of the foresight programme's surveys: the list of surveys one may answer or organise,
// the survey itself as a form of several pages — one section at a time, only the sections and
// questions the answers so far show, decided on the server so that it works without
// JavaScript — with saving for later and a last page to review and send, and the organiser's
// results (and, for an event's feedback form, the mail that invites its attendees): per question counts drawn as bars beside their table, free-text answers, filters by
// country, organisation type and thematic area, and the exports. The handlers live in
// web/surveys/.
#pragma once

#include "domain/surveys/survey_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class SurveyPages {
 public:
  SurveyPages(const Site& site, surveys::SurveyService& surveys) : site_(site), surveys_(surveys) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // routes.cpp
  http::Response list(http::Request& r, Language lang, const Visit& v);

  // answer.cpp
  http::Response survey(http::Request& r, Language lang, const Visit& v);
  http::Response answer(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The survey's page at `section` ("review" for the last page); a refused form is shown again
  // with `typed` and its message in `extra`.
  http::Response survey_page(http::Request& r, Language lang, const Visit& v, std::string section, const Form* typed,
                             Object extra, Status status);

  // results.cpp
  http::Response results(http::Request& r, Language lang, const Visit& v);
  // An event's feedback form mailed to its attendees.
  http::Response invite(http::Request& r, Language lang, const Visit& v, const Form& f);

  const Site& site_;
  surveys::SurveyService& surveys_;
};

}  // namespace cps::web
