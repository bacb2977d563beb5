// Statistics: a region's clusters (European Cluster Observatory method) and the economic
// complexity of the regions of a level, computed once per dataset version and scope and kept.
#include "domain/statistics/statistics_service.hpp"
#include "domain/statistics/statistics_service/cluster_views.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

namespace cps::statistics {

Result<RegionClusters> StatisticsService::region_clusters(
    std::string_view region_code, std::int64_t dataset_id, std::optional<int> year,
    const analytics::ClusterThresholds& thresholds) {
  auto detail = reference_.region(region_code);
  if (!detail) return std::unexpected(detail.error());
  auto m = sector_matrix(dataset_id, year, detail->region.level);
  if (!m) return std::unexpected(m.error());
  auto at = std::find(m->regions.begin(), m->regions.end(), std::string(region_code));
  if (at == m->regions.end())
    return fail(ErrorKind::not_found,
                "The dataset has no figures by sector for this region and year.", "region");
  auto map = analytics::map_clusters(m->values, thresholds);
  if (!map) return std::unexpected(map.error());

  std::map<std::string, double> first;
  if (m->version.first_year < m->year) {
    ObservationQuery q;
    q.version = m->version.id;
    q.year = m->version.first_year;
    q.region = std::string(region_code);
    q.limit = 1000;
    auto early = repository_.observations(q);
    if (!early) return std::unexpected(early.error());
    for (const auto& o : *early)
      if (o.value) first[o.sector] = *o.value;
  }
  RegionClusters out{comparison_of(*m, thresholds), std::string(region_code), {}};
  Eigen::Index r = at - m->regions.begin();
  for (Eigen::Index c = 0; c < Eigen::Index(m->sectors.size()); ++c) {
    if (map->stars(r, c) < 0) continue;
    SectorCluster s{figures_at(*map, r, c), m->sectors[std::size_t(c)], std::nullopt};
    if (auto f = first.find(s.sector); f != first.end()) {
      auto g = analytics::growth(f->second, s.employment, m->year - m->version.first_year);
      s.growth = g.absolute;
      s.cagr = g.cagr;
    }
    out.sectors.push_back(std::move(s));
  }
  std::sort(out.sectors.begin(), out.sectors.end(),
            [](const SectorCluster& a, const SectorCluster& b) {
              return std::tie(b.stars, b.lq) < std::tie(a.stars, a.lq);
            });
  return out;
}

Result<RegionalComplexity> StatisticsService::complexity(std::int64_t dataset_id,
                                                         std::optional<int> year, int level,
                                                         Scope scope) {
  auto at = version_and_year(dataset_id, year);
  if (!at) return std::unexpected(at.error());
  auto kept = store_.find(at->first.id, at->second, level, scope);
  if (!kept) return std::unexpected(kept.error());
  if (*kept) {
    auto d = dataset(dataset_id);
    if (!d) return std::unexpected(d.error());
    (*kept)->dataset = *d;
    return std::move(**kept);
  }
  auto computed = compute_complexity(dataset_id, at->second, level, scope);
  if (!computed) return std::unexpected(computed.error());
  if (auto stored = store_.keep(*computed); !stored) return std::unexpected(stored.error());
  return computed;
}

Result<RegionalComplexity> StatisticsService::compute_complexity(std::int64_t dataset_id, int year,
                                                                 int level, Scope scope) {
  auto m = sector_matrix(dataset_id, year, level, scope);
  if (!m) return std::unexpected(m.error());
  // Missing figures (not published, confidential) count as no employment; regions with no
  // figure at all are left out.
  std::vector<Eigen::Index> keep;
  for (Eigen::Index r = 0; r < m->values.rows(); ++r)
    if (!m->values.row(r).array().isNaN().all()) keep.push_back(r);
  Eigen::MatrixXd values(Eigen::Index(keep.size()), m->values.cols());
  RegionalComplexity out;
  for (std::size_t i = 0; i < keep.size(); ++i) {
    values.row(Eigen::Index(i)) =
        m->values.row(keep[i]).unaryExpr([](double v) { return std::isnan(v) ? 0.0 : v; });
    out.regions.push_back(m->regions[std::size_t(keep[i])]);
  }
  auto c = analytics::compute_complexity(values);
  if (!c) return std::unexpected(c.error());
  out.dataset = m->dataset;
  out.version = m->version.id;
  out.year = m->year;
  out.level = level;
  out.scope = scope;
  out.computed_at = std::chrono::duration_cast<std::chrono::seconds>(
                        std::chrono::system_clock::now().time_since_epoch())
                        .count();
  out.sectors = m->sectors;
  out.result = std::move(*c);
  return out;
}

Result<RecomputeReport> StatisticsService::recompute(const accounts::Principal& who,
                                                     const ImportProgress& progress,
                                                     std::span<const Scope> scopes) {
  if (!who.has(accounts::Role::platform_admin)) {
    if (!who.signed_in() && who.label.empty())
      return fail(ErrorKind::unauthenticated, "Please sign in first.");
    return fail(ErrorKind::forbidden, "You may not do this.");
  }
  auto all = datasets();
  if (!all) return std::unexpected(all.error());
  // Every year and level of every dataset with sectors (GDP has none and is left alone).
  struct Job {
    Dataset dataset;
    DatasetVersion version;
  };
  std::vector<Job> jobs;
  std::size_t total = 0;
  for (const auto& d : *all) {
    auto versions = repository_.versions(d.id);
    if (!versions) return std::unexpected(versions.error());
    if (versions->empty()) continue;
    auto m = sector_matrix(d.id, versions->front().last_year, 2);
    if (!m) return std::unexpected(m.error());
    if (m->sectors.empty()) continue;
    jobs.push_back({d, versions->front()});
    total += std::size_t(versions->front().last_year - versions->front().first_year + 1) * 3 *
             scopes.size();
  }
  RecomputeReport report;
  std::size_t done = 0;
  for (const auto& job : jobs)
    for (Scope scope : scopes) {
      if (auto forgotten = store_.forget(job.version.id, scope); !forgotten)
        return std::unexpected(forgotten.error());
      for (int year = job.version.first_year; year <= job.version.last_year; ++year)
        for (int level = 0; level <= 2; ++level) {
          auto c = compute_complexity(job.dataset.id, year, level, scope);
          if (c) {
            if (auto stored = store_.keep(*c); !stored) return std::unexpected(stored.error());
            ++report.computed;
          } else if (c.error().kind == ErrorKind::unprocessable ||
                     c.error().kind == ErrorKind::invalid) {
            // Too few regions at this level, or a degenerate network: nothing to keep.
            report.left_out.push_back({job.dataset.code, year, level, scope, c.error().message});
          } else {
            return std::unexpected(c.error());
          }
          if (progress) progress(++done, total, "compute");
        }
    }
  return report;
}

}  // namespace cps::statistics
