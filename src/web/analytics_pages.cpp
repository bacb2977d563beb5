#include "web/analytics_pages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <set>

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/downloads.hpp"
#include "web/forms.hpp"
#include "web/scope_switch.hpp"
#include "web/sector_labels.hpp"

namespace cps::web {

using i18n::Language;
using i18n::N_;
using i18n::NP_;
namespace bhttp = http::bhttp;
using exports::ColumnType;

namespace {

constexpr const char* kEmployment = "employment-nace";

// Names and countries of the regions, for tables of regions; in the European scope also of the
// European regions outside the programme area, which have no page of their own.
struct RegionNames {
  std::map<std::string, std::string> name, country;
  std::set<std::string> with_page;
};

Result<RegionNames> region_names(reference::ReferenceService& reference,
                                 statistics::StatisticsService& statistics, const Site& site,
                                 Language lang, statistics::Scope scope) {
  auto regions = reference.find_regions(reference::RegionQuery{});
  if (!regions) return std::unexpected(regions.error());
  auto countries = reference.countries();
  if (!countries) return std::unexpected(countries.error());
  std::map<std::string, std::string> country_names;
  for (const auto& c : *countries)
    country_names[c.code.str()] = site.catalogue().country_name(lang, c.iso_code);
  RegionNames out;
  for (const auto& r : regions->regions) {
    out.name[r.code.str()] = r.name_latin;
    out.country[r.code.str()] = country_names[r.country.str()];
    out.with_page.insert(r.code.str());
  }
  if (scope == statistics::Scope::europe) {
    auto european = statistics.european_regions();
    if (!european) return std::unexpected(european.error());
    for (const auto& [code, r] : *european) {
      out.name[code] = r.name_latin;
      out.country[code] = site.catalogue().country_name(lang, iso_country(r.country));
    }
  }
  return out;
}

// What links between the analytics pages carry so that the scope chosen stays chosen.
std::string scope_query(statistics::Scope scope) {
  return scope == statistics::Scope::europe ? "?scope=europe" : "";
}

}  // namespace

void AnalyticsPages::add_routes(http::Router& router) {
  using P = AnalyticsPages;
  router.get("/{lang}/sectors", cache_.cached(on_public_page(site_, this, &P::sectors)));
  router.get("/{lang}/sectors/{code}", cache_.cached(on_public_page(site_, this, &P::sector)));
  router.get("/{lang}/methods", cache_.cached(on_public_page(site_, this, &P::methods)));
}

// Every sector with its jobs, how many regions specialise in it and its complexity, and the
// network of sectors that regions tend to specialise in together.
http::Response AnalyticsPages::sectors(http::Request& request, Language lang) {
  auto year = http::year_parameter(request);
  if (!year) return site_.error_page(request, year.error());
  auto scope = scope_of(request);
  if (!scope) return site_.error_page(request, scope.error());
  auto datasets = statistics_.datasets();
  if (!datasets) return site_.error_page(request, datasets.error());
  auto employment = std::find_if(datasets->begin(), datasets->end(),
                                 [](auto& d) { return d.code == kEmployment; });
  if (employment == datasets->end())
    return site_.error_page(request, Error{ErrorKind::not_found, "This dataset has no data yet."});
  auto network = statistics_.sector_network(employment->id, *year, 2, *scope);
  if (!network) return site_.error_page(request, network.error());
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);
  const auto n = Eigen::Index(network->sectors.size());

