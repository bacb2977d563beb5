// The views of the regional statistics that pages and the API show beside a region's
// clusters: a sector across the regions, the network of related sectors, a region's trend
// and its place in its country. Every figure comes from the current version of a dataset.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "domain/statistics/statistics_service.hpp"
#include "domain/statistics/statistics_service/cluster_views.hpp"

namespace cps::statistics {

namespace {

constexpr const char* kEmployment = "employment-nace";
constexpr const char* kGdp = "gdp-per-inhabitant";
constexpr const char* kGdpTotal = "gdp-million-eur";

}  // namespace

Result<std::optional<std::int64_t>> StatisticsService::dataset_id(std::string_view code) {
  auto all = datasets();
  if (!all) return std::unexpected(all.error());
  for (const auto& d : *all)
    if (d.code == code) return std::optional<std::int64_t>(d.id);
  return std::optional<std::int64_t>{};
}

Result<SectorProfile> StatisticsService::sector_profile(
    std::string_view sector, std::optional<int> year,
    const analytics::ClusterThresholds& thresholds, Scope scope) {
  auto employment = dataset_id(kEmployment);
  if (!employment) return std::unexpected(employment.error());
  if (!*employment) return fail(ErrorKind::not_found, "This dataset has no data yet.", "dataset");
  auto m = sector_matrix(**employment, year, 2, scope);
  if (!m) return std::unexpected(m.error());
  auto at = std::find(m->sectors.begin(), m->sectors.end(), sector);
  if (at == m->sectors.end())
    return fail(ErrorKind::not_found, "This sector does not exist.", "sector");
  const Eigen::Index c = at - m->sectors.begin();
  auto map = analytics::map_clusters(m->values, thresholds);
  if (!map) return std::unexpected(map.error());

  SectorProfile out{comparison_of(*m, thresholds), std::string(sector), 0, {}, std::nullopt, std::nullopt, {}};
  std::optional<SectorMatrix> first;
  if (m->version.first_year < m->year) {
    auto f = sector_matrix(**employment, m->version.first_year, 2, scope);
    if (f) first = std::move(*f);
  }
  std::map<std::string, double> earlier;
  if (first) {
    auto fc = std::find(first->sectors.begin(), first->sectors.end(), sector);
    if (fc != first->sectors.end())
      for (std::size_t r = 0; r < first->regions.size(); ++r) {
        double v = first->values(Eigen::Index(r), fc - first->sectors.begin());
        if (!std::isnan(v)) earlier[first->regions[r]] = v;
      }
  }
  for (std::size_t i = 0; i < m->regions.size(); ++i) {
    const auto r = Eigen::Index(i);
    if (map->stars(r, c) < 0) continue;
    RegionInSector row{figures_at(*map, r, c), m->regions[i]};
    if (auto e = earlier.find(row.region); e != earlier.end())
      row.cagr = analytics::growth(e->second, row.employment, m->year - m->version.first_year).cagr;
    out.employment += row.employment;
    out.regions.push_back(std::move(row));
  }
  std::sort(out.regions.begin(), out.regions.end(),
            [](const RegionInSector& a, const RegionInSector& b) {
              return std::tie(b.employment, a.region) < std::tie(a.employment, b.region);
            });

  // Complexity may be undefined for degenerate data; the profile stands without it.
  if (auto network = sector_network(**employment, m->year, 2, scope)) {
    auto n = std::find(network->sectors.begin(), network->sectors.end(), sector);
    if (n != network->sectors.end()) {
      const Eigen::Index k = n - network->sectors.begin();
      out.pci = network->pci(k);
      out.ubiquity = network->ubiquity(k);
      for (Eigen::Index o = 0; o < Eigen::Index(network->sectors.size()); ++o)
        if (o != k)
          out.related.emplace_back(network->sectors[std::size_t(o)], network->proximity(k, o));
      std::stable_sort(out.related.begin(), out.related.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
    }
  }
  return out;
}

Result<SectorNetwork> StatisticsService::sector_network(std::int64_t dataset_id,
                                                        std::optional<int> year, int level,
                                                        Scope scope) {
  auto cx = complexity(dataset_id, year, level, scope);
  if (!cx) return std::unexpected(cx.error());
  auto m = sector_matrix(dataset_id, cx->year, level, scope);
  if (!m) return std::unexpected(m.error());
  SectorNetwork out;
  out.dataset = cx->dataset;
  out.year = cx->year;
  out.level = level;
  out.scope = scope;
  out.sectors = cx->sectors;
  out.pci = cx->result.pci;
  out.ubiquity = cx->result.ubiquity;
  out.proximity = cx->result.proximity;
  out.employment = Eigen::VectorXd::Zero(Eigen::Index(out.sectors.size()));
  for (std::size_t s = 0; s < out.sectors.size(); ++s) {
    auto col = std::find(m->sectors.begin(), m->sectors.end(), out.sectors[s]) - m->sectors.begin();
    for (Eigen::Index r = 0; r < m->values.rows(); ++r)
      if (!std::isnan(m->values(r, col))) out.employment(Eigen::Index(s)) += m->values(r, col);
  }
  return out;
}

Result<RegionTrend> StatisticsService::region_trend(std::string_view region) {
  auto detail = reference_.region(region);
  if (!detail) return std::unexpected(detail.error());
  RegionTrend out;
  // The series of one dataset's current version for the region (and sector).
  auto series = [&](const char* code,
                    std::optional<std::string> sector) -> Result<std::optional<Series>> {
    auto id = dataset_id(code);
    if (!id) return std::unexpected(id.error());
    if (!*id) return std::optional<Series>{};
    auto d = dataset(**id);
    if (!d) return std::unexpected(d.error());
    ObservationQuery q;
    q.version = d->current_version;
    q.region = std::string(region);
    q.sector = std::move(sector);
    q.limit = 10000;
    auto rows = repository_.observations(q);
    if (!rows) return std::unexpected(rows.error());
    Series s{d->code, d->source, {}};
    for (const auto& o : *rows)
      if (o.value) s.points.emplace_back(o.year, *o.value);
    if (s.points.empty()) return std::optional<Series>{};
    std::sort(s.points.begin(), s.points.end());
    return std::optional<Series>(std::move(s));
  };
  auto jobs = series(kEmployment, std::string("TOTAL"));
  if (!jobs) return std::unexpected(jobs.error());
  auto gdp = series(kGdp, std::string());
  if (!gdp) return std::unexpected(gdp.error());
  out.jobs = std::move(*jobs);
  out.gdp = std::move(*gdp);
  return out;
}

Result<std::vector<CountryRank>> StatisticsService::country_ranks(std::string_view region) {
  auto detail = reference_.region(region);
  if (!detail) return std::unexpected(detail.error());
  std::vector<CountryRank> out;
  if (detail->region.level != 2) return out;
  auto all = reference_.find_regions({});
  if (!all) return std::unexpected(all.error());
  std::set<std::string> peers;
  for (const auto& r : all->regions)
    if (r.level == 2 && r.country == detail->region.country) peers.insert(r.code.str());
  for (const char* indicator : {"gdp", "jobs", "employment-rate", "eci"}) {
    auto values = indicator_map(indicator, std::nullopt);
    if (!values) {
      if (values.error().kind == ErrorKind::internal) return std::unexpected(values.error());
      continue;  // no figures for this indicator: nothing to rank
    }
    auto own = values->values.find(std::string(region));
    if (own == values->values.end()) continue;
    CountryRank rank{indicator, values->year, own->second, 1, 0};
    for (const auto& [code, v] : values->values)
      if (peers.contains(code)) {
        ++rank.of;
        rank.rank += v > own->second;
      }
    out.push_back(rank);
  }
  return out;
}

Result<IndicatorMap> StatisticsService::employment_rate(std::optional<int> year, Scope scope) {
  IndicatorMap out;
  out.indicator = "employment-rate";
  out.scope = scope;
  std::vector<DatasetVersion> current;
  std::vector<std::string> sources;
  for (const char* code : {kEmployment, kGdp, kGdpTotal}) {
    auto id = dataset_id(code);
    if (!id) return std::unexpected(id.error());
    if (!*id) return out;
    auto versions = repository_.versions(**id);
    if (!versions) return std::unexpected(versions.error());
    if (versions->empty()) return out;
    current.push_back(versions->front());
    auto d = dataset(**id);
    if (d && std::find(sources.begin(), sources.end(), d->source) == sources.end()) sources.push_back(d->source);
  }
  int first = 0, last = 9999;
  for (const auto& v : current) {
    first = std::max(first, v.first_year);
    last = std::min(last, v.last_year);
  }
  out.year = year.value_or(last);
  if (out.year < first || out.year > last)
    return fail(ErrorKind::invalid, "The dataset has no figures for this year.", "year");
  // One figure per region of each dataset in that year.
  auto figures = [&](const DatasetVersion& v, std::optional<std::string> sector) -> Result<std::map<std::string, double>> {
    ObservationQuery q;
    q.version = v.id;
    q.year = out.year;
    q.sector = std::move(sector);
    return figures_by_region(std::move(q));
  };
  auto jobs = figures(current[0], std::string("TOTAL"));
  auto per_head = figures(current[1], std::string());
  auto total = figures(current[2], std::string());
  if (!jobs) return std::unexpected(jobs.error());
  if (!per_head) return std::unexpected(per_head.error());
  if (!total) return std::unexpected(total.error());
  auto in_scope = levels_in(scope);
  if (!in_scope) return std::unexpected(in_scope.error());
  for (const auto& [region, thousands] : *jobs) {
    if (!in_scope->contains(region)) continue;
    auto h = per_head->find(region);
    auto t = total->find(region);
    if (h == per_head->end() || t == total->end() || h->second <= 0 || t->second <= 0) continue;
    double population = t->second * 1e6 / h->second;
    out.values[region] = thousands * 1000 / population * 100;
  }
  for (const auto& s : sources) out.source += (out.source.empty() ? "" : "; ") + s;
  return out;
}

}  // namespace cps::statistics
