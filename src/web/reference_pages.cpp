#include "web/reference_pages.hpp"

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/downloads.hpp"
#include "web/forms.hpp"
#include "web/sector_labels.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>
#include "web/markdown.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <tuple>

namespace cps::web {

using i18n::Language;
using i18n::N_;
using i18n::NP_;
using reference::Classification;
using reference::CountryStatus;
namespace bhttp = http::bhttp;

using exports::ColumnType;

namespace {

const char* status_label(CountryStatus status) {
  switch (status) {
    case CountryStatus::eu:
      return N_("EU member state");
    case CountryStatus::ipa:
      return N_("Candidate country (IPA)");
    case CountryStatus::other:
      return N_("Neighbourhood country");
  }
  return N_("Neighbourhood country");
}

const char* level_label(int level, Classification classification) {
  if (classification == Classification::national)
    return level == 0 ? N_("Country") : N_("National statistical region");
  switch (level) {
    case 0:
      return N_("Country");
    case 1:
      return N_("Major region (NUTS 1)");
    case 2:
      return N_("Region (NUTS 2)");
    default:
      return N_("Small region (NUTS 3)");
  }
}

const char* classification_label(Classification c) {
  return c == Classification::nuts2021 ? N_("NUTS 2021 (Eurostat)")
                                       : N_("National statistical classification");
}

List area_cards(const std::vector<reference::ThematicArea>& areas, Language lang) {
  List cards;
  for (const auto& a : areas)
    cards.push_back(Object{{"code", a.code.str()},
                           {"name", a.name},
                           {"summary", a.summary},
                           {"href", Site::prefix(lang) + "/areas/" + a.code.str()}});
  return cards;
}

// The latest known value of a dataset for a region (and sector), with its year.
std::optional<std::pair<double, int>> latest(statistics::StatisticsService& s, std::int64_t dataset,
                                             const std::string& region, std::optional<std::string> sector) {
  statistics::ObservationQuery q;
  q.region = region;
  q.sector = std::move(sector);
  q.limit = 200;
  auto rows = s.observations(dataset, std::nullopt, q);
  if (!rows) return std::nullopt;
  std::optional<std::pair<double, int>> best;
  for (const auto& o : *rows)
    if (o.value && (!best || o.year > best->second)) best = std::make_pair(*o.value, o.year);
  return best;
}

}  // namespace

Result<Object> ReferencePages::region_statistics(const http::Request& request, const std::string& code,
                                                 Language lang, std::vector<exports::Table>& tables) {
  Object out;
  if (!statistics_) return out;
  auto datasets = statistics_->datasets();
  if (!datasets) return std::unexpected(datasets.error());
  const auto& cat = site_.catalogue();
  const statistics::Dataset* employment = nullptr;
  List figures;
  for (const auto& d : *datasets) {
    if (d.code == "employment-nace") employment = &d;
    if (d.code == "gdp-per-inhabitant")
      if (auto v = latest(*statistics_, d.id, code, std::string()))
        figures.push_back(Object{{"label", site_.tr(lang, N_("GDP per inhabitant"))},
                                 {"value", cat.format_integer(lang, (long long)std::llround(v->first)) + " €"},
                                 {"year", std::to_string(v->second)}});
  }
  if (employment)
    if (auto v = latest(*statistics_, employment->id, code, std::string("TOTAL")))
      figures.push_back(Object{{"label", site_.tr(lang, N_("People in employment"))},
                               {"value", cat.format_integer(lang, (long long)std::llround(v->first * 1000))},
                               {"year", std::to_string(v->second)}});
  if (auto rates = statistics_->employment_rate(std::nullopt); rates)
    if (auto v = rates->values.find(code); v != rates->values.end())
      figures.push_back(Object{{"label", site_.tr(lang, N_("People in employment per 100 inhabitants"))},
                               {"value", cat.format_decimal(lang, v->second, 1)},
                               {"year", std::to_string(rates->year)}});
  out["figures"] = figures;
  out["has_figures"] = !figures.empty();
  if (!employment) return out;
  auto clusters = statistics_->region_clusters(code, employment->id, std::nullopt);
  if (!clusters) {
    if (clusters.error().kind == ErrorKind::not_found || clusters.error().kind == ErrorKind::invalid)
      return out;
    return std::unexpected(clusters.error());
  }
  List rows;
  exports::Table cluster_table{
      "clusters",
      {"sector", "name", "jobs_thousands", "share_of_region_jobs", "location_quotient", "yearly_growth",
       "size_star", "specialisation_star", "focus_star", "stars"},
      {},
      {ColumnType::text, ColumnType::text, ColumnType::number, ColumnType::number, ColumnType::number,
       ColumnType::number, ColumnType::number, ColumnType::number, ColumnType::number, ColumnType::number}};
  boost::json::array bubbles;
  for (const auto& s : clusters->sectors) {
    const char* label = sector_label(s.sector);
    std::string stars = star_marks(s.stars);
    std::string name = label ? site_.tr(lang, label) : s.sector;
    cluster_table.rows.push_back({s.sector, name, plain_figure(s.employment), plain_figure(s.share), plain_figure(s.lq),
                                  s.cagr ? plain_figure(*s.cagr) : "", s.size ? "1" : "0",
                                  s.specialisation ? "1" : "0", s.focus ? "1" : "0", std::to_string(s.stars)});
    if (s.cagr)
      bubbles.push_back(boost::json::object{{"sector", s.sector}, {"name", name}, {"lq", s.lq},
                                            {"growth", *s.cagr * 100}, {"jobs", s.employment}});
    rows.push_back(Object{
        {"sector", s.sector},
        {"label", label ? site_.tr(lang, label) : s.sector},
        {"href", Site::prefix(lang) + "/sectors/" + s.sector},
        {"employment", cat.format_decimal(lang, s.employment, 1)},
        {"share", cat.format_decimal(lang, s.share * 100, 1)},
        {"lq", cat.format_decimal(lang, s.lq, 2)},
        {"growth", s.cagr ? cat.format_decimal(lang, *s.cagr * 100, 1) : "–"},
        {"stars", stars},
        {"stars_text", cat.translate_count(lang, NP_("{count} of 3 stars", "{count} of 3 stars"), s.stars)},
        {"size", s.size},
        {"specialisation", s.specialisation},
        {"focus", s.focus}});
  }
  out["clusters"] = rows;
  out["has_clusters"] = !rows.empty();
  out["clusters_downloads"] = download_links(request, "clusters");
  out["has_bubbles"] = !bubbles.empty();
  out["bubbles_json"] = boost::json::serialize(bubbles);
  tables.push_back(std::move(cluster_table));
  out["cluster_year"] = std::to_string(clusters->year);
  out["growth_since"] = std::to_string(clusters->first_year);
  out["regions_compared"] = cat.format_integer(lang, (long long)clusters->regions_compared);
  out["source"] = employment->source;

  // Where the region could diversify: sectors it does not yet specialise in, the most
  // related to what it does first (density), then by the complexity they would add (COG).
  auto level = service_.region(code);
  if (!level) return std::unexpected(level.error());
  auto cx = statistics_->complexity(employment->id, clusters->year, level->region.level);
  if (!cx) return out;  // too few regions or degenerate data: the section is left out
  auto at = std::find(cx->regions.begin(), cx->regions.end(), code);
  if (at == cx->regions.end()) return out;
  Eigen::Index r = at - cx->regions.begin();
  const auto& x = cx->result;
  std::vector<Eigen::Index> candidates;
  for (Eigen::Index c = 0; c < x.mcp.cols(); ++c)
    if (x.mcp(r, c) == 0) candidates.push_back(c);
  std::sort(candidates.begin(), candidates.end(), [&](Eigen::Index a, Eigen::Index b) {
    return std::tie(x.density(r, b), x.cog(r, b)) < std::tie(x.density(r, a), x.cog(r, a));
  });
  List next;
  exports::Table next_table{"grow-next", {"sector", "name", "density", "complexity_gain", "sector_complexity"},
                            {}, {ColumnType::text, ColumnType::text, ColumnType::number, ColumnType::number,
                                 ColumnType::number}};
  for (auto c : candidates) {
    const std::string& sector = cx->sectors[std::size_t(c)];
    const char* label = sector_label(sector);
    next_table.rows.push_back({sector, label ? site_.tr(lang, label) : sector, plain_figure(x.density(r, c)),
                               plain_figure(x.cog(r, c)), plain_figure(x.pci(c))});
    next.push_back(Object{{"sector", sector},
                          {"label", label ? site_.tr(lang, label) : sector},
                          {"href", Site::prefix(lang) + "/sectors/" + sector},
                          {"density", cat.format_decimal(lang, x.density(r, c) * 100, 0)},
                          {"sentence", text::fill(site_.tr(lang, x.cog(r, c) > 0
                                                                     ? N_("{density} % of the capabilities it needs are already present; specialising in it would open the way to more complex sectors.")
                                                                     : N_("{density} % of the capabilities it needs are already present; it would add little towards more complex sectors.")),
                                                  {{"density", cat.format_decimal(lang, x.density(r, c) * 100, 0)}})},
                          {"cog", cat.format_decimal(lang, x.cog(r, c), 2)},
                          {"pci", cat.format_decimal(lang, x.pci(c), 2)}});
  }
  int rank = 1;
  for (Eigen::Index i = 0; i < x.eci.size(); ++i) rank += x.eci(i) > x.eci(r);
  if (auto similar = statistics_->similar_regions(code, 5); similar) {
    List alike;
    for (const auto& n : similar->nearest) {
      auto other = service_.region(n.region);
      std::string name = other ? other->region.name_latin : n.region;
      alike.push_back(Object{{"code", n.region},
                             {"name", name},
                             {"href", "/" + std::string(i18n::code(lang)) + "/regions/" + n.region},
                             {"distance", cat.format_decimal(lang, n.distance, 2)}});
    }
    out["similar"] = alike;
    out["has_similar"] = !alike.empty();
    std::string codes = code;
    for (const auto& n : similar->nearest) codes += "," + n.region;
    out["compare_href"] = "/" + std::string(i18n::code(lang)) + "/compare?regions=" + codes;
  }
  out["grow_next"] = next;
  out["has_grow_next"] = !next.empty();
  out["grow_next_downloads"] = download_links(request, "grow-next");
  tables.push_back(std::move(next_table));
  out["eci"] = cat.format_decimal(lang, x.eci(r), 2);
  out["eci_rank"] = cat.format_integer(lang, rank);
  out["eci_of"] = cat.format_integer(lang, (long long)x.eci.size());
  return out;
}

Result<Object> ReferencePages::region_trend(const http::Request& request, const std::string& code,
                                           Language lang, std::vector<exports::Table>& tables) {
  auto trend = statistics_->region_trend(code);
  if (!trend) return std::unexpected(trend.error());
  Object out;
  if (!trend->jobs && !trend->gdp) return out;
  const auto& cat = site_.catalogue();
  // One line per year that either series has.
  std::map<int, std::pair<std::optional<double>, std::optional<double>>> years;
  if (trend->jobs)
    for (auto [year, v] : trend->jobs->points) years[year].first = v;
  if (trend->gdp)
    for (auto [year, v] : trend->gdp->points) years[year].second = v;
  exports::Table table{"trend", {"year", "jobs_thousands", "gdp_per_inhabitant_eur"}, {},
                       {ColumnType::number, ColumnType::number, ColumnType::number}};
  List rows;
  boost::json::array jobs, gdp;
  for (const auto& [year, v] : years) {
    rows.push_back(Object{{"year", std::to_string(year)},
                          {"jobs", v.first ? cat.format_decimal(lang, *v.first, 1) : "–"},
                          {"gdp", v.second ? cat.format_integer(lang, std::llround(*v.second)) : "–"}});
    table.rows.push_back({std::to_string(year), v.first ? plain_figure(*v.first) : "", v.second ? plain_figure(*v.second) : ""});
    if (v.first) jobs.push_back(boost::json::array{year, *v.first});
    if (v.second) gdp.push_back(boost::json::array{year, *v.second});
  }
  std::string sources;
  for (const auto* s : {&trend->jobs, &trend->gdp})
    if (*s && sources.find((*s)->source) == std::string::npos) sources += (sources.empty() ? "" : "; ") + (*s)->source;
  out["has_trend"] = true;
  out["trend"] = rows;
  out["trend_json"] = boost::json::serialize(boost::json::object{{"jobs", jobs}, {"gdp", gdp}});
  out["trend_sources"] = sources;
  out["trend_downloads"] = download_links(request, "trend");
  tables.push_back(std::move(table));
  return out;
}

Result<Object> ReferencePages::country_place(const std::string& code, const std::string& country,
                                            Language lang) {
  auto ranks = statistics_->country_ranks(code);
  if (!ranks) return std::unexpected(ranks.error());
  const auto& cat = site_.catalogue();
  List places;
  for (const auto& r : *ranks) {
    const char* label = r.indicator == "gdp"               ? N_("GDP per inhabitant")
                        : r.indicator == "jobs"            ? N_("People in employment")
                        : r.indicator == "employment-rate" ? N_("People in employment per 100 inhabitants")
                                                           : N_("Economic complexity (ECI)");
    std::string value = r.indicator == "gdp"               ? cat.format_integer(lang, std::llround(r.value)) + " €"
                        : r.indicator == "jobs"            ? cat.format_integer(lang, std::llround(r.value * 1000))
                        : r.indicator == "employment-rate" ? cat.format_decimal(lang, r.value, 1)
                                                           : cat.format_decimal(lang, r.value, 2);
    std::string rank = text::fill(cat.translate(lang, N_("rank {rank} of {of} regions in {country}")),
                                  {{"rank", cat.format_integer(lang, r.rank)},
                                   {"of", cat.format_integer(lang, r.of)},
                                   {"country", country}});
    places.push_back(Object{{"label", site_.tr(lang, label)},
                            {"year", std::to_string(r.year)},
                            {"value", value},
                            {"rank", rank},
                            {"href", Site::prefix(lang) + "/map?indicator=" + r.indicator}});
  }
  return Object{{"places", places}, {"has_places", !places.empty()}};
}

void ReferencePages::add_routes(http::Router& router, PageCache& cache) {
  router.get("/", [this](http::Request& r) { return root(r); });
  router.get("/problems/{slug}", [this](http::Request& r) { return problem(r); });
  router.get("/{lang}", [](http::Request& r) {
    if (!Site::language_of(r)) return http::redirect(r, bhttp::status::found, "/");
    return http::redirect(r, bhttp::status::moved_permanently, r.path + "/");
  });
  auto localized = [this](http::Response (ReferencePages::*handler)(http::Request&, Language)) {
    return on_public_page(site_, this, handler);
  };
  router.get("/{lang}/", cache.cached(localized(&ReferencePages::home)));
  router.get("/{lang}/areas", cache.cached(localized(&ReferencePages::areas)));
  router.get("/{lang}/areas/{code}", cache.cached(localized(&ReferencePages::area)));
  router.get("/{lang}/regions", cache.cached(localized(&ReferencePages::regions)));
  router.get("/{lang}/regions/{code}", cache.cached(localized(&ReferencePages::region)));
  router.get("/{lang}/map", cache.cached(localized(&ReferencePages::map)));
  router.get("/{lang}/compare", cache.cached(localized(&ReferencePages::compare)));
}

// The page an API problem's type URI resolves to: what the problem means and its status.
http::Response ReferencePages::problem(http::Request& request) {
  const http::ProblemType* type = http::find_problem_type(request.param("slug"));
  if (!type) return site_.error_page(request, Error{ErrorKind::not_found, "Not found."});
  Language lang = Site::preferred_language(request);
  Object data{{"slug", std::string(type->slug)},
              {"uri", http::problem_type_uri(*type)},
              {"status", std::to_string(int(type->status))},
              {"title", site_.tr(lang, type->title)},
              {"home_href", Site::prefix(lang) + "/"}};
  http::Response res =
      site_.page(request, lang, "problem", site_.tr(lang, type->title), std::move(data));
  res.set(bhttp::field::vary, "Accept-Language");
  return res;
}

http::Response ReferencePages::root(http::Request& request) {
  Language language = i18n::negotiate(request.header(bhttp::field::accept_language));
  http::Response res = http::redirect(request, bhttp::status::found, Site::prefix(language) + "/");
  res.set(bhttp::field::vary, "Accept-Language");
  res.set(bhttp::field::cache_control, "no-store");
  return res;
}

http::Response ReferencePages::home(http::Request& request, Language lang) {
  auto areas = service_.areas(i18n::code(lang));
  if (!areas) return site_.error_page(request, areas.error());
  auto countries = service_.countries();
  if (!countries) return site_.error_page(request, countries.error());
  auto all_regions = service_.find_regions(reference::RegionQuery{});
  if (!all_regions) return site_.error_page(request, all_regions.error());
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);
  List country_list;
  for (const auto& c : *countries)
    country_list.push_back(Object{{"code", c.code.str()},
                                  {"name", cat.country_name(lang, c.iso_code)},
                                  {"status", std::string(reference::to_string(c.status))},
                                  {"status_label", site_.tr(lang, status_label(c.status))},
                                  {"href", prefix + "/regions/" + c.code.str()}});
  Object stats{{"countries", cat.format_integer(lang, (long long)countries->size())},
               {"regions", cat.format_integer(lang, (long long)all_regions->total)},
               {"areas", cat.format_integer(lang, (long long)areas->size())}};
  Object data{{"areas", area_cards(*areas, lang)},
              {"countries", country_list},
              {"stats", stats},
              {"regions_href", prefix + "/regions"},
              {"areas_href", prefix + "/areas"}};
  return site_.page(request, lang, "home",
                    site_.tr(lang, N_("Smarter cluster policies for South East Europe")),
                    std::move(data));
}

