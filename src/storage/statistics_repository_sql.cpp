#include "storage/statistics_repository_sql.hpp"

#include <chrono>

#include "storage/data_epoch.hpp"

namespace cps::storage {

using namespace cps::statistics;
using ll = long long;

namespace {

constexpr const char* kDatasetSelect =
    "SELECT d.id, d.code, d.title, d.unit, d.source, d.licence, "
    "(SELECT MAX(v.id) FROM dataset_versions v WHERE v.dataset_id = d.id), "
    "(SELECT COUNT(*) FROM dataset_versions v WHERE v.dataset_id = d.id) FROM datasets d";

Dataset read_dataset(const soci::row& row) {
  Dataset d;
  d.id = get_int(row, 0);
  d.code = get_text(row, 1);
  d.title = get_text(row, 2);
  d.unit = get_text(row, 3);
  d.source = get_text(row, 4);
  d.licence = get_text(row, 5);
  d.current_version = row.get_indicator(6) == soci::i_null ? 0 : get_int(row, 6);
  d.versions = int(get_int(row, 7));
  return d;
}

}  // namespace

Result<std::vector<Dataset>> SqlStatisticsRepository::datasets() {
  return db_.with_session([](soci::session& s) {
    std::vector<Dataset> out;
    soci::rowset<soci::row> rows = (s.prepare << std::string(kDatasetSelect) + " ORDER BY d.code");
    for (const auto& row : rows) out.push_back(read_dataset(row));
    return out;
  });
}

Result<std::optional<Dataset>> SqlStatisticsRepository::one(SqlQuery query) {
  return db_.with_session([&](soci::session& s) -> std::optional<Dataset> {
    soci::rowset<soci::row> rows = query.rows(s);
    for (const auto& row : rows) return read_dataset(row);
    return std::nullopt;
  });
}

Result<std::optional<Dataset>> SqlStatisticsRepository::dataset(std::int64_t id) {
  SqlQuery q;
  q.sql(kDatasetSelect).sql(" WHERE d.id = ").integer(id);
  return one(std::move(q));
}

Result<std::optional<Dataset>> SqlStatisticsRepository::dataset_by_code(const std::string& code) {
  SqlQuery q;
  q.sql(kDatasetSelect).sql(" WHERE d.code = ").text(code);
  return one(std::move(q));
}

Result<std::vector<DatasetVersion>> SqlStatisticsRepository::versions(std::int64_t dataset) {
  return db_.with_session([&](soci::session& s) {
    std::vector<DatasetVersion> out;
    ll d = dataset;
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT id, dataset_id, number, imported_at, imported_by, file_name, format, "
                      "row_count, skipped, first_year, last_year FROM dataset_versions "
                      "WHERE dataset_id = :d ORDER BY number DESC",
         soci::use(d));
    for (const auto& row : rows)
      out.push_back(DatasetVersion{get_int(row, 0), get_int(row, 1), int(get_int(row, 2)),
                                   get_int(row, 3), get_text(row, 4), get_text(row, 5),
                                   get_text(row, 6), get_int(row, 7), get_int(row, 8),
                                   int(get_int(row, 9)), int(get_int(row, 10))});
    return out;
  });
}

