// The JSON API of Delphi studies: the list and one study (panel balance, rules, turnout,
// results), creating a study and changing its rules before round 1, statements, the panel,
// opening and closing rounds, reminders, a panellist's questionnaire and answers, scenarios, and the
// results and the methods report as JSON and CSV (aggregates only). Writes need a session with its form token or a
// write token.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/foresight/delphi_methods.hpp"
#include "domain/foresight/delphi_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class DelphiEndpoints {
 public:
  DelphiEndpoints(foresight::DelphiService& delphi, auth::Authenticator& authenticator)
      : delphi_(delphi), auth_(authenticator) {}
  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response list(http::Request& r, const Visit& v);
  http::Response create(http::Request& r, const Visit& v);
  http::Response item(http::Request& r, const Visit& v);
  http::Response change(http::Request& r, const Visit& v);
  http::Response add_statement(http::Request& r, const Visit& v);
  http::Response change_statement(http::Request& r, const Visit& v);
  http::Response invite(http::Request& r, const Visit& v);
  http::Response rounds(http::Request& r, const Visit& v);
  http::Response open_round(http::Request& r, const Visit& v);
  http::Response close_round(http::Request& r, const Visit& v);
  http::Response remind(http::Request& r, const Visit& v);
  http::Response questionnaire(http::Request& r, const Visit& v);
  http::Response answer(http::Request& r, const Visit& v);
  http::Response results(http::Request& r, const Visit& v);
  http::Response results_csv(http::Request& r, const Visit& v);
  // The methods report (CREDES) as JSON, CSV and Markdown (in English).
  http::Response methods(http::Request& r, const Visit& v);
  http::Response methods_csv(http::Request& r, const Visit& v);
  http::Response methods_markdown(http::Request& r, const Visit& v);

  // The scenario frame of a finished study: read, and saved whole.
  http::Response scenarios(http::Request& r, const Visit& v);
  http::Response save_scenarios(http::Request& r, const Visit& v);
  // The study's view as the methods report, for the three forms above.
  Result<foresight::MethodsReport> methods_of(http::Request& r, const Visit& v);

  foresight::DelphiService& delphi_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
