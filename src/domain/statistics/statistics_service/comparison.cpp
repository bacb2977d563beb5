// Statistics: regions compared — the regions most alike (structural benchmarking) and one
// figure for every region, for maps.
#include "domain/statistics/statistics_service.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace cps::statistics {

namespace {

std::optional<std::int64_t> dataset_with_code(const std::vector<Dataset>& all,
                                              std::string_view code) {
  for (const auto& d : all)
    if (d.code == code) return d.id;
  return std::nullopt;
}

}  // namespace

Result<SimilarRegions> StatisticsService::similar_regions(std::string_view code, std::size_t k,
                                                          unsigned indicators, Scope scope) {
  if (k < 1 || k > 50) return fail(ErrorKind::invalid, "Ask for 1 to 50 regions.", "k");
  if (indicators == 0 || indicators > unsigned(Indicators::all))
    return fail(ErrorKind::invalid, "Choose at least one group of indicators.", "indicators");
  auto programme = levels_in(Scope::programme);
  if (!programme) return std::unexpected(programme.error());
  auto regions = levels_in(scope);
  if (!regions) return std::unexpected(regions.error());
  // A region of the programme area, or in the European scope any European region.
  auto region = regions->find(std::string(code));
  if (region == regions->end()) {
    auto detail = reference_.region(code);  // the reference service's own not-found answer
    if (!detail) return std::unexpected(detail.error());
    return fail(ErrorKind::not_found, "Not found.", "region");
  }
  auto all = datasets();
  if (!all) return std::unexpected(all.error());
  std::optional<std::int64_t> employment, gdp;
  for (const auto& d : *all) {
    if (d.code == "employment-nace") employment = d.id;
    if (d.code == "gdp-per-inhabitant") gdp = d.id;
  }
  if (!employment) return fail(ErrorKind::not_found, "This dataset has no data yet.", "dataset");
  auto m = sector_matrix(*employment, std::nullopt, region->second, scope);
  if (!m) return std::unexpected(m.error());

  SimilarRegions out;
  out.region = std::string(code);
  out.scope = scope;
  out.year = m->year;
  std::vector<Eigen::VectorXd> columns;
  const Eigen::Index n = Eigen::Index(m->regions.size());
  const double missing = std::numeric_limits<double>::quiet_NaN();
  Eigen::VectorXd totals = Eigen::VectorXd::Zero(n);
  for (Eigen::Index r = 0; r < n; ++r)
    for (Eigen::Index c = 0; c < m->values.cols(); ++c)
      if (!std::isnan(m->values(r, c))) totals(r) += m->values(r, c);
  if (indicators & unsigned(Indicators::structure))
    for (Eigen::Index c = 0; c < m->values.cols(); ++c) {
      Eigen::VectorXd share(n);
      for (Eigen::Index r = 0; r < n; ++r)
        share(r) =
            totals(r) > 0 && !std::isnan(m->values(r, c)) ? m->values(r, c) / totals(r) : missing;
      columns.push_back(share);
      out.indicators.push_back("share of jobs in " + m->sectors[std::size_t(c)]);
    }
  if (indicators & unsigned(Indicators::size)) {
    Eigen::VectorXd size(n);
    for (Eigen::Index r = 0; r < n; ++r) size(r) = totals(r) > 0 ? std::log(totals(r)) : missing;
    columns.push_back(size);
    out.indicators.push_back("jobs (log)");
  }
  if ((indicators & unsigned(Indicators::prosperity)) && gdp) {
    auto versions = repository_.versions(*gdp);
    if (!versions) return std::unexpected(versions.error());
    if (!versions->empty()) {
      ObservationQuery q;
      q.version = versions->front().id;
      q.year = versions->front().last_year;
      auto figures = figures_by_region(q);
      if (!figures) return std::unexpected(figures.error());
      const std::map<std::string, double>& by_region = *figures;
      Eigen::VectorXd g(n);
      for (Eigen::Index r = 0; r < n; ++r) {
        auto it = by_region.find(m->regions[std::size_t(r)]);
        g(r) = it == by_region.end() ? missing : it->second;
      }
      columns.push_back(g);
      out.indicators.push_back("GDP per inhabitant " + std::to_string(versions->front().last_year));
    }
  }
  if (indicators & unsigned(Indicators::employment)) {
    auto rates = employment_rate(std::nullopt, scope);
    if (!rates) return std::unexpected(rates.error());
    if (!rates->values.empty()) {
      Eigen::VectorXd e(n);
      for (Eigen::Index r = 0; r < n; ++r) {
        auto it = rates->values.find(m->regions[std::size_t(r)]);
        e(r) = it == rates->values.end() ? missing : it->second;
      }
      columns.push_back(e);
      out.indicators.push_back("people in employment per 100 inhabitants " + std::to_string(rates->year));
    }
  }
  if (columns.empty())
    return fail(ErrorKind::unprocessable, "There are no figures for the indicators chosen.",
                "indicators");
  Eigen::MatrixXd x(n, Eigen::Index(columns.size()));
  for (std::size_t c = 0; c < columns.size(); ++c) x.col(Eigen::Index(c)) = columns[c];
  auto at = std::find(m->regions.begin(), m->regions.end(), out.region);
  if (at == m->regions.end())
    return fail(ErrorKind::not_found,
                "The dataset has no figures by sector for this region and year.", "region");
  auto nearest = analytics::nearest_regions(x, at - m->regions.begin(), k,
                                            std::min<Eigen::Index>(2, x.cols()));
  if (!nearest) return std::unexpected(nearest.error());
  out.regions_compared = m->regions.size();
  for (const auto& nb : *nearest) {
    const std::string& other = m->regions[std::size_t(nb.region)];
    out.nearest.push_back(
        {other, nb.distance, std::size_t(nb.compared), programme->contains(other)});
  }
  return out;
}