http::Response ReferencePages::areas(http::Request& request, Language lang) {
  auto areas = service_.areas(i18n::code(lang));
  if (!areas) return site_.error_page(request, areas.error());
  return site_.page(request, lang, "areas", site_.tr(lang, N_("Thematic areas")),
                    Object{{"areas", area_cards(*areas, lang)}});
}

http::Response ReferencePages::area(http::Request& request, Language lang) {
  auto area = service_.area(request.param("code"), i18n::code(lang));
  if (!area) return site_.error_page(request, area.error());
  auto all = service_.areas(i18n::code(lang));
  if (!all) return site_.error_page(request, all.error());
  List others;
  for (const auto& a : *all)
    others.push_back(Object{{"code", a.code.str()},
                            {"name", a.name},
                            {"href", Site::prefix(lang) + "/areas/" + a.code.str()},
                            {"current", a.code == area->code}});
  Object data{{"area", Object{{"code", area->code.str()},
                              {"name", area->name},
                              {"summary", area->summary},
                              {"description_html", render_markdown(area->description_markdown)}}},
              {"areas", others},
              {"areas_href", Site::prefix(lang) + "/areas"}};
  return site_.page(request, lang, "area", area->code.str() + " · " + area->name, std::move(data),
                    PageOptions{bhttp::status::ok, area->summary, {}});
}

