// Saved searches: the list with each one's criteria, its alerts and a link that runs it, and
// deleting one.
#include "web/partner_search/parts.hpp"

namespace cps::web {

http::Response PartnerSearchPages::saved(http::Request& r, Language lang, const Visit& v) {
  auto found = service_.saved_searches(v.principal);
  if (!found) return site_.error_page(r, found.error());
  const std::string prefix = Site::prefix(lang);
  const auto countries = country_names(site_, reference_, lang);
  List rows;
  for (const auto& s : *found)
    rows.push_back(Object{{"name", s.name},
                          {"criteria", criteria_text(site_, lang, s.criteria, countries)},
                          {"alerts", s.alerts == Alerts::daily ? site_.tr(lang, N_("Daily e-mail with new matches"))
                                                               : site_.tr(lang, N_("No e-mails"))},
                          {"run_href", prefix + "/partner-search" + criteria_query(s.criteria)},
                          {"delete_action", prefix + "/partner-search/saved/" + std::to_string(s.id.value()) + "/delete"}});
  Object data{{"rows", rows}, {"has_rows", !rows.empty()}, {"search_href", prefix + "/partner-search"}};
  if (auto done = r.query_value("done")) {
    if (*done == "saved") data["notice"] = site_.tr(lang, N_("The search is saved."));
    if (*done == "deleted") data["notice"] = site_.tr(lang, N_("The search is deleted."));
  }
  return site_.page(r, lang, "partner_search_saved", site_.tr(lang, N_("Saved searches")), std::move(data));
}

http::Response PartnerSearchPages::delete_saved(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto id = http::path_id<SavedSearchId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = service_.delete_saved_search(v.principal, *id);
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/partner-search/saved?done=deleted");
}

}  // namespace cps::web