Result<std::vector<std::string>> StatisticsService::sectors() {
  auto all = datasets();
  if (!all) return std::unexpected(all.error());
  auto employment = dataset_with_code(*all, "employment-nace");
  if (!employment) return std::vector<std::string>{};
  auto m = sector_matrix(*employment, std::nullopt, 2);
  if (!m) return std::unexpected(m.error());
  return m->sectors;
}

Result<IndicatorMap> StatisticsService::indicator_map(std::string_view indicator,
                                                      std::optional<int> year, Scope scope) {
  auto all = datasets();
  if (!all) return std::unexpected(all.error());
  auto employment = dataset_with_code(*all, "employment-nace");
  auto gdp = dataset_with_code(*all, "gdp-per-inhabitant");
  IndicatorMap out;
  out.indicator = std::string(indicator);
  out.scope = scope;
  auto regions = levels_in(scope);
  if (!regions) return std::unexpected(regions.error());
  std::set<std::string> level2;
  for (const auto& [code, level] : *regions)
    if (level == 2) level2.insert(code);

  if (indicator == "gdp" || indicator == "jobs") {
    auto id = indicator == "gdp" ? gdp : employment;
    if (!id)
      return fail(ErrorKind::invalid, "There are no figures for this indicator yet.", "indicator");
    auto versions = repository_.versions(*id);
    if (!versions) return std::unexpected(versions.error());
    if (versions->empty())
      return fail(ErrorKind::invalid, "There are no figures for this indicator yet.", "indicator");
    const auto& v = versions->front();
    out.year = year.value_or(v.last_year);
    if (out.year < v.first_year || out.year > v.last_year)
      return fail(ErrorKind::invalid, "The dataset has no figures for this year.", "year");
    ObservationQuery q;
    q.version = v.id;
    q.year = out.year;
    q.limit = 1000000;
    if (indicator == "jobs") q.sector = "TOTAL";
    auto rows = repository_.observations(q);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& o : *rows)
      if (o.value && level2.contains(o.region)) out.values[o.region] = *o.value;
    auto d = dataset(*id);
    if (d) out.source = d->source;
    return out;
  }
  if (indicator == "employment-rate") {
    auto rates = employment_rate(year, scope);
    if (!rates) return std::unexpected(rates.error());
    if (rates->values.empty())
      return fail(ErrorKind::invalid, "There are no figures for this indicator yet.", "indicator");
    std::erase_if(rates->values, [&](const auto& v) { return !level2.contains(v.first); });
    rates->scope = scope;
    return rates;
  }
  if (!employment)
    return fail(ErrorKind::invalid, "There are no figures for this indicator yet.", "indicator");
  if (indicator == "eci") {
    auto c = complexity(*employment, year, 2, scope);
    if (!c) return std::unexpected(c.error());
    out.year = c->year;
    out.source = c->dataset.source;
    for (std::size_t i = 0; i < c->regions.size(); ++i)
      out.values[c->regions[i]] = c->result.eci(Eigen::Index(i));
    return out;
  }
  if (indicator.starts_with("lq:")) {
    auto m = sector_matrix(*employment, year, 2, scope);
    if (!m) return std::unexpected(m.error());
    auto sector = std::find(m->sectors.begin(), m->sectors.end(), indicator.substr(3));
    if (sector == m->sectors.end())
      return fail(ErrorKind::invalid, "Choose an indicator from the list.", "indicator");
    auto map = analytics::map_clusters(m->values);
    if (!map) return std::unexpected(map.error());
    Eigen::Index c = sector - m->sectors.begin();
    out.year = m->year;
    out.source = m->dataset.source;
    for (std::size_t r = 0; r < m->regions.size(); ++r)
      if (!std::isnan(map->lq(Eigen::Index(r), c)))
        out.values[m->regions[r]] = map->lq(Eigen::Index(r), c);
    return out;
  }
  return fail(ErrorKind::invalid, "Choose an indicator from the list.", "indicator");
}

}  // namespace cps::statistics
