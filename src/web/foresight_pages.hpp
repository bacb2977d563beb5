// Pages of the SEE foresight programme's Delphi studies: the programme page, the list of
// studies with the form that starts one, a study's page (rules, the panel's balance with a
// warning when one group dominates, rounds and turnout, each statement's standing and
// statistics, and the organiser's forms: statements, panel, rounds, reminders), and the
// panellist's page for the open round with the group's feedback. What the viewer may do is the
// service's DelphiCapabilities; the service checks it again. The handlers live in web/foresight/.
#pragma once

#include "domain/accounts/account_service.hpp"
#include "domain/foresight/delphi_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class ForesightPages {
 public:
  ForesightPages(const Site& site, foresight::DelphiService& delphi, accounts::AccountService& accounts)
      : site_(site), delphi_(delphi), accounts_(accounts) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // studies.cpp
  http::Response programme(http::Request& r, Language lang, const Visit& v);
  http::Response list(http::Request& r, Language lang, const Visit& v);
  http::Response create(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response list_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                           Status status);

  // study.cpp
  http::Response study(http::Request& r, Language lang, const Visit& v);
  http::Response add_statement(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The organiser's rules before round 1, and rewording a statement not yet put to the panel.
  http::Response change_rules(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response change_statement(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response invite(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response open_round(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response close_round(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response remind(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The study's page; a refused form is shown again with `typed` and its message in `extra`.
  http::Response study_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                            Status status);
  // After an organiser's step: back to the study with its notice, or the page with the refusal.
  template <class T>
  http::Response after(http::Request& r, Language lang, const Visit& v, const Form& f, const Result<T>& done,
                       const char* notice);

  // methods.cpp: the methods report as a page and as Markdown.
  http::Response methods(http::Request& r, Language lang, const Visit& v);
  http::Response methods_markdown(http::Request& r, Language lang, const Visit& v);

  // scenarios.cpp: the 2 × 2 frame of a finished study and the organiser's form.
  http::Response scenarios(http::Request& r, Language lang, const Visit& v);
  http::Response save_scenarios(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response scenarios_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                                Status status);

  // answer.cpp
  http::Response questionnaire(http::Request& r, Language lang, const Visit& v);
  http::Response answer(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response answer_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                             Status status);

  const Site& site_;
  foresight::DelphiService& delphi_;
  accounts::AccountService& accounts_;  // the people an organiser may invite
};

}  // namespace cps::web