http::Response ReferencePages::regions(http::Request& request, Language lang) {
  reference::RegionQueryInput input{request.query_value("country"), request.query_value("level"),
                                    request.query_value("q"), std::nullopt, std::nullopt};
  auto query = service_.parse_region_query(input, reference::ReferenceService::Paging::all);
  if (!query) return site_.error_page(request, query.error());
  auto page = service_.find_regions(*query);
  if (!page) return site_.error_page(request, page.error());
  auto countries = service_.countries();
  if (!countries) return site_.error_page(request, countries.error());
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);

  List country_options;
  for (const auto& c : *countries)
    country_options.push_back(Object{{"code", c.code.str()},
                                     {"name", cat.country_name(lang, c.iso_code)},
                                     {"selected", query->country && *query->country == c.code}});
  List level_options;
  for (int level = 0; level <= 2; ++level)
    level_options.push_back(
        Object{{"value", std::to_string(level)},
               {"label", site_.tr(lang, level_label(level, Classification::nuts2021))},
               {"selected", query->level && *query->level == level}});
  List groups;
  for (const auto& c : *countries) {
    List rows;
    for (const auto& r : page->regions) {
      if (r.country != c.code) continue;
      rows.push_back(Object{{"code", r.code.str()},
                            {"name", r.name_latin},
                            {"name_native", r.name_native},
                            {"show_native", r.name_native != r.name_latin},
                            {"level", std::to_string(r.level)},
                            {"level_label", site_.tr(lang, level_label(r.level, r.classification))},
                            {"href", prefix + "/regions/" + r.code.str()},
                            {"indent", std::to_string(std::min(r.level, 2))}});
    }
    if (rows.empty()) continue;
    groups.push_back(Object{{"country_code", c.code.str()},
                            {"country_name", cat.country_name(lang, c.iso_code)},
                            {"country_native", c.name_native},
                            {"status_label", site_.tr(lang, status_label(c.status))},
                            {"country_href", prefix + "/regions/" + c.code.str()},
                            {"regions", rows}});
  }
  Object data{
      {"q", query->text},
      {"countries", country_options},
      {"levels", level_options},
      {"action", prefix + "/regions"},
      {"result_count_text",
       cat.translate_count(lang, NP_("{count} region", "{count} regions"), (long long)page->total)},
      {"has_results", page->total > 0},
      {"groups", groups},
      {"map_data_href", "/static/geo/nuts2-2021.geojson"},
      {"region_base_href", prefix + "/regions/"}};
  return site_.page(request, lang, "regions", site_.tr(lang, N_("Regions of the programme area")),
                    std::move(data), PageOptions{bhttp::status::ok, {}, {"charts.js"}});
}

