// Reference pages: the map of the regions coloured by one indicator, and regions compared
// side by side.
#include "web/reference/internal.hpp"
#include "web/scope_switch.hpp"

namespace cps::web {

// A map of the NUTS 2 regions of the programme area (or of all Europe) coloured by one
// indicator, with the same figures in a table (what screen readers and browsers without
// JavaScript get).
http::Response ReferencePages::map(http::Request& request, Language lang) {
  if (!statistics_) return site_.error_page(request, Error{ErrorKind::not_found, "Not found."});
  std::string indicator = request.query_value("indicator").value_or("gdp");
  auto year = http::year_parameter(request);
  if (!year) return site_.error_page(request, year.error());
  auto scope = scope_of(request);
  if (!scope) return site_.error_page(request, scope.error());
  auto values = statistics_->indicator_map(indicator, *year, *scope);
  if (!values) return site_.error_page(request, values.error());
  auto european = statistics_->european_regions();
  if (!european) return site_.error_page(request, european.error());
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
  // The regions with a figure: the programme area's link to their pages; the European ones
  // (in the European scope) are there for comparison and have no page.
  struct Ranked {
    double value;
    std::string code, name, country, href;
  };
  std::vector<Ranked> ranked;
  for (const auto& r : regions->regions)
    if (auto v = values->values.find(r.code.str()); v != values->values.end())
      ranked.push_back({v->second, r.code.str(), r.name_latin, country_names[r.country.str()],
                        prefix + "/regions/" + r.code.str()});
  for (const auto& [code, r] : *european)
    if (auto v = values->values.find(code); v != values->values.end())
      ranked.push_back({v->second, code, r.name_latin, cat.country_name(lang, iso_country(r.country)), ""});
  std::stable_sort(ranked.begin(), ranked.end(), [](auto& a, auto& b) { return a.value > b.value; });
  List rows;
  std::string json = "{";
  int rank = 0;
  exports::Table table{"regions", {"rank", "region", "name", "country", "indicator", "year", "value"}, {},
                       {ColumnType::number, ColumnType::text, ColumnType::text, ColumnType::text, ColumnType::text,
                        ColumnType::number, ColumnType::number}};
  for (const auto& r : ranked) {
    table.rows.push_back({std::to_string(rank + 1), r.code, r.name, r.country, indicator,
                          std::to_string(values->year), plain_figure(r.value)});
    rows.push_back(Object{{"rank", std::to_string(++rank)},
                          {"code", r.code},
                          {"name", r.name},
                          {"country", r.country},
                          {"href", r.href},
                          {"has_page", !r.href.empty()},
                          {"value", cat.format_decimal(lang, r.value, chosen->decimals)}});
    json += (json.size() > 1 ? "," : "") + std::string("\"") + r.code + "\":" + fmt::format("{:.6g}", r.value);
  }
  json += "}";
  if (auto file = table_download(site_, request, {table}, "map")) return std::move(*file);
  Object data{{"action", prefix + "/map"},
              {"downloads", download_links(request, "regions")},
              {"indicators", options},
              {"scopes", scope_choices(site_, lang, *scope)},
              {"scope", std::string(statistics::to_string(*scope))},
              {"europe", *scope == statistics::Scope::europe},
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
