// Pages of the training programme: the modules by thematic area, a module's page (objectives,
// materials, sessions, enrolment, the pre- and post-self-assessment, the quiz, the person's own
// gain and the module's gain as a chart), the form that keeps a module, and the certificate
// page verifiable by its address. What the viewer may do is the service's Capabilities; the
// service checks it again. The handlers live in web/training/.
#pragma once

#include <string>

#include "domain/reference/reference_service.hpp"
#include "domain/training/training_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class TrainingPages {
 public:
  TrainingPages(const Site& site, training::TrainingService& training, reference::ReferenceService& reference)
      : site_(site), training_(training), reference_(reference) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // routes.cpp
  http::Response list(http::Request& r, Language lang, const Visit& v);
  // module.cpp
  http::Response module(http::Request& r, Language lang, const Visit& v);
  http::Response enrol(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response leave(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response assess(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response quiz(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response issue_certificate(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response module_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                             Status status);
  // form.cpp
  http::Response new_module(http::Request& r, Language lang, const Visit& v);
  http::Response edit_module(http::Request& r, Language lang, const Visit& v);
  http::Response create(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response update(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response form_page(http::Request& r, Language lang, const Visit& v, const training::Module* stored,
                           const Form* typed, Object extra, Status status);
  // certificate.cpp
  http::Response certificate(http::Request& r, Language lang, const Visit& v);

  // "WG4 · Cluster management" in the language.
  std::string area_label(const std::string& code, Language lang) const;
  std::string day_text(Language lang, training::Seconds at) const;

  const Site& site_;
  training::TrainingService& training_;
  reference::ReferenceService& reference_;
};

// The gain as a bar chart: for each learning objective, the mean rating before and after on
// the 1–5 scale. Bars are computed here; the template draws them as SVG with a title and a
// description, next to the same numbers as a table.
Object gain_chart(const Site& site, i18n::Language lang, const std::string& id, const std::string& title,
                  const std::vector<std::string>& objectives, const std::vector<double>& before,
                  const std::vector<double>& after);

}  // namespace cps::web
