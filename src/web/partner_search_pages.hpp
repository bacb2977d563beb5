// Pages of international partner search: the search form with its explained matches (works
// without JavaScript), saving a search with daily alerts, the form of an expression of
// interest to a cluster, the expressions sent and received, and the saved searches. The
// handlers live in web/partner_search/, one file per part.
#pragma once

#include "domain/feedback/feedback_service.hpp"
#include "domain/matchmaking/partner_search/partner_search_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class PartnerSearchPages {
 public:
  PartnerSearchPages(const Site& site, partner_search::PartnerSearchService& partner_search,
                     partner_search::PartnerSearchSurroundings& platform, reference::ReferenceService& reference,
                     feedback::FeedbackService& feedback)
      : site_(site), service_(partner_search), platform_(platform), reference_(reference), feedback_(feedback) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // search.cpp
  http::Response search(http::Request& r, Language lang, const Visit& v);
  http::Response save_search(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The search page for criteria read from `fields` (the query, or a refused save's form);
  // `extra` holds a refusal's message.
  http::Response search_page(http::Request& r, Language lang, const Visit& v, const partner_search::Fields& fields,
                             bool asked, Object extra, Status status);
  // interest.cpp
  http::Response interest_form(http::Request& r, Language lang, const Visit& v);
  http::Response send_interest(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response interests(http::Request& r, Language lang, const Visit& v);
  http::Response interest_page(http::Request& r, Language lang, const Visit& v, const std::string& profile,
                               const std::string& about, const std::string& message, Object extra, Status status);
  // saved.cpp
  http::Response saved(http::Request& r, Language lang, const Visit& v);
  http::Response delete_saved(http::Request& r, Language lang, const Visit& v, const Form& f);

  const Site& site_;
  partner_search::PartnerSearchService& service_;
  partner_search::PartnerSearchSurroundings& platform_;  // the division table for the sector choices
  reference::ReferenceService& reference_;
  feedback::FeedbackService& feedback_;  // what people said of each match shown
};

}  // namespace cps::web