  std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
  for (Eigen::Index i = 0; i < n; ++i) order[std::size_t(i)] = i;
  std::sort(order.begin(), order.end(),
            [&](auto a, auto b) { return network->pci(a) > network->pci(b); });
  exports::Table sectors_table{"sectors",
                               {"sector", "name", "jobs_thousands", "specialised_regions", "pci"},
                               {},
                               {ColumnType::text, ColumnType::text, ColumnType::number,
                                ColumnType::number, ColumnType::number}};
  List rows;
  boost::json::array nodes;
  for (auto i : order) {
    const std::string& code = network->sectors[std::size_t(i)];
    std::string name = sector_name(site_, lang, code);
    rows.push_back(
        Object{{"code", code},
               {"name", name},
               {"href", prefix + "/sectors/" + code + scope_query(*scope)},
               {"jobs", cat.format_decimal(lang, network->employment(i), 1)},
               {"ubiquity", cat.format_integer(lang, std::llround(network->ubiquity(i)))},
               {"pci", cat.format_decimal(lang, network->pci(i), 2)}});
    sectors_table.rows.push_back({code, name, plain_figure(network->employment(i)),
                                  plain_figure(network->ubiquity(i)), plain_figure(network->pci(i))});
  }
  for (Eigen::Index i = 0; i < n; ++i)
    nodes.push_back(
        boost::json::object{{"id", network->sectors[std::size_t(i)]},
                            {"name", sector_name(site_, lang, network->sectors[std::size_t(i)])},
                            {"jobs", network->employment(i)},
                            {"pci", network->pci(i)}});
  // The proximity matrix as a table: what the network drawing shows, for every pair.
  exports::Table proximity_table{"proximity", {"sector"}, {}, {ColumnType::text}};
  List header, matrix;
  boost::json::array links;
  for (Eigen::Index j = 0; j < n; ++j) {
    header.push_back(Object{{"code", network->sectors[std::size_t(j)]}});
    proximity_table.columns.push_back(network->sectors[std::size_t(j)]);
    proximity_table.types.push_back(ColumnType::number);
  }
  for (Eigen::Index i = 0; i < n; ++i) {
    List cells;
    std::vector<std::string> line{network->sectors[std::size_t(i)]};
    for (Eigen::Index j = 0; j < n; ++j) {
      cells.push_back(
          Object{{"value", i == j ? std::string("–")
                                  : cat.format_decimal(lang, network->proximity(i, j), 2)}});
      line.push_back(plain_figure(network->proximity(i, j)));
      if (j > i)
        links.push_back(boost::json::object{{"source", network->sectors[std::size_t(i)]},
                                            {"target", network->sectors[std::size_t(j)]},
                                            {"value", network->proximity(i, j)}});
    }
    matrix.push_back(Object{{"code", network->sectors[std::size_t(i)]},
                            {"name", sector_name(site_, lang, network->sectors[std::size_t(i)])},
                            {"cells", cells}});
    proximity_table.rows.push_back(std::move(line));
  }
  std::vector<exports::Table> tables{sectors_table, proximity_table};
  if (auto file = table_download(site_, request, tables, "sectors")) return std::move(*file);
  Object data{{"year", std::to_string(network->year)},
              {"scope_action", prefix + "/sectors"},
              {"scopes", scope_choices(site_, lang, *scope)},
              {"europe", *scope == statistics::Scope::europe},
              {"source", network->dataset.source},
              {"sectors", rows},
              {"header", header},
              {"matrix", matrix},
              {"network_json",
               boost::json::serialize(boost::json::object{{"nodes", nodes}, {"links", links}})},
              {"sectors_downloads", download_links(request, "sectors")},
              {"proximity_downloads", download_links(request, "proximity")},
              {"methods_href", prefix + "/methods#proximity"}};
  return site_.page(request, lang, "sectors", site_.tr(lang, N_("Sectors")), std::move(data),
                    PageOptions{bhttp::status::ok, {}, {"charts.js"}});
}

