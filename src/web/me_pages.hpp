// The personal start page (/{lang}/me): what waits for the signed-in person across the platform,
// by kind — items to review, assessments to fill or review, reports and pilot milestones due,
// Delphi rounds, mentoring requests, helpdesk questions, unread discussions and notifications —
// each with a link to where it is done, and when nothing waits, where to go next.
#pragma once

#include "domain/agenda/agenda_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class MePages {
 public:
  MePages(const Site& site, agenda::AgendaService& agenda) : site_(site), agenda_(agenda) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;

  http::Response start(http::Request& r, Language lang, const Visit& v);

  // A day YYYY-MM-DD as the language writes it.
  std::string date_text(Language lang, const std::string& day) const;

  const Site& site_;
  agenda::AgendaService& agenda_;
};

}  // namespace cps::web