Result<DatasetVersion> SqlStatisticsRepository::add_version(
    const Dataset& dataset, DatasetVersion version, const std::vector<ObservationRecord>& rows) {
  return db_.transaction([&](soci::session& s) -> Result<DatasetVersion> {
    ll dataset_id = 0;
    soci::indicator found = soci::i_null;
    s << "SELECT id FROM datasets WHERE code = :c", soci::into(dataset_id, found),
        soci::use(dataset.code);
    ll now = version.imported_at;
    if (!s.got_data() || found == soci::i_null) {
      s << "INSERT INTO datasets (code, title, unit, source, licence, created_at) "
           "VALUES (:c, :t, :u, :s, :l, :n) RETURNING id",
          soci::use(dataset.code), soci::use(dataset.title), soci::use(dataset.unit),
          soci::use(dataset.source), soci::use(dataset.licence), soci::use(now),
          soci::into(dataset_id);
    } else {
      s << "UPDATE datasets SET title = :t, unit = :u, source = :s, licence = :l WHERE id = :id",
          soci::use(dataset.title), soci::use(dataset.unit), soci::use(dataset.source),
          soci::use(dataset.licence), soci::use(dataset_id);
    }
    ll number = 0;
    soci::indicator none = soci::i_null;
    s << "SELECT MAX(number) FROM dataset_versions WHERE dataset_id = :d", soci::into(number, none),
        soci::use(dataset_id);
    version.number = int(none == soci::i_null ? 1 : number + 1);
    version.dataset = dataset_id;
    ll version_id = 0, n = version.number, rows_count = version.rows, skipped = version.skipped,
       first = version.first_year, last = version.last_year;
    s << "INSERT INTO dataset_versions (dataset_id, number, imported_at, imported_by, file_name, "
         "format, row_count, skipped, first_year, last_year) VALUES (:d, :n, :at, :by, :f, :fmt, "
         ":r, :s, :fy, :ly) RETURNING id",
        soci::use(dataset_id), soci::use(n), soci::use(now), soci::use(version.imported_by),
        soci::use(version.file_name), soci::use(version.format), soci::use(rows_count),
        soci::use(skipped), soci::use(first), soci::use(last), soci::into(version_id);
    version.id = version_id;
    // In batches: one statement carries many rows, on both databases.
    constexpr std::size_t kBatch = 1000;
    std::vector<ll> ids;
    std::vector<std::string> regions, sectors, breakdowns, flags;
    std::vector<int> years;
    std::vector<double> values;
    std::vector<soci::indicator> present;
    for (std::size_t start = 0; start < rows.size(); start += kBatch) {
      std::size_t end = std::min(rows.size(), start + kBatch);
      ids.assign(end - start, version_id);
      regions.clear(), sectors.clear(), breakdowns.clear(), flags.clear(), years.clear();
      values.clear(), present.clear();
      for (std::size_t i = start; i < end; ++i) {
        const auto& r = rows[i];
        regions.push_back(r.region);
        sectors.push_back(r.sector);
        breakdowns.push_back(r.breakdown);
        years.push_back(r.year);
        values.push_back(r.value.value_or(0));
        present.push_back(r.value ? soci::i_ok : soci::i_null);
        flags.push_back(r.flags);
      }
      s << "INSERT INTO observations (version_id, region_code, sector, breakdown, year, value, "
           "flags) VALUES (:v, :r, :s, :b, :y, :val, :f)",
          soci::use(ids), soci::use(regions), soci::use(sectors), soci::use(breakdowns),
          soci::use(years), soci::use(values, present), soci::use(flags);
    }
    DataEpoch::bump(s);
    return version;
  });
}

namespace {

// The filters of an observation query; an empty region and a year of 0 filter nothing, as
// absent ones.
void observation_filters(SqlQuery& query, const ObservationQuery& q) {
  query.sql(" WHERE version_id = ").integer(q.version);
  if (q.region && !q.region->empty()) query.sql(" AND region_code = ").text(*q.region);
  if (q.sector) query.sql(" AND sector = ").text(*q.sector);
  if (q.year && *q.year != 0) query.sql(" AND year = ").integer(*q.year);
}

}  // namespace

