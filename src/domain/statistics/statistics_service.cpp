#include "domain/statistics/statistics_service.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "core/text.hpp"
#include "domain/accounts/policy.hpp"
#include "i18n/catalogue.hpp"

namespace cps::statistics {

using i18n::N_;

namespace {

bool valid_code(std::string_view code) {
  return code.size() >= 2 && code.size() <= 60 && std::all_of(code.begin(), code.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
         });
}

}  // namespace

StatisticsService::StatisticsService(StatisticsRepository& repository, ComplexityStore& store,
                                     reference::ReferenceService& reference)
    : repository_(repository), store_(store), reference_(reference) {}

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

Result<ImportReport> StatisticsService::import_dataset(
    const accounts::Principal& who, FileFormat format, std::istream& in, std::size_t size,
    const ImportRequest& request, std::vector<Issue>& issues, const ImportProgress& progress) {
  if (auto ok = require_dataset_manager(who); !ok) return std::unexpected(ok.error());
  // A new version of a dataset keeps the dataset's title, unit, source and licence where
  // the request leaves them empty.
  Dataset dataset = request.dataset;
  if (!valid_code(dataset.code))
    return fail(ErrorKind::unprocessable,
                "Use 2 to 60 lower-case letters, digits and hyphens for the dataset code.", "code");
  if (auto known = repository_.dataset_by_code(dataset.code); !known) {
    return std::unexpected(known.error());
  } else if (*known) {
    for (auto [field, stored] : {std::pair{&dataset.title, &(*known)->title},
                                 {&dataset.unit, &(*known)->unit},
                                 {&dataset.source, &(*known)->source},
                                 {&dataset.licence, &(*known)->licence}})
      if (field->empty()) *field = *stored;
  }
  if (dataset.title.empty() || dataset.title.size() > 300)
    return fail(ErrorKind::unprocessable, "Give the dataset a title.", "title");

  ReadOptions read_options;
  read_options.negative_values = request.negative_values;
  read_options.progress = [&](std::size_t bytes) {
    if (progress) progress(bytes, size, "read");
  };
  auto table = read_observations(format, in, read_options);
  if (!table) return std::unexpected(table.error());
  issues = std::move(table->issues);

  // Which dimension is the sector, which are selected, which make the breakdown. Long files
  // name their sector column themselves.
  const std::string& sector_dimension =
      table->sector_dimension.empty() ? request.sector_dimension : table->sector_dimension;
  std::optional<std::size_t> sector_at;
  std::vector<std::pair<std::size_t, std::string>> selected;
  std::vector<std::size_t> breakdown_at;
  for (std::size_t i = 0; i < table->dimension_names.size(); ++i) {
    const auto& name = table->dimension_names[i];
    if (name == sector_dimension)
      sector_at = i;
    else if (auto s = request.select.find(name); s != request.select.end())
      selected.emplace_back(i, s->second);
    else
      breakdown_at.push_back(i);
  }
  if (!sector_dimension.empty() && !sector_at)
    return fail(ErrorKind::unprocessable, "The file has no such sector dimension.",
                "sector_dimension");
  for (const auto& [name, value] : request.select)
    if (std::find(table->dimension_names.begin(), table->dimension_names.end(), name) ==
        table->dimension_names.end())
      return fail(ErrorKind::unprocessable, "The file has no such dimension to select.", "select");

  auto regions = reference_.find_regions({});
  if (!regions) return std::unexpected(regions.error());
  auto countries = reference_.countries();
  if (!countries) return std::unexpected(countries.error());
  std::set<std::string> known;
  for (const auto& r : regions->regions) known.insert(r.code.str());
  std::set<std::string> programme;
  for (const auto& c : *countries) programme.insert(c.code.str());

  auto changes = repository_.region_code_changes();
  if (!changes) return std::unexpected(changes.error());
  std::set<std::string> in_file;
  for (const auto& o : table->observations) in_file.insert(o.geo);

  ImportReport report;
  std::vector<ObservationRecord> rows;
  std::set<std::tuple<std::string, std::string, std::string, int>> seen;
  std::set<std::size_t> reported_lines;
  std::size_t done = 0, total = table->observations.size();
  for (const auto& o : table->observations) {
    if (progress && ++done % 8192 == 0) progress(done, total, "check");
    bool wanted = std::all_of(selected.begin(), selected.end(),
                              [&](const auto& s) { return o.dimensions[s.first] == s.second; });
    if (!wanted) {
      ++report.not_selected;
      continue;
    }
    std::string region = o.geo;
    if (!known.contains(region)) {
      // Other countries' regions, and the "extra-regio" codes ending in Z, are simply outside
      // the programme area. An older NUTS code is renamed, or left out when the file has
      // the region under its new code as well; a split region and anything else unknown is
      // a problem to report.
      bool ours = region.size() >= 2 && programme.contains(region.substr(0, 2));
      auto change = changes->find(region);
      if (!ours || region.back() == 'Z') {
        ++report.outside_area;
        continue;
      }
      if (change != changes->end() && change->second) {
        if (in_file.contains(*change->second)) {
          ++report.superseded;
          continue;
        }
        region = *change->second;
        ++report.renamed;
      } else {
        if (reported_lines.insert(o.line).second)
          issues.push_back({o.line, 1,
                            change != changes->end()
                                ? N_("This region of an older NUTS version was split or merged; "
                                     "its figures cannot be carried over to NUTS 2021.")
                                : N_("This is not a NUTS 2021 region code of the programme area "
                                     "(an older NUTS version?)."),
                            o.geo});
        continue;
      }
    }
    ObservationRecord r;
    r.region = region;
    if (sector_at) r.sector = o.dimensions[*sector_at];
    for (auto i : breakdown_at)
      r.breakdown +=
          (r.breakdown.empty() ? "" : ";") + table->dimension_names[i] + "=" + o.dimensions[i];
    r.year = o.year;
    r.value = o.value;
    r.flags = o.flags;
    if (!seen.insert({r.region, r.sector, r.breakdown, r.year}).second) {
      issues.push_back(
          {o.line, o.column, N_("The same region, sector and year come twice."), o.geo});
      continue;
    }
    rows.push_back(std::move(r));
  }
  std::sort(issues.begin(), issues.end(), [](const Issue& a, const Issue& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  if (!issues.empty() && request.invalid_rows == InvalidRows::refuse_file)
    return fail(ErrorKind::unprocessable,
                "The file has problems; nothing was imported. Correct them, or import only the "
                "valid rows.",
                "file");
  if (rows.empty())
    return fail(ErrorKind::unprocessable,
                "No row of the file is about a region of the programme area.", "file");

  DatasetVersion version;
  version.imported_at = std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
  version.imported_by = who.label;
  version.file_name = request.file_name;
  version.format = std::string(to_string(format));
  version.rows = std::int64_t(rows.size());
  version.skipped = std::int64_t(report.outside_area);
  auto [first, last] = std::minmax_element(rows.begin(), rows.end(),
                                           [](auto& a, auto& b) { return a.year < b.year; });
  version.first_year = first->year;
  version.last_year = last->year;
  if (progress) progress(total, total, "store");
  auto stored = repository_.add_version(dataset, version, rows);
  if (!stored) return std::unexpected(stored.error());
  report.version = *stored;
  if (issues.size() > kMaxIssues) issues.resize(kMaxIssues);
  report.issues = issues;
  return report;
}

namespace {

bool nuts_code_shape(std::string_view code) {
  return code.size() >= 2 && code.size() <= 5 &&
         std::all_of(code.begin(), code.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }) &&
         code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

}  // namespace

Result<std::map<std::string, std::string>> parse_selections(const std::vector<std::string>& texts) {
  std::map<std::string, std::string> out;
  for (const auto& raw : texts) {
    std::string s = text::trim(raw);
    if (s.empty()) continue;
    auto eq = s.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == s.size())
      return fail(ErrorKind::invalid, "Give each selection as dimension=value, e.g. age=Y_GE15.",
                  "select");
    out[text::trim(s.substr(0, eq))] = text::trim(s.substr(eq + 1));
  }
  return out;
}

Result<StatisticsService::Overview> StatisticsService::overview(const accounts::Principal& who) {
  if (auto ok = require_dataset_manager(who); !ok) return std::unexpected(ok.error());
  Overview out;
  auto all = repository_.datasets();
  if (!all) return std::unexpected(all.error());
  for (auto& d : *all) {
    auto versions = repository_.versions(d.id);
    if (!versions) return std::unexpected(versions.error());
    out.datasets.emplace_back(std::move(d), std::move(*versions));
  }
  auto changes = repository_.list_region_code_changes();
  if (!changes) return std::unexpected(changes.error());
  out.code_changes = std::move(*changes);
  return out;
}

Result<std::vector<RegionCodeChange>> StatisticsService::code_changes(
    const accounts::Principal& who) {
  if (auto ok = require_dataset_manager(who); !ok) return std::unexpected(ok.error());
  return repository_.list_region_code_changes();
}

Status StatisticsService::add_code_change(const accounts::Principal& who, RegionCodeChange change) {
  if (auto ok = require_dataset_manager(who); !ok) return ok;
  change.old_code = text::to_upper_ascii(text::trim(change.old_code));
  if (change.new_code) change.new_code = text::to_upper_ascii(text::trim(*change.new_code));
  change.vintage = text::trim(change.vintage);
  change.note = text::trim(change.note);
  if (!nuts_code_shape(change.old_code))
    return fail(ErrorKind::unprocessable, "Give the old code as a NUTS code, e.g. HU10.",
                "old_code");
  if (change.vintage.size() > 60 || change.note.size() > 300)
    return fail(ErrorKind::unprocessable, "The note is too long.", "note");
  auto current = reference_.region(change.old_code);
  if (current)
    return fail(ErrorKind::unprocessable,
                "This is a current NUTS 2021 code; only older codes can be changed.", "old_code");
  if (current.error().kind != ErrorKind::not_found) return std::unexpected(current.error());
  if (change.new_code) {
    auto target = reference_.region(*change.new_code);
    if (!target && target.error().kind != ErrorKind::not_found)
      return std::unexpected(target.error());
    if (!target || target->region.level != 2)
      return fail(ErrorKind::unprocessable,
                  "The new code must be a NUTS 2 region of the programme area.", "new_code");
  }
  if (auto ok = repository_.add_region_code_change(change); !ok) {
    if (ok.error().kind == ErrorKind::conflict)
      return fail(ErrorKind::conflict, "This old code has a change already; remove it first.",
                  "old_code");
    return ok;
  }
  return {};
}

Status StatisticsService::remove_code_change(const accounts::Principal& who,
                                             std::string_view old_code) {
  if (auto ok = require_dataset_manager(who); !ok) return ok;
  auto removed = repository_.remove_region_code_change(text::to_upper_ascii(text::trim(old_code)));
  if (!removed) return std::unexpected(removed.error());
  if (!*removed) return fail(ErrorKind::not_found, "There is no change for this code.", "old_code");
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

namespace {

// Sectors are the NACE groups; the total and "no response" are not sectors.
bool is_sector(const std::string& s) {
  return !s.empty() && s != "TOTAL" && s != "NRP";
}

}  // namespace

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

Result<SectorMatrix> StatisticsService::sector_matrix(std::int64_t dataset_id,
                                                      std::optional<int> year, int level) {
  auto d = dataset(dataset_id);
  if (!d) return std::unexpected(d.error());
  auto at = version_and_year(dataset_id, year);
  if (!at) return std::unexpected(at.error());
  SectorMatrix m;
  m.dataset = *d;
  m.version = at->first;
  m.year = at->second;
  auto all_regions = reference_.find_regions({});
  if (!all_regions) return std::unexpected(all_regions.error());
  std::map<std::string, int> level_of;
  for (const auto& r : all_regions->regions) level_of[r.code.str()] = r.level;
  ObservationQuery q;
  q.version = m.version.id;
  q.year = m.year;
  q.limit = 1000000;
  auto rows = repository_.observations(q);
  if (!rows) return std::unexpected(rows.error());
  std::map<std::string, Eigen::Index> region_index, sector_index;
  for (const auto& o : *rows) {
    if (!is_sector(o.sector) || level_of[o.region] != level) continue;
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
    if (is_sector(o.sector) && level_of[o.region] == level && o.value)
      m.values(region_index[o.region], sector_index[o.sector]) = *o.value;
  return m;
}

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
  RegionClusters out;
  out.dataset = m->dataset;
  out.region = std::string(region_code);
  out.year = m->year;
  out.first_year = m->version.first_year;
  out.regions_compared = m->regions.size();
  out.thresholds = thresholds;
  Eigen::Index r = at - m->regions.begin();
  for (Eigen::Index c = 0; c < Eigen::Index(m->sectors.size()); ++c) {
    if (map->stars(r, c) < 0) continue;
    SectorCluster s;
    s.sector = m->sectors[std::size_t(c)];
    s.employment = map->employment(r, c);
    s.share = map->share(r, c);
    s.lq = map->lq(r, c);
    s.size = map->size(r, c) == 1;
    s.specialisation = map->specialisation(r, c) == 1;
    s.focus = map->focus(r, c) == 1;
    s.stars = map->stars(r, c);
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
                                                         std::optional<int> year, int level) {
  auto at = version_and_year(dataset_id, year);
  if (!at) return std::unexpected(at.error());
  auto kept = store_.find(at->first.id, at->second, level);
  if (!kept) return std::unexpected(kept.error());
  if (*kept) {
    auto d = dataset(dataset_id);
    if (!d) return std::unexpected(d.error());
    (*kept)->dataset = *d;
    return std::move(**kept);
  }
  auto computed = compute_complexity(dataset_id, at->second, level);
  if (!computed) return std::unexpected(computed.error());
  if (auto stored = store_.keep(*computed); !stored) return std::unexpected(stored.error());
  return computed;
}

Result<RegionalComplexity> StatisticsService::compute_complexity(std::int64_t dataset_id, int year,
                                                                 int level) {
  auto m = sector_matrix(dataset_id, year, level);
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
  out.computed_at = std::chrono::duration_cast<std::chrono::seconds>(
                        std::chrono::system_clock::now().time_since_epoch())
                        .count();
  out.sectors = m->sectors;
  out.result = std::move(*c);
  return out;
}

Result<RecomputeReport> StatisticsService::recompute(const accounts::Principal& who,
                                                     const ImportProgress& progress) {
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
    total += std::size_t(versions->front().last_year - versions->front().first_year + 1) * 3;
  }
  RecomputeReport report;
  std::size_t done = 0;
  for (const auto& job : jobs) {
    if (auto forgotten = store_.forget(job.version.id); !forgotten)
      return std::unexpected(forgotten.error());
    for (int year = job.version.first_year; year <= job.version.last_year; ++year)
      for (int level = 0; level <= 2; ++level) {
        auto c = compute_complexity(job.dataset.id, year, level);
        if (c) {
          if (auto stored = store_.keep(*c); !stored) return std::unexpected(stored.error());
          ++report.computed;
        } else if (c.error().kind == ErrorKind::unprocessable ||
                   c.error().kind == ErrorKind::invalid) {
          // Too few regions at this level, or a degenerate network: nothing to keep.
          report.left_out.push_back({job.dataset.code, year, level, c.error().message});
        } else {
          return std::unexpected(c.error());
        }
        if (progress) progress(++done, total, "compute");
      }
  }
  return report;
}

Result<SimilarRegions> StatisticsService::similar_regions(std::string_view code, std::size_t k,
                                                          unsigned indicators) {
  if (k < 1 || k > 50) return fail(ErrorKind::invalid, "Ask for 1 to 50 regions.", "k");
  if (indicators == 0 || indicators > unsigned(Indicators::all))
    return fail(ErrorKind::invalid, "Choose at least one group of indicators.", "indicators");
  auto detail = reference_.region(code);
  if (!detail) return std::unexpected(detail.error());
  auto all = datasets();
  if (!all) return std::unexpected(all.error());
  std::optional<std::int64_t> employment, gdp;
  for (const auto& d : *all) {
    if (d.code == "employment-nace") employment = d.id;
    if (d.code == "gdp-per-inhabitant") gdp = d.id;
  }
  if (!employment) return fail(ErrorKind::not_found, "This dataset has no data yet.", "dataset");
  auto m = sector_matrix(*employment, std::nullopt, detail->region.level);
  if (!m) return std::unexpected(m.error());

  SimilarRegions out;
  out.region = std::string(code);
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
      q.limit = 1000000;
      auto rows = repository_.observations(q);
      if (!rows) return std::unexpected(rows.error());
      std::map<std::string, double> by_region;
      for (const auto& o : *rows)
        if (o.value) by_region[o.region] = *o.value;
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
    auto rates = employment_rate(std::nullopt);
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
  for (const auto& nb : *nearest)
    out.nearest.push_back(
        {m->regions[std::size_t(nb.region)], nb.distance, std::size_t(nb.compared)});
  return out;
}

namespace {
std::optional<std::int64_t> dataset_with_code(const std::vector<Dataset>& all,
                                              std::string_view code) {
  for (const auto& d : all)
    if (d.code == code) return d.id;
  return std::nullopt;
}
}  // namespace

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
                                                      std::optional<int> year) {
  auto all = datasets();
  if (!all) return std::unexpected(all.error());
  auto employment = dataset_with_code(*all, "employment-nace");
  auto gdp = dataset_with_code(*all, "gdp-per-inhabitant");
  IndicatorMap out;
  out.indicator = std::string(indicator);
  auto regions = reference_.find_regions({});
  if (!regions) return std::unexpected(regions.error());
  std::set<std::string> level2;
  for (const auto& r : regions->regions)
    if (r.level == 2) level2.insert(r.code.str());

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
    auto rates = employment_rate(year);
    if (!rates) return std::unexpected(rates.error());
    if (rates->values.empty())
      return fail(ErrorKind::invalid, "There are no figures for this indicator yet.", "indicator");
    std::erase_if(rates->values, [&](const auto& v) { return !level2.contains(v.first); });
    return rates;
  }
  if (!employment)
    return fail(ErrorKind::invalid, "There are no figures for this indicator yet.", "indicator");
  if (indicator == "eci") {
    auto c = complexity(*employment, year, 2);
    if (!c) return std::unexpected(c.error());
    out.year = c->year;
    out.source = c->dataset.source;
    for (std::size_t i = 0; i < c->regions.size(); ++i)
      out.values[c->regions[i]] = c->result.eci(Eigen::Index(i));
    return out;
  }
  if (indicator.starts_with("lq:")) {
    auto m = sector_matrix(*employment, year, 2);
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
