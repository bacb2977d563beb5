// Pages of the joint plans: the list of plans (and the form that brings a new one in from
// Markdown), a plan with its sections and paragraphs, each paragraph's open suggestions (support,
// accept, reject with a reason, comments) and the form to suggest on it, the decided suggestions, the
// versions, and the steering committee's vote (open, vote, close with the outcome statement);
// a version's text (public once approved, with a print stylesheet), its Markdown, and the word
// difference between two versions. What the viewer may do is the service's capabilities; the
// service checks it again. The handlers live in web/plans/.
#pragma once

#include <string>

#include "domain/plans/plan_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class PlanPages {
 public:
  PlanPages(const Site& site, plans::PlanService& plans) : site_(site), plans_(plans) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // plans.cpp
  http::Response list(http::Request& r, Language lang, const Visit& v);
  http::Response create(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response list_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                           Status status);
  http::Response plan(http::Request& r, Language lang, const Visit& v);
  http::Response suggest(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response support(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response comment(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response accept(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response reject(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response set_phase(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response open_vote(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response cast(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response close_vote(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The plan's page; `typed` (a refused form) fills that form again, `extra` holds the refusal's
  // message.
  http::Response plan_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                           Status status);
  // versions.cpp
  http::Response version(http::Request& r, Language lang, const Visit& v);
  http::Response version_markdown(http::Request& r, Language lang, const Visit& v);
  http::Response compare(http::Request& r, Language lang, const Visit& v);

  std::string group_name(Language lang, const std::string& code) const;
  // A moment as the language writes its day, and the machine-readable time.
  Object moment(Language lang, plans::Seconds at) const;

  const Site& site_;
  plans::PlanService& plans_;
};

}  // namespace cps::web
