// Statistics: the datasets, their versions and observations, and the regions × sectors matrix
// of one year every analysis starts from. Imports, administration, clusters and complexity,
// the comparison of regions and the views beside a region's clusters (region_views.cpp) are
// in statistics_service/.
#include "domain/statistics/statistics_service.hpp"

#include <limits>
#include <map>
#include <mutex>
#include <tuple>

#include "domain/accounts/policy.hpp"

namespace cps::statistics {

namespace {

// Sectors are the NACE groups; the total and "no response" are not sectors.
bool is_sector(const std::string& s) {
  return !s.empty() && s != "TOTAL" && s != "NRP";
}

}  // namespace

struct StatisticsService::MatrixCache {
  static constexpr std::size_t kMostEntries = 32;
  // Version, year, level, scope and how many regions the scope holds (regions added to the
  // reference data change the matrix without a new version).
  using Key = std::tuple<std::int64_t, int, int, Scope, std::size_t>;
  struct Matrix {
    std::vector<std::string> regions;
    std::vector<std::string> sectors;
    Eigen::MatrixXd values;
  };
  std::mutex mutex;
  std::map<Key, Matrix> entries;
};

StatisticsService::StatisticsService(StatisticsRepository& repository, ComplexityStore& store,
                                     reference::ReferenceService& reference)
    : repository_(repository), store_(store), reference_(reference), matrices_(std::make_shared<MatrixCache>()) {}

Status StatisticsService::require_dataset_manager(const accounts::Principal& who) const {
  if (!accounts::allowed(who, accounts::Action::manage_statistics)) {
    if (!who.signed_in() && who.label.empty())
      return fail(ErrorKind::unauthenticated, "Please sign in first.");
    return fail(ErrorKind::forbidden, "You may not do this.");
  }
  if (who.via == accounts::Principal::Via::api_token &&
      who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

Result<std::vector<Dataset>> StatisticsService::datasets() {
  return repository_.datasets();
}

Result<Dataset> StatisticsService::dataset(std::int64_t id) {
  auto d = repository_.dataset(id);
  if (!d) return std::unexpected(d.error());
  if (!*d) return fail(ErrorKind::not_found, "Not found.");
  return **d;
}

Result<std::vector<DatasetVersion>> StatisticsService::versions(std::int64_t id) {
  auto d = dataset(id);
  if (!d) return std::unexpected(d.error());
  return repository_.versions(id);
}

Result<std::vector<ObservationRecord>> StatisticsService::observations(
    std::int64_t id, std::optional<std::int64_t> version, ObservationQuery query) {
  auto d = dataset(id);
  if (!d) return std::unexpected(d.error());
  if (version) {
    auto all = repository_.versions(id);
    if (!all) return std::unexpected(all.error());
    if (std::none_of(all->begin(), all->end(), [&](auto& v) { return v.id == *version; }))
      return fail(ErrorKind::not_found, "This dataset has no such version.", "version");
    query.version = *version;
  } else {
    query.version = d->current_version;
  }
  if (query.limit == 0 || query.limit > 10000)
    return fail(ErrorKind::invalid, "The limit must be a whole number from 1 to 10000.", "limit");
  return repository_.observations(query);
}

Result<ObservationPage> StatisticsService::observation_page(std::int64_t id, std::optional<std::int64_t> version,
                                                            ObservationQuery query) {
  ObservationPage page;
  // observations() resolves the version into a copy; the count needs the same one.
  if (version) {
    query.version = *version;
  } else {
    auto d = dataset(id);
    if (!d) return std::unexpected(d.error());
    query.version = d->current_version;
  }
  auto rows = observations(id, version, query);
  if (!rows) return std::unexpected(rows.error());
  auto total = repository_.count_observations(query);
  if (!total) return std::unexpected(total.error());
  page.rows = std::move(*rows);
  page.total = *total;
  return page;
}

Result<std::map<std::string, double>> StatisticsService::figures_by_region(ObservationQuery query) {
  query.limit = 1000000;
  auto rows = repository_.observations(query);
  if (!rows) return std::unexpected(rows.error());
  std::map<std::string, double> by_region;
  for (const auto& o : *rows)
    if (o.value) by_region[o.region] = *o.value;
  return by_region;
}

Result<std::pair<DatasetVersion, int>> StatisticsService::version_and_year(
    std::int64_t dataset_id, std::optional<int> year) {
  auto versions = repository_.versions(dataset_id);
  if (!versions) return std::unexpected(versions.error());
  if (versions->empty()) {
    auto d = dataset(dataset_id);  // not found, or found without data
    if (!d) return std::unexpected(d.error());
    return fail(ErrorKind::not_found, "This dataset has no data yet.", "dataset");
  }
  const DatasetVersion& current = versions->front();
  int y = year.value_or(current.last_year);
  if (y < current.first_year || y > current.last_year)
    return fail(ErrorKind::invalid, "The dataset has no figures for this year.", "year");
  return std::make_pair(current, y);
}

Result<std::map<std::string, EuropeanRegion>> StatisticsService::european_regions() {
  auto rows = repository_.european_regions();
  if (!rows) return std::unexpected(rows.error());
  std::map<std::string, EuropeanRegion> out;
  for (auto& r : *rows) out.emplace(r.code, std::move(r));
  return out;
}

Result<std::map<std::string, int>> StatisticsService::levels_in(Scope scope) {
  auto all_regions = reference_.find_regions({});
  if (!all_regions) return std::unexpected(all_regions.error());
  std::map<std::string, int> level_of;
  for (const auto& r : all_regions->regions) level_of[r.code.str()] = r.level;
  if (scope == Scope::europe) {
    auto european = repository_.european_regions();
    if (!european) return std::unexpected(european.error());
    for (const auto& r : *european) level_of.emplace(r.code, r.level);
  }
  return level_of;
}

Result<SectorMatrix> StatisticsService::sector_matrix(std::int64_t dataset_id,
                                                      std::optional<int> year, int level,
                                                      Scope scope) {
  auto d = dataset(dataset_id);
  if (!d) return std::unexpected(d.error());
  auto at = version_and_year(dataset_id, year);
  if (!at) return std::unexpected(at.error());
  SectorMatrix m;
  m.dataset = *d;
  m.version = at->first;
  m.year = at->second;
  m.scope = scope;
  auto levels = levels_in(scope);
  if (!levels) return std::unexpected(levels.error());
  // Regions outside the scope get level -1, which no level asked for matches.
  std::map<std::string, int>& level_of = *levels;
  auto level_at = [&](const std::string& code) {
    auto it = level_of.find(code);
    return it == level_of.end() ? -1 : it->second;
  };
  const MatrixCache::Key key{m.version.id, m.year, level, scope, level_of.size()};
  {
    std::lock_guard lock(matrices_->mutex);
    if (auto hit = matrices_->entries.find(key); hit != matrices_->entries.end()) {
      m.regions = hit->second.regions;
      m.sectors = hit->second.sectors;
      m.values = hit->second.values;
      return m;
    }
  }
  ObservationQuery q;
  q.version = m.version.id;
  q.year = m.year;
  q.limit = 1000000;
  auto rows = repository_.observations(q);
  if (!rows) return std::unexpected(rows.error());
  std::map<std::string, Eigen::Index> region_index, sector_index;
  for (const auto& o : *rows) {
    if (!is_sector(o.sector) || level_at(o.region) != level) continue;
    region_index.emplace(o.region, 0);
    sector_index.emplace(o.sector, 0);
  }
  Eigen::Index n = 0;
  for (auto& [code, i] : region_index) {
    i = n++;
    m.regions.push_back(code);
  }
  n = 0;
  for (auto& [code, i] : sector_index) {
    i = n++;
    m.sectors.push_back(code);
  }
  m.values =
      Eigen::MatrixXd::Constant(Eigen::Index(m.regions.size()), Eigen::Index(m.sectors.size()),
                                std::numeric_limits<double>::quiet_NaN());
  for (const auto& o : *rows)
    if (is_sector(o.sector) && level_at(o.region) == level && o.value)
      m.values(region_index[o.region], sector_index[o.sector]) = *o.value;
  std::lock_guard lock(matrices_->mutex);
  // A handful of versions, years and levels are in use at a time; past that, start afresh.
  if (matrices_->entries.size() >= MatrixCache::kMostEntries) matrices_->entries.clear();
  matrices_->entries[key] = MatrixCache::Matrix{m.regions, m.sectors, m.values};
  return m;
}

}  // namespace cps::statistics