// One sector across the NUTS 2 regions: where it is strongest and most specialised, its
// stars, its complexity and the sectors most related to it.
http::Response AnalyticsPages::sector(http::Request& request, Language lang) {
  auto year = http::year_parameter(request);
  if (!year) return site_.error_page(request, year.error());
  auto scope = scope_of(request);
  if (!scope) return site_.error_page(request, scope.error());
  std::string code = request.param("code");
  auto profile = statistics_.sector_profile(code, *year, {}, *scope);
  if (!profile) return site_.error_page(request, profile.error());
  auto names = region_names(reference_, statistics_, site_, lang, *scope);
  if (!names) return site_.error_page(request, names.error());
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);
  std::string name = sector_name(site_, lang, code);

  exports::Table regions_table{
      "regions",
      {"region", "name", "country", "jobs_thousands", "share_of_region_jobs", "location_quotient",
       "yearly_growth", "size_star", "specialisation_star", "focus_star", "stars"},
      {},
      {ColumnType::text, ColumnType::text, ColumnType::text, ColumnType::number, ColumnType::number,
       ColumnType::number, ColumnType::number, ColumnType::number, ColumnType::number,
       ColumnType::number, ColumnType::number}};
  List rows;
  std::string values = "{";
  int rank = 0;
  for (const auto& r : profile->regions) {
    rows.push_back(Object{
        {"rank", std::to_string(++rank)},
        {"code", r.region},
        {"name", names->name[r.region]},
        {"country", names->country[r.region]},
        {"href", prefix + "/regions/" + r.region},
        {"has_page", names->with_page.contains(r.region)},
        {"jobs", cat.format_decimal(lang, r.employment, 1)},
        {"share", cat.format_decimal(lang, r.share * 100, 1)},
        {"lq", cat.format_decimal(lang, r.lq, 2)},
        {"growth", r.cagr ? cat.format_decimal(lang, *r.cagr * 100, 1) : "–"},
        {"stars", star_marks(r.stars)},
        {"stars_text",
         cat.translate_count(lang, NP_("{count} of 3 stars", "{count} of 3 stars"), r.stars)}});
    regions_table.rows.push_back(
        {r.region, names->name[r.region], names->country[r.region], plain_figure(r.employment),
         plain_figure(r.share), plain_figure(r.lq), r.cagr ? plain_figure(*r.cagr) : "", r.size ? "1" : "0",
         r.specialisation ? "1" : "0", r.focus ? "1" : "0", std::to_string(r.stars)});
    values += (values.size() > 1 ? "," : "") + fmt::format("\"{}\":{:.6g}", r.region, r.lq);
  }
  values += "}";
  // The most specialised regions: by location quotient.
  auto by_lq = profile->regions;
  std::sort(by_lq.begin(), by_lq.end(), [](auto& a, auto& b) { return a.lq > b.lq; });
  List specialised;
  for (std::size_t i = 0; i < std::min<std::size_t>(10, by_lq.size()); ++i)
    specialised.push_back(Object{{"code", by_lq[i].region},
                                 {"name", names->name[by_lq[i].region]},
                                 {"country", names->country[by_lq[i].region]},
                                 {"href", prefix + "/regions/" + by_lq[i].region},
                                 {"has_page", names->with_page.contains(by_lq[i].region)},
                                 {"lq", cat.format_decimal(lang, by_lq[i].lq, 2)}});
  exports::Table related_table{"related",
                               {"sector", "name", "proximity"},
                               {},
                               {ColumnType::text, ColumnType::text, ColumnType::number}};
  List related;
  for (const auto& [other, proximity] : profile->related) {
    related.push_back(Object{{"code", other},
                             {"name", sector_name(site_, lang, other)},
                             {"href", prefix + "/sectors/" + other + scope_query(*scope)},
                             {"proximity", cat.format_decimal(lang, proximity, 2)}});
    related_table.rows.push_back({other, sector_name(site_, lang, other), plain_figure(proximity)});
  }
  // The traded cluster categories of the NACE divisions inside the sector.
  auto categories = categories_.categories_of_sector(code);
  if (!categories) return site_.error_page(request, categories.error());
  exports::Table categories_table{"categories", {"cluster_category", "nace_divisions"}, {}};
  List category_rows;
  for (std::size_t i = 0; i < categories->size();) {
    std::string divisions;
    std::size_t j = i;
    for (; j < categories->size() && (*categories)[j].category == (*categories)[i].category; ++j)
      divisions += (divisions.empty() ? "" : ", ") + (*categories)[j].division;
    category_rows.push_back(
        Object{{"category", (*categories)[i].category}, {"divisions", divisions}});
    categories_table.rows.push_back({(*categories)[i].category, divisions});
    i = j;
  }
  std::vector<exports::Table> tables{regions_table, related_table, categories_table};
  if (auto file = table_download(site_, request, tables, "sector-" + code)) return std::move(*file);

  Object data{{"code", code},
              {"name", name},
              {"scope_action", prefix + "/sectors/" + code},
              {"scopes", scope_choices(site_, lang, *scope)},
              {"scope", std::string(statistics::to_string(*scope))},
              {"europe", *scope == statistics::Scope::europe},
              {"year", std::to_string(profile->year)},
              {"growth_since", std::to_string(profile->first_year)},
              {"jobs", cat.format_integer(lang, std::llround(profile->employment * 1000))},
              {"regions_compared", cat.format_integer(lang, (long long)profile->regions_compared)},
              {"has_complexity", profile->pci.has_value()},
              {"pci", profile->pci ? cat.format_decimal(lang, *profile->pci, 2) : ""},
              {"ubiquity",
               profile->ubiquity ? cat.format_integer(lang, std::llround(*profile->ubiquity)) : ""},
              {"rows", rows},
              {"has_rows", !rows.empty()},
              {"specialised", specialised},
              {"related", related},
              {"has_related", !related.empty()},
              {"values_json", values},
              {"map_label", site_.tr(lang, N_("Location quotient:")) + " " + name},
              {"map_data_href", "/static/geo/nuts2-2021.geojson"},
              {"region_base_href", prefix + "/regions/"},
              {"source", profile->dataset.source},
              {"regions_downloads", download_links(request, "regions")},
              {"related_downloads", download_links(request, "related")},
              {"categories", category_rows},
              {"has_categories", !category_rows.empty()},
              {"sectors_href", prefix + "/sectors" + scope_query(*scope)},
              {"methods_href", prefix + "/methods"}};
  return site_.page(request, lang, "sector", name + " (" + code + ")", std::move(data),
                    PageOptions{bhttp::status::ok, {}, {"charts.js"}});
}

