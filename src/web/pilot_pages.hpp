// Pages of pilot initiatives: the list with its filters and the form to open one, a pilot's
// overview (texts, who runs it, transfers, budget and dates with the approved originals beside
// changed ones, logframe, indicators with their values per period and achievement, milestones,
// risks, evaluations, modifications), the forms of each part on a page of its own, and the
// comparative evaluation. What the viewer may do is the service's Capabilities; the service
// checks it again. The handlers live in web/pilot/, one file per part.
#pragma once

#include <string>

#include "domain/accounts/organisation_service.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class PilotPages {
 public:
  PilotPages(const Site& site, pilot::PilotService& pilots, reference::ReferenceService& reference,
             accounts::OrganisationService& organisations)
      : site_(site), pilots_(pilots), reference_(reference), organisations_(organisations) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // The list and the comparative evaluation.
  http::Response list(http::Request& r, Language lang, const Visit& v);
  http::Response compare(http::Request& r, Language lang, const Visit& v);
  http::Response overview(http::Request& r, Language lang, const Visit& v);
  // The description: opening a pilot and editing it share one form.
  http::Response new_pilot(http::Request& r, Language lang, const Visit& v);
  http::Response create(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response edit(http::Request& r, Language lang, const Visit& v);
  http::Response save(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response logframe(http::Request& r, Language lang, const Visit& v);
  http::Response save_logframe(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response indicators(http::Request& r, Language lang, const Visit& v);
  http::Response save_indicator(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response delete_indicator(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response values(http::Request& r, Language lang, const Visit& v);
  http::Response record_values(http::Request& r, Language lang, const Visit& v, const Form& f);
  // A CSV or XLSX file in the download's format, read by the same reader as the API's upload.
  http::Response upload_values(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response milestones(http::Request& r, Language lang, const Visit& v);
  http::Response save_milestone(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response delete_milestone(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response risks(http::Request& r, Language lang, const Visit& v);
  http::Response save_risk(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response delete_risk(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response evaluation(http::Request& r, Language lang, const Visit& v);
  http::Response evaluate(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response modification(http::Request& r, Language lang, const Visit& v);
  http::Response request_modification(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response decide_modification(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response approve_baseline(http::Request& r, Language lang, const Visit& v, const Form& f);

  // Each page built from the pilot the address names; `typed` (a refused form) fills the
  // fields again so that nothing typed is lost, `extra` holds the refusal's message.
  http::Response overview_page(http::Request& r, Language lang, const Visit& v, Object extra, Status status);
  http::Response form_page(http::Request& r, Language lang, const Visit& v, const pilot::Pilot* shown,
                           const Form* typed, Object extra, Status status);
  http::Response logframe_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                               Object extra, Status status);
  http::Response indicators_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                 Object extra, Status status);
  http::Response values_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                             Object extra, Status status);
  http::Response milestones_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                 Object extra, Status status);
  http::Response risks_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                            Object extra, Status status);
  http::Response evaluation_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                 Object extra, Status status);
  http::Response modification_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                   Object extra, Status status);

  // The pilot of the address as the viewer may see it (not found for a bad address).
  Result<pilot::Pilot> load(const http::Request& r, Language lang, const Visit& v);
  // What every page of one pilot shows at its top: title, links to the overview and its
  // parts, the revision the forms start from.
  Object heading(Language lang, const pilot::Pilot& p, const pilot::Capabilities& can) const;

  const Site& site_;
  pilot::PilotService& pilots_;
  reference::ReferenceService& reference_;
  accounts::OrganisationService& organisations_;
};

}  // namespace cps::web