http::Response ReferencePages::region(http::Request& request, Language lang) {
  auto detail = service_.region(request.param("code"));
  if (!detail) return site_.error_page(request, detail.error());
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);
  const auto& r = detail->region;
  // A level-0 unit is the country itself: show the country's name in the UI language.
  std::string name = r.level == 0 ? cat.country_name(lang, detail->country.iso_code) : r.name_latin;
  List ancestors;
  for (const auto& a : detail->ancestors)
    ancestors.push_back(Object{
        {"code", a.code.str()},
        {"name", a.level == 0 ? cat.country_name(lang, detail->country.iso_code) : a.name_latin},
        {"href", prefix + "/regions/" + a.code.str()}});
  List children;
  for (const auto& c : detail->children)
    children.push_back(
        Object{{"code", c.code.str()},
               {"name", c.name_latin},
               {"name_native", c.name_native},
               {"show_native", c.name_native != c.name_latin},
               {"level_label", site_.tr(lang, level_label(c.level, c.classification))},
               {"href", prefix + "/regions/" + c.code.str()}});
  Object data{
      {"region",
       Object{{"code", r.code.str()},
              {"name", name},
              {"name_native", r.name_native},
              {"show_native", r.name_native != name},
              {"level", std::to_string(r.level)},
              {"level_label", site_.tr(lang, level_label(r.level, r.classification))},
              {"classification_label", site_.tr(lang, classification_label(r.classification))}}},
      {"country", Object{{"code", detail->country.code.str()},
                         {"name", cat.country_name(lang, detail->country.iso_code)},
                         {"href", prefix + "/regions/" + detail->country.code.str()},
                         {"status_label", site_.tr(lang, status_label(detail->country.status))}}},
      {"ancestors", ancestors},
      {"children", children},
      {"has_children", !detail->children.empty()},
      {"regions_href", prefix + "/regions"}};
  std::vector<exports::Table> tables;
  auto figures = region_statistics(request, r.code.str(), lang, tables);
  if (!figures) return site_.error_page(request, figures.error());
  merge(data, std::move(*figures));
  if (statistics_) {
    auto trend = region_trend(request, r.code.str(), lang, tables);
    if (!trend) return site_.error_page(request, trend.error());
    merge(data, std::move(*trend));
    auto place = country_place(r.code.str(), cat.country_name(lang, detail->country.iso_code), lang);
    if (!place) return site_.error_page(request, place.error());
    merge(data, std::move(*place));
  }
  if (auto file = table_download(site_, request, tables, "region-" + r.code.str())) return std::move(*file);
  return site_.page(request, lang, "region", name + " (" + r.code.str() + ")", std::move(data),
                    PageOptions{bhttp::status::ok, {}, {"charts.js"}});
}