// How each figure is computed, from which data, under which licence.
http::Response AnalyticsPages::methods(http::Request& request, Language lang) {
  auto datasets = statistics_.datasets();
  if (!datasets) return site_.error_page(request, datasets.error());
  const auto& cat = site_.catalogue();
  List sources;
  for (const auto& d : *datasets) {
    auto versions = statistics_.versions(d.id);
    if (!versions) return site_.error_page(request, versions.error());
    Object source{{"code", d.code},
                  {"title", d.title},
                  {"unit", d.unit},
                  {"source", d.source},
                  {"licence", d.licence},
                  {"has_licence", !d.licence.empty()},
                  {"versions", cat.format_integer(lang, d.versions)},
                  {"href", "/api/v1/datasets/" + std::to_string(d.id)}};
    if (!versions->empty()) {
      source["years"] = std::to_string(versions->front().first_year) + "–" +
                        std::to_string(versions->front().last_year);
      source["rows"] = cat.format_integer(lang, versions->front().rows);
    }
    sources.push_back(std::move(source));
  }
  analytics::ClusterThresholds t;
  Object data{{"sources", sources},
              {"has_sources", !sources.empty()},
              {"size_share", cat.format_integer(lang, std::llround(t.size_top_share * 100))},
              {"focus_share", cat.format_integer(lang, std::llround(t.focus_top_share * 100))},
              {"specialisation_lq", cat.format_decimal(lang, t.specialisation_lq, 1)}};
  return site_.page(request, lang, "methods", site_.tr(lang, N_("Methods and sources")),
                    std::move(data));
}

}  // namespace cps::web
