// Pages of what assessments add up to: a region's scorecard with its learning needs, the
// benchmark of regions (heat map, spread per criterion, structural peers), the information
// gaps dashboard, and the framework versions with the upload of a new one. The handlers live
// in web/assessment_results/, one file per page; who may see what is the service's call.
#pragma once

#include "domain/assessment/assessment_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class AssessmentResultsPages {
 public:
  AssessmentResultsPages(const Site& site, assessment::AssessmentService& assessments,
                         reference::ReferenceService& reference)
      : site_(site), assessments_(assessments), reference_(reference) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;

  http::Response scorecard(http::Request& r, Language lang, const Visit& v);
  http::Response benchmarking(http::Request& r, Language lang, const Visit& v);
  http::Response gaps(http::Request& r, Language lang, const Visit& v);
  http::Response frameworks(http::Request& r, Language lang, const Visit& v);
  http::Response framework(http::Request& r, Language lang, const Visit& v);
  // Stores the uploaded framework file as a new version (edit_framework).
  http::Response upload_framework(http::Request& r, Language lang, const Visit& v, const Form& f);

  // The versions page with `extra` (a refused upload's message) merged in.
  http::Response frameworks_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                 http::bhttp::status status);
  // A country's name in the UI language, its code when the reference data lack it.
  std::string country_name(Language lang, const std::string& code) const;

  const Site& site_;
  assessment::AssessmentService& assessments_;
  reference::ReferenceService& reference_;
};

}  // namespace cps::web
