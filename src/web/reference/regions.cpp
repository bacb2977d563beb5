// Reference pages: the list of regions and a region's page — its figures, clusters, trend
// and place in its country when statistics are loaded.
#include "web/reference/internal.hpp"
#include "web/scope_switch.hpp"

namespace cps::web {

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
      {"has_learning", r.level == 2},
      {"learning_href", prefix + "/regions/" + r.code.str() + "/learning"},
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
  auto assessed = region_assessment(request, r.code.str(), lang);
  if (!assessed) return site_.error_page(request, assessed.error());
  merge(data, std::move(*assessed));
  auto piloted = region_pilots(request, r.code.str(), lang);
  if (!piloted) return site_.error_page(request, piloted.error());
  merge(data, std::move(*piloted));
  if (auto file = table_download(site_, request, tables, "region-" + r.code.str())) return std::move(*file);
  return site_.page(request, lang, "region", name + " (" + r.code.str() + ")", std::move(data),
                    PageOptions{bhttp::status::ok, {}, {"charts.js"}});
}

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
  // Its structural peers elsewhere in Europe, compared among all European regions in the same
  // indicators: reference data to learn from, not partners (they have no page here).
  constexpr std::size_t kEuropeanPeers = 5;
  if (auto similar = statistics_->similar_regions(code, 2 * kEuropeanPeers, unsigned(statistics::Indicators::all),
                                                  statistics::Scope::europe);
      similar) {
    auto european = statistics_->european_regions();
    if (!european) return std::unexpected(european.error());
    List peers;
    for (const auto& n : similar->nearest) {
      if (n.in_programme_area || peers.size() == kEuropeanPeers) continue;
      auto known = european->find(n.region);
      peers.push_back(Object{
          {"code", n.region},
          {"name", known == european->end() ? n.region : known->second.name_latin},
          {"country", known == european->end() ? std::string()
                                               : cat.country_name(lang, iso_country(known->second.country))},
          {"distance", cat.format_decimal(lang, n.distance, 2)}});
    }
    out["european_peers"] = peers;
    out["has_european_peers"] = !peers.empty();
    out["european_compared"] = cat.format_integer(lang, (long long)similar->regions_compared);
    out["europe_map_href"] = Site::prefix(lang) + "/map?indicator=eci&scope=europe";
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

}  // namespace cps::web