Result<std::vector<ObservationRecord>> SqlStatisticsRepository::observations(
    const ObservationQuery& q) {
  return db_.with_session([&](soci::session& s) {
    std::vector<ObservationRecord> out;
    SqlQuery query;
    query.sql("SELECT region_code, sector, breakdown, year, value, flags FROM observations");
    observation_filters(query, q);
    query.sql(" ORDER BY region_code, sector, breakdown, year LIMIT ")
        .integer(ll(q.limit))
        .sql(" OFFSET ")
        .integer(ll(q.offset));
    soci::rowset<soci::row> rows = query.rows(s);
    for (const auto& row : rows) {
      ObservationRecord r;
      r.region = get_text(row, 0);
      r.sector = get_text(row, 1);
      r.breakdown = get_text(row, 2);
      r.year = int(get_int(row, 3));
      if (row.get_indicator(4) != soci::i_null) r.value = row.get<double>(4);
      r.flags = get_text(row, 5);
      out.push_back(std::move(r));
    }
    return out;
  });
}

Result<std::size_t> SqlStatisticsRepository::count_observations(const ObservationQuery& q) {
  return db_.with_session([&](soci::session& s) {
    SqlQuery query;
    query.sql("SELECT COUNT(*) FROM observations");
    observation_filters(query, q);
    soci::rowset<soci::row> rows = query.rows(s);
    std::size_t total = 0;
    for (const auto& row : rows) total = std::size_t(get_int(row, 0));
    return total;
  });
}

Result<std::map<std::string, std::optional<std::string>>>
SqlStatisticsRepository::region_code_changes() {
  return db_.with_session([](soci::session& s) {
    std::map<std::string, std::optional<std::string>> out;
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT old_code, new_code FROM region_code_changes");
    for (const auto& row : rows) out[get_text(row, 0)] = get_optional_text(row, 1);
    return out;
  });
}

Result<std::vector<EuropeanRegion>> SqlStatisticsRepository::european_regions() {
  return db_.with_session([](soci::session& s) {
    std::vector<EuropeanRegion> out;
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT code, level, country_code, name_latin, name_native "
                      "FROM european_regions ORDER BY code");
    for (const auto& row : rows)
      out.push_back({get_text(row, 0), int(get_int(row, 1)), get_text(row, 2), get_text(row, 3),
                     get_text(row, 4)});
    return out;
  });
}

Result<std::vector<RegionCodeChange>> SqlStatisticsRepository::list_region_code_changes() {
  return db_.with_session([](soci::session& s) {
    std::vector<RegionCodeChange> out;
    soci::rowset<soci::row> rows =
        (s.prepare
         << "SELECT old_code, new_code, vintage, note FROM region_code_changes ORDER BY old_code");
    for (const auto& row : rows)
      out.push_back(
          {get_text(row, 0), get_optional_text(row, 1), get_text(row, 2), get_text(row, 3)});
    return out;
  });
}

Status SqlStatisticsRepository::add_region_code_change(const RegionCodeChange& change) {
  return db_.transaction([&](soci::session& s) -> Status {
    ll found = 0;
    s << "SELECT COUNT(*) FROM region_code_changes WHERE old_code = :o", soci::into(found),
        soci::use(change.old_code);
    if (found > 0)
      return fail(ErrorKind::conflict, "This old code has a change already.", "old_code");
    std::string new_code = change.new_code.value_or("");
    soci::indicator present = change.new_code ? soci::i_ok : soci::i_null;
    s << "INSERT INTO region_code_changes (old_code, new_code, vintage, note) VALUES (:o, :n, :v, "
         ":t)",
        soci::use(change.old_code), soci::use(new_code, present), soci::use(change.vintage),
        soci::use(change.note);
    DataEpoch::bump(s);
    return {};
  });
}

Result<bool> SqlStatisticsRepository::remove_region_code_change(const std::string& old_code) {
  return db_.transaction([&](soci::session& s) -> Result<bool> {
    ll found = 0;
    s << "SELECT COUNT(*) FROM region_code_changes WHERE old_code = :o", soci::into(found),
        soci::use(old_code);
    if (found == 0) return false;
    s << "DELETE FROM region_code_changes WHERE old_code = :o", soci::use(old_code);
    DataEpoch::bump(s);
    return true;
  });
}

}  // namespace cps::storage
