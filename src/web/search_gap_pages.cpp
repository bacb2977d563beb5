#include "web/search_gap_pages.hpp"

#include "core/text.hpp"
#include "export/table.hpp"
#include "web/knowledge_labels.hpp"

namespace cps::web {

using i18n::N_;
using knowledge::ResultsBucket;
namespace bhttp = http::bhttp;

namespace {

const char* bucket_label(ResultsBucket b) {
  return b == ResultsBucket::none ? N_("None") : N_("1 to 3");
}

}  // namespace

void SearchGapPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  router.get("/{lang}/admin/search-gaps", page(&SearchGapPages::report));
  router.get("/{lang}/admin/search-gaps.csv", page(&SearchGapPages::report));
  router.add(bhttp::verb::post, "/{lang}/admin/search-gaps/dismiss", on_form(site_, this, &SearchGapPages::dismiss));
}

http::Response SearchGapPages::report(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  knowledge::SearchGapFilter filter;
  if (auto l = r.query_value("language"); l && !l->empty()) {
    if (!i18n::parse_language(*l)) return site_.error_page(r, Error{ErrorKind::invalid, "Choose a value from the list.", "language"});
    filter.language = *l;
  }
  if (auto b = r.query_value("results"); b && !b->empty()) {
    if (!(filter.results = knowledge::parse_results_bucket(*b)))
      return site_.error_page(r, Error{ErrorKind::invalid, "Choose a value from the list.", "results"});
  }
  auto gaps = gaps_.report(v.principal, filter);
  if (!gaps) return site_.error_page(r, gaps.error());
  std::string query;
  if (filter.language) query += "language=" + *filter.language;
  if (filter.results) query += std::string(query.empty() ? "" : "&") + "results=" + std::string(to_string(*filter.results));
  if (!query.empty()) query = "?" + query;

  if (r.path.ends_with(".csv")) {
    exports::Table table{"search_gaps", {"query", "language", "results", "searches", "first_week", "last_week"}, {}};
    for (const auto& g : *gaps)
      table.rows.push_back({g.query, g.language, std::string(to_string(g.results)), std::to_string(g.searches),
                            g.first_week, g.last_week});
    http::Response res = http::make_response(r, bhttp::status::ok, "text/csv; charset=utf-8", exports::to_csv(table));
    res.set(bhttp::field::content_disposition, "attachment; filename=\"clusterpolisee-search-gaps.csv\"");
    res.set(bhttp::field::cache_control, "no-store");
    site_.apply_cookies(r, res);
    return res;
  }

  const auto& cat = site_.catalogue();
  const std::string prefix = Site::prefix(lang);
  List rows;
  std::size_t n = 0;
  for (const auto& g : *gaps) {
    rows.push_back(Object{{"query", g.query},
                          {"language", g.language},
                          {"language_name", std::string(language_endonym(g.language))},
                          {"search_href", "/" + g.language + "/knowledge?q=" + text::encode_uri_component(g.query)},
                          {"results", site_.tr(lang, bucket_label(g.results))},
                          {"results_code", std::string(to_string(g.results))},
                          {"searches", cat.format_integer(lang, (long long)g.searches)},
                          {"first_week", g.first_week},
                          {"last_week", g.last_week},
                          {"row_id", "gap-" + std::to_string(++n)}});
  }
  List languages;
  for (auto code : {"en", "ro", "sq", "hu", "el"})
    languages.push_back(Object{{"code", std::string(code)},
                               {"name", std::string(language_endonym(code))},
                               {"selected", filter.language == code}});
  List buckets;
  for (auto b : knowledge::kAllResultsBuckets)
    buckets.push_back(Object{{"code", std::string(to_string(b))},
                             {"name", site_.tr(lang, bucket_label(b))},
                             {"selected", filter.results == b}});
  Object data{{"rows", rows},
              {"has_rows", !rows.empty()},
              {"count_text", cat.translate_count(lang, i18n::NP_("{count} query", "{count} queries"), (long long)rows.size())},
              {"languages", languages},
              {"buckets", buckets},
              {"action", prefix + "/admin/search-gaps"},
              {"csv_href", prefix + "/admin/search-gaps.csv" + query},
              {"dismiss_action", prefix + "/admin/search-gaps/dismiss"},
              {"retention_weeks", std::to_string(knowledge::kRetentionWeeks)},
              {"few", std::to_string(knowledge::kFewResults)}};
  if (r.query_value("done") == "dismissed") data["notice"] = site_.tr(lang, N_("The query is taken off the report."));
  return site_.page(r, lang, "admin_search_gaps", site_.tr(lang, N_("Searches that found little")), std::move(data));
}

http::Response SearchGapPages::dismiss(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto results = knowledge::parse_results_bucket(f.get("results"));
  if (!results) return site_.error_page(r, Error{ErrorKind::invalid, "Choose a value from the list.", "results"});
  auto done = gaps_.dismiss(v.principal, f.get("query"), f.get("language"), *results);
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/admin/search-gaps?done=dismissed");
}

}  // namespace cps::web