// A map of the NUTS 2 regions of the programme area coloured by one indicator, with the same
// figures in a table (what screen readers and browsers without JavaScript get).
http::Response ReferencePages::map(http::Request& request, Language lang) {
  if (!statistics_) return site_.error_page(request, Error{ErrorKind::not_found, "Not found."});
  std::string indicator = request.query_value("indicator").value_or("gdp");
  auto year = http::year_parameter(request);
  if (!year) return site_.error_page(request, year.error());
  auto values = statistics_->indicator_map(indicator, *year);
  if (!values) return site_.error_page(request, values.error());
  auto sectors = statistics_->sectors();
  if (!sectors) return site_.error_page(request, sectors.error());
  auto regions = service_.find_regions(reference::RegionQuery{});
  if (!regions) return site_.error_page(request, regions.error());
  auto countries = service_.countries();
  if (!countries) return site_.error_page(request, countries.error());
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);

  // The indicators, with what their values mean.
  struct Choice {
    std::string code;
    std::string label;
    int decimals;
  };
  std::vector<Choice> choices{{"gdp", site_.tr(lang, N_("GDP per inhabitant (euro)")), 0},
                              {"jobs", site_.tr(lang, N_("People in employment (thousands)")), 1},
                              {"employment-rate", site_.tr(lang, N_("People in employment per 100 inhabitants")), 1},
                              {"eci", site_.tr(lang, N_("Economic complexity (ECI)")), 2}};
  for (const auto& s : *sectors) {
    const char* label = sector_label(s);
    std::string name = label ? site_.tr(lang, label) : s;
    choices.push_back({"lq:" + s, site_.tr(lang, N_("Location quotient:")) + " " + name, 2});
  }
  const Choice* chosen = nullptr;
  List options;
  for (const auto& c : choices) {
    if (c.code == indicator) chosen = &c;
    options.push_back(Object{{"code", c.code}, {"label", c.label}, {"selected", c.code == indicator}});
  }
  if (!chosen) return site_.error_page(request, Error{ErrorKind::invalid, "Choose an indicator from the list.", "indicator"});

  std::map<std::string, std::string> country_names;
  for (const auto& c : *countries) country_names[c.code.str()] = cat.country_name(lang, c.iso_code);
  std::vector<std::pair<double, const reference::Region*>> ranked;
  for (const auto& r : regions->regions)
    if (auto v = values->values.find(r.code.str()); v != values->values.end())
      ranked.emplace_back(v->second, &r);
  std::sort(ranked.begin(), ranked.end(), [](auto& a, auto& b) { return a.first > b.first; });
  List rows;
  std::string json = "{";
  int rank = 0;
  exports::Table table{"regions", {"rank", "region", "name", "country", "indicator", "year", "value"}, {},
                       {ColumnType::number, ColumnType::text, ColumnType::text, ColumnType::text, ColumnType::text,
                        ColumnType::number, ColumnType::number}};
  for (const auto& [value, r] : ranked) {
    table.rows.push_back({std::to_string(rank + 1), r->code.str(), r->name_latin, country_names[r->country.str()],
                          indicator, std::to_string(values->year), plain_figure(value)});
    rows.push_back(Object{{"rank", std::to_string(++rank)},
                          {"code", r->code.str()},
                          {"name", r->name_latin},
                          {"country", country_names[r->country.str()]},
                          {"href", prefix + "/regions/" + r->code.str()},
                          {"value", cat.format_decimal(lang, value, chosen->decimals)}});
    json += (json.size() > 1 ? "," : "") + std::string("\"") + r->code.str() + "\":" + fmt::format("{:.6g}", value);
  }
  json += "}";
  if (auto file = table_download(site_, request, {table}, "map")) return std::move(*file);
  Object data{{"action", prefix + "/map"},
              {"downloads", download_links(request, "regions")},
              {"indicators", options},
              {"indicator_label", chosen->label},
              {"year", std::to_string(values->year)},
              {"source", values->source},
              {"rows", rows},
              {"has_rows", !rows.empty()},
              {"values_json", json},
              {"count_text", cat.translate_count(lang, NP_("{count} region", "{count} regions"), (long long)rows.size())},
              {"map_data_href", "/static/geo/nuts2-2021.geojson"},
              {"region_base_href", prefix + "/regions/"}};
  return site_.page(request, lang, "map", site_.tr(lang, N_("Map of the regions")), std::move(data),
                    PageOptions{bhttp::status::ok, {}, {"charts.js"}});
}

