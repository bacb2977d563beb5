// Where a page's time goes: the region query through SOCI and the service against the raw
// SQLite C API on the same rows, and rendering the regions page.
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <filesystem>

#include "domain/reference/reference_service.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"
#include "storage/reference_repository_sql.hpp"
#include "web/templates.hpp"

namespace {

namespace fs = std::filesystem;
using namespace cps;

const fs::path kShare = CPS_BENCH_SHARE_DIR;

struct Fixture {
  fs::path file = fs::temp_directory_path() / "cps-page-bench.db";
  std::unique_ptr<storage::Database> db;
  Fixture() {
    fs::remove(file);
    db = std::move(
        *storage::Database::open(*storage::parse_database_url("sqlite://" + file.string()), 2));
    storage::Migrator(*db, kShare / "migrations").apply();
  }
  ~Fixture() {
    db.reset();
    for (const char* s : {"", "-wal", "-shm"}) fs::remove(file.string() + s);
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void regions_of_a_country_through_the_service(benchmark::State& state) {
  storage::SqlReferenceRepository repo(*fixture().db);
  reference::ReferenceService service(repo);
  for (auto _ : state) {
    reference::RegionQuery q;
    q.country = CountryCode("RO");
    auto page = service.find_regions(q);
    benchmark::DoNotOptimize(page);
  }
}
BENCHMARK(regions_of_a_country_through_the_service);

void regions_of_a_country_raw_sqlite(benchmark::State& state) {
  fixture();
  sqlite3* db = nullptr;
  sqlite3_open_v2(fixture().file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(
      db,
      "SELECT code, level, country_code, parent_code, name_latin, name_native, classification "
      "FROM regions WHERE country_code = ?1 ORDER BY code",
      -1, &stmt, nullptr);
  for (auto _ : state) {
    sqlite3_bind_text(stmt, 1, "RO", 2, SQLITE_STATIC);
    std::vector<std::string> names;
    while (sqlite3_step(stmt) == SQLITE_ROW)
      names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 4)));
    sqlite3_reset(stmt);
    benchmark::DoNotOptimize(names);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}
BENCHMARK(regions_of_a_country_raw_sqlite);

void render_area_list(benchmark::State& state) {
  i18n::Catalogue catalogue(kShare / "locale");
  auto templates = web::Templates::load(kShare / "templates", catalogue);
  web::List areas;
  for (int i = 1; i <= 6; ++i)
    areas.push_back(web::Object{{"code", "WG" + std::to_string(i)},
                                {"name", "Innovation and R&D-driven cluster development"},
                                {"summary", std::string(160, 'x')},
                                {"href", "/en/areas/WG" + std::to_string(i)}});
  web::Object data{{"areas", areas}};
  for (auto _ : state) {
    auto html = templates->render(i18n::Language::ro, "areas", data);
    benchmark::DoNotOptimize(html);
  }
}
BENCHMARK(render_area_list);

}  // namespace

BENCHMARK_MAIN();
