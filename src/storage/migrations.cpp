#include "storage/migrations.hpp"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "storage/sql_script.hpp"

namespace cps::storage {

namespace fs = std::filesystem;

Migrator::Migrator(Database& db, fs::path root)
    : db_(db),
      root_(std::move(root)),
      dialect_dir_(db.dialect() == Dialect::sqlite ? "sqlite" : "postgres") {}

Result<std::vector<Migration>> Migrator::available() const {
  static const std::regex name_pattern(R"(^(\d{4})_([a-z0-9_]+)\.sql$)");
  // Portable migrations live in common/; a file of the same version in the dialect's folder
  // replaces it for that dialect.
  std::map<int, Migration> by_version;
  std::error_code ec;
  bool any_folder = false;
  for (const char* folder : {"common", dialect_dir_}) {
    fs::path dir = root_ / folder;
    if (!fs::is_directory(dir, ec)) continue;
    any_folder = true;
    std::vector<Migration> here;
    for (const auto& entry : fs::directory_iterator(dir)) {
      std::smatch m;
      std::string file = entry.path().filename().string();
      if (!std::regex_match(file, m, name_pattern)) continue;
      here.push_back({std::stoi(m[1].str()), m[2].str(), entry.path()});
    }
    std::sort(here.begin(), here.end(), [](auto& a, auto& b) { return a.version < b.version; });
    for (std::size_t i = 1; i < here.size(); ++i)
      if (here[i].version == here[i - 1].version)
        return fail(ErrorKind::internal, "Two migrations share a version number.", {},
                    here[i].file.string());
    for (auto& m : here) by_version[m.version] = m;
  }
  if (!any_folder)
    return fail(ErrorKind::internal, "The migrations folder is missing.", {}, root_.string());
  std::vector<Migration> out;
  for (auto& [version, m] : by_version) out.push_back(m);
  return out;
}

Status Migrator::ensure_table() {
  return db_.transaction([this](soci::session& s) {
    // CREATE TABLE IF NOT EXISTS is not safe against a concurrent creator in PostgreSQL.
    if (db_.dialect() == Dialect::postgresql) s << "SELECT pg_advisory_xact_lock(7205541)";
    s << "CREATE TABLE IF NOT EXISTS schema_migrations ("
         " version INTEGER PRIMARY KEY,"
         " name TEXT NOT NULL,"
         " applied_at TEXT NOT NULL)";
  });
}

namespace {

int recorded_version(soci::session& s) {
  int version = 0;
  soci::indicator ind;
  s << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
  return ind == soci::i_null ? 0 : version;
}

std::string utc_now() {
  auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

Result<MigrationState> Migrator::inspect() {
  auto files = available();
  if (!files) return std::unexpected(files.error());
  if (auto ok = ensure_table(); !ok) return std::unexpected(ok.error());
  auto version = db_.with_session([](soci::session& s) { return recorded_version(s); });
  if (!version) return std::unexpected(version.error());
  MigrationState state;
  state.database_version = *version;
  state.program_version = files->empty() ? 0 : files->back().version;
  if (state.database_version > state.program_version)
    return fail(ErrorKind::conflict,
                "The database was migrated by a newer version of this program.", "database",
                "database schema " + std::to_string(state.database_version) +
                    ", program knows up to " + std::to_string(state.program_version));
  for (auto& m : *files)
    if (m.version > state.database_version) state.pending.push_back(m);
  return state;
}

Result<int> Migrator::apply(const MigrationProgress& progress) {
  auto state = inspect();
  if (!state) return std::unexpected(state.error());
  int applied = 0;
  for (std::size_t i = 0; i < state->pending.size(); ++i) {
    const Migration& m = state->pending[i];
    if (progress) progress(i, state->pending.size(), m);
    std::ifstream in(m.file, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    auto statements = split_sql_script(buf.str());
    auto done = db_.transaction([&](soci::session& s) -> Result<bool> {
      if (db_.dialect() == Dialect::postgresql) {
        // Serialises app servers migrating one shared database at the same time.
        s << "SELECT pg_advisory_xact_lock(7205541)";
      }
      if (recorded_version(s) >= m.version) return false;
      for (const auto& sql : statements) s << sql;
      std::string now = utc_now();
      s << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)",
          soci::use(m.version), soci::use(m.name), soci::use(now);
      return true;
    });
    if (!done) {
      Error e = done.error();
      e.detail = "migration " + m.file.filename().string() + ": " + e.detail;
      e.message = "A database migration failed; nothing of it was applied.";
      return std::unexpected(e);
    }
    if (*done) ++applied;
  }
  return applied;
}

}  // namespace cps::storage