// Up to six regions side by side: key figures, complexity and the structure of their jobs.
http::Response ReferencePages::compare(http::Request& request, Language lang) {
  if (!statistics_) return site_.error_page(request, Error{ErrorKind::not_found, "Not found."});
  constexpr std::size_t kMaxRegions = 6;
  std::string typed = request.query_value("regions").value_or("");
  std::vector<std::string> codes;
  for (std::size_t start = 0; start <= typed.size();) {
    std::size_t comma = typed.find(',', start);
    if (comma == std::string::npos) comma = typed.size();
    std::string code = text::to_upper_ascii(text::trim(std::string_view(typed).substr(start, comma - start)));
    if (!code.empty() && std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    start = comma + 1;
  }
  if (codes.size() > kMaxRegions)
    return site_.error_page(request, Error{ErrorKind::invalid, "Compare at most six regions at a time.", "regions"});
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);
  auto datasets = statistics_->datasets();
  if (!datasets) return site_.error_page(request, datasets.error());
  std::optional<std::int64_t> employment, gdp;
  for (const auto& d : *datasets) {
    if (d.code == "employment-nace") employment = d.id;
    if (d.code == "gdp-per-inhabitant") gdp = d.id;
  }
  std::optional<Result<statistics::IndicatorMap>> rates;
  auto rates_for_compare = [&]() -> const Result<statistics::IndicatorMap>& {
    if (!rates) rates = statistics_->employment_rate(std::nullopt);
    return *rates;
  };
  List columns;
  std::vector<std::map<std::string, std::string>> cells(codes.size());
  std::vector<std::map<std::string, std::string>> figures(codes.size());  // plain, for downloads
  std::map<int, Result<statistics::RegionalComplexity>> complexity_by_level;
  std::vector<std::string> sector_order;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    auto detail = service_.region(codes[i]);
    if (!detail) {
      if (detail.error().kind == ErrorKind::not_found)
        return site_.error_page(request, Error{ErrorKind::invalid, "This region does not exist.", "regions"});
      return site_.error_page(request, detail.error());
    }
    const auto& r = detail->region;
    columns.push_back(Object{{"code", codes[i]}, {"name", r.level == 0 ? cat.country_name(lang, detail->country.iso_code) : r.name_latin},
                             {"href", prefix + "/regions/" + codes[i]}});
    auto& c = cells[i];
    auto& f = figures[i];
    if (gdp)
      if (auto v = latest(*statistics_, *gdp, codes[i], std::string())) {
        c["gdp"] = cat.format_integer(lang, (long long)std::llround(v->first)) + " € (" + std::to_string(v->second) + ")";
        f["gdp"] = plain_figure(v->first);
      }
    if (!employment) continue;
    if (auto v = latest(*statistics_, *employment, codes[i], std::string("TOTAL"))) {
      c["jobs"] = cat.format_integer(lang, (long long)std::llround(v->first * 1000));
      f["jobs"] = plain_figure(v->first * 1000);
    }
    if (auto rates = rates_for_compare(); rates)
      if (auto v = rates->values.find(codes[i]); v != rates->values.end()) {
        c["employment-rate"] = cat.format_decimal(lang, v->second, 1);
        f["employment-rate"] = plain_figure(v->second);
      }
    if (!complexity_by_level.contains(r.level))
      complexity_by_level.emplace(r.level, statistics_->complexity(*employment, std::nullopt, r.level));
    const auto& cx = complexity_by_level.at(r.level);
    if (cx) {
      auto at = std::find(cx->regions.begin(), cx->regions.end(), codes[i]);
      if (at != cx->regions.end()) {
        c["eci"] = cat.format_decimal(lang, cx->result.eci(at - cx->regions.begin()), 2);
        f["eci"] = plain_figure(cx->result.eci(at - cx->regions.begin()));
      }
    }
    auto clusters = statistics_->region_clusters(codes[i], *employment, std::nullopt);
    if (clusters)
      for (const auto& s : clusters->sectors) {
        std::string stars = star_marks(s.stars);
        c["share:" + s.sector] = cat.format_decimal(lang, s.share * 100, 1) + " %";
        f["share:" + s.sector] = plain_figure(s.share);
        f["stars:" + s.sector] = std::to_string(s.stars);
        c["stars:" + s.sector] = stars;
        c["stars_text:" + s.sector] =
            cat.translate_count(lang, NP_("{count} of 3 stars", "{count} of 3 stars"), s.stars);
        if (std::find(sector_order.begin(), sector_order.end(), s.sector) == sector_order.end())
          sector_order.push_back(s.sector);
      }
  }
  std::sort(sector_order.begin(), sector_order.end());
  // One line of the table: a figure of every region; sector lines carry the stars too.
  auto row = [&](const std::string& key, std::string label, const std::string& sector = {}) {
    List values;
    for (auto& c : cells) {
      auto value = c.find(key);
      auto stars = sector.empty() ? c.end() : c.find("stars:" + sector);
      Object v{{"value", value == c.end() ? std::string("–") : value->second},
               {"has_stars", stars != c.end()}};
      if (stars != c.end()) {
        v["stars"] = stars->second;
        v["stars_text"] = c["stars_text:" + sector];
      }
      values.push_back(std::move(v));
    }
    return Object{{"label", std::move(label)}, {"values", values}};
  };
  List rows{row("gdp", site_.tr(lang, N_("GDP per inhabitant"))),
            row("jobs", site_.tr(lang, N_("People in employment"))),
            row("employment-rate", site_.tr(lang, N_("People in employment per 100 inhabitants"))),
            row("eci", site_.tr(lang, N_("Economic complexity (ECI)")))};
  List sector_rows;
  for (const auto& s : sector_order) {
    const char* label = sector_label(s);
    sector_rows.push_back(row("share:" + s, (label ? site_.tr(lang, label) : s) + " (" + s + ")", s));
  }
  // The download: one line per figure, one column per region.
  exports::Table table{"regions", {"indicator"}, {}, {ColumnType::text}};
  for (const auto& code : codes) {
    table.columns.push_back(code);
    table.types.push_back(ColumnType::number);
  }
  std::vector<std::string> keys{"gdp", "jobs", "employment-rate", "eci"};
  for (const auto& s : sector_order) {
    keys.push_back("share:" + s);
    keys.push_back("stars:" + s);
  }
  for (const auto& key : keys) {
    std::vector<std::string> line{key == "gdp" ? "gdp_per_inhabitant_eur" : key == "jobs" ? "jobs" : key};
    for (auto& f : figures) line.push_back(f.contains(key) ? f[key] : "");
    table.rows.push_back(std::move(line));
  }
  if (auto file = table_download(site_, request, {table}, "compare")) return std::move(*file);
  // The sector structure as a chart: one bar per region in each sector (share of its jobs).
  boost::json::array chart_regions, chart_sectors;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    boost::json::array shares;
    for (const auto& s : sector_order) {
      auto v = figures[i].find("share:" + s);
      double share = 0;
      bool known = v != figures[i].end() &&
                   std::from_chars(v->second.data(), v->second.data() + v->second.size(), share).ec == std::errc();
      shares.push_back(known ? boost::json::value(share * 100) : boost::json::value(nullptr));
    }
    chart_regions.push_back(boost::json::object{{"code", codes[i]}, {"shares", shares}});
  }
  for (const auto& s : sector_order) chart_sectors.push_back(boost::json::string(s));
  Object data{{"action", prefix + "/compare"},
              {"chart_json", boost::json::serialize(boost::json::object{{"regions", chart_regions}, {"sectors", chart_sectors}})},
              {"downloads", download_links(request, "regions")},
              {"typed", typed.substr(0, 200)},
              {"columns", columns},
              {"span", std::to_string(columns.size() + 1)},
              {"has_columns", !columns.empty()},
              {"rows", rows},
              {"sector_rows", sector_rows},
              {"has_sector_rows", !sector_rows.empty()}};
  return site_.page(request, lang, "compare", site_.tr(lang, N_("Compare regions")), std::move(data),
                    PageOptions{bhttp::status::ok, {}, {"charts.js"}});
}

}  // namespace cps::web
