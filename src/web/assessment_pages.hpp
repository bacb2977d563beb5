// Pages of the assessment itself: the list and the form to open one, the overview with the
// flow's steps, reviewers, recommendations and comments, the scoring form of one area at a
// time (self, peer or agreed scores, as the viewer stands), the SWOT and details forms and a
// printable report. What the viewer may do is the service's Capabilities; the service checks
// it again. The handlers live in web/assessment/, one file per part.
#pragma once

#include <map>
#include <string>
#include <utility>

#include "domain/assessment/assessment_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class AssessmentPages {
 public:
  AssessmentPages(const Site& site, assessment::AssessmentService& assessments,
                  reference::ReferenceService& reference)
      : site_(site), assessments_(assessments), reference_(reference) {}

  void add_routes(http::Router& router);

  // One score's fields as typed in the form (or read from a stored score to fill it).
  struct TypedScore {
    std::string answer;  // "1"–"5", "not_applicable", "no_data" or "" (not answered)
    std::string confidence = "medium";
    std::string justification;
    std::string evidence;  // one reference per line: item:12, https://…, indicator:gdp
  };
  // Keyed by (criterion code, time frame name).
  using TypedScores = std::map<std::pair<std::string, std::string>, TypedScore>;

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;

  http::Response list(http::Request& r, Language lang, const Visit& v);
  http::Response create(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response overview(http::Request& r, Language lang, const Visit& v);
  http::Response scores(http::Request& r, Language lang, const Visit& v);
  http::Response save_scores(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response swot(http::Request& r, Language lang, const Visit& v);
  http::Response save_swot(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response details(http::Request& r, Language lang, const Visit& v);
  http::Response save_details(http::Request& r, Language lang, const Visit& v, const Form& f);
  // A filled self-assessment form (XLSX) read with the same checks as the scoring form.
  http::Response upload_form(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response report(http::Request& r, Language lang, const Visit& v);
  // The flow's steps, reviewers and invitations, comments, recommendations and their
  // responses, action plan and follow-up: each a small form on the overview.
  http::Response move(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response assign(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response invitation(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response submit_review(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response comment(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response recommend(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response respond(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response plan_action(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response follow_up(http::Request& r, Language lang, const Visit& v, const Form& f);

  // The overview with `extra` (a refused form's message) merged in, answered with `status`.
  http::Response overview_page(http::Request& r, Language lang, const Visit& v, Object extra,
                               http::bhttp::status status);
  // The overview again with a refused form's message at the top (the error page when the
  // assessment itself cannot be shown).
  http::Response refused(http::Request& r, Language lang, const Visit& v, const Error& error);
  // The scoring form of one area filled from `typed` (the stored scores when empty), with
  // `extra` merged in.
  http::Response scores_page(http::Request& r, Language lang, const Visit& v,
                             const assessment::Assessment& a, const std::string& area,
                             const TypedScores* typed, Object extra, http::bhttp::status status);
  // The details form showing `summary` and `disclosure`, and the SWOT form of `shown`'s area,
  // with `extra` (a refusal's message) merged in.
  http::Response details_page(http::Request& r, Language lang, const assessment::Assessment& a,
                              const std::string& summary,
                              std::optional<assessment::Disclosure> disclosure, Object extra,
                              http::bhttp::status status);
  http::Response swot_page(http::Request& r, Language lang, const Visit& v,
                           const assessment::Assessment& a, const assessment::Swot& shown,
                           Object extra, http::bhttp::status status);
  // The list with the "new assessment" form; `extra` holds a refused creation's message.
  http::Response list_page(http::Request& r, Language lang, const Visit& v, Object extra,
                           http::bhttp::status status);

  const Site& site_;
  assessment::AssessmentService& assessments_;
  reference::ReferenceService& reference_;
};

}  // namespace cps::web
