// The report of searches that found little (/{lang}/admin/search-gaps): for the thesaurus'
// keepers, which words people searched the knowledge base for and found nothing or little, as a
// table and a CSV file, each row with a link that runs the search again and a button that
// clears it once the thesaurus answers it. Who may see it is the service's call.
#pragma once

#include "domain/knowledge/search_gaps.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class SearchGapPages {
 public:
  SearchGapPages(const Site& site, knowledge::SearchGapService& gaps) : site_(site), gaps_(gaps) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;

  // GET …/search-gaps and …/search-gaps.csv: filters `language` (a UI language) and `results`
  // (none, few).
  http::Response report(http::Request& r, Language lang, const Visit& v);
  // POST …/search-gaps/dismiss: query, language, results.
  http::Response dismiss(http::Request& r, Language lang, const Visit& v, const Form& f);

  const Site& site_;
  knowledge::SearchGapService& gaps_;
};

}  // namespace cps::web
