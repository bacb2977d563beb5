#include "storage/sqlite_snapshot.hpp"

#include <sqlite3.h>

#include <memory>
#include <string>

namespace cps::storage {

namespace {

struct CloseConnection {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

std::unexpected<Error> sqlite_failure(sqlite3* db, std::string what) {
  return fail(ErrorKind::unavailable, "The SQLite database cannot be copied.", "database",
              what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

Result<Connection> open(const std::filesystem::path& file, int flags) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(file.c_str(), &raw, flags, nullptr);
  Connection db(raw);
  if (rc != SQLITE_OK) return sqlite_failure(raw, "open " + file.string());
  sqlite3_busy_timeout(raw, 5000);
  return db;
}

Status exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : "";
    sqlite3_free(message);
    return fail(ErrorKind::unavailable, "The SQLite database cannot be copied.", "database",
                std::string(sql) + ": " + text);
  }
  return {};
}

bool in_wal_mode(sqlite3* db) {
  sqlite3_stmt* statement = nullptr;
  bool wal = false;
  if (sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &statement, nullptr) == SQLITE_OK &&
      sqlite3_step(statement) == SQLITE_ROW) {
    const auto* mode = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    wal = mode && std::string(mode) == "wal";
  }
  sqlite3_finalize(statement);
  return wal;
}

}  // namespace

Status sqlite_snapshot(const std::filesystem::path& source, const std::filesystem::path& destination,
                       const PageProgress& progress, int pages_per_step) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(source, ec))
    return fail(ErrorKind::not_found, "There is no SQLite database at this path.", "database", source.string());
  auto from = open(source, SQLITE_OPEN_READWRITE);
  if (!from) return std::unexpected(from.error());
  auto to = open(destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!to) return std::unexpected(to.error());
  // One read transaction over every step: each step then reads the same snapshot, so a
  // writer's commit between steps neither restarts the copy nor waits for it (WAL readers
  // do not block writers).
  const bool wal = in_wal_mode(from->get());
  if (wal) {
    if (auto ok = exec(from->get(), "BEGIN"); !ok) return ok;
    if (auto ok = exec(from->get(), "SELECT count(*) FROM sqlite_master"); !ok) return ok;
  }
  sqlite3_backup* backup = sqlite3_backup_init(to->get(), "main", from->get(), "main");
  if (!backup) return sqlite_failure(to->get(), "backup of " + source.string());
  int rc = SQLITE_OK;
  int waits = 0;  // a source kept locked for a minute is given up on
  do {
    rc = sqlite3_backup_step(backup, pages_per_step);
    if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++waits > 3000) break;
    if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
      int total = sqlite3_backup_pagecount(backup);
      progress(total - sqlite3_backup_remaining(backup), total);
    }
    // A busy or locked source (a writer in rollback-journal mode) is waited for, not fatal.
    if (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(rc == SQLITE_OK ? 0 : 20);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish(backup);
  if (wal) (void)exec(from->get(), "COMMIT");
  if (rc != SQLITE_DONE) return sqlite_failure(to->get(), "backup step");
  // The copy is one self-contained file, whatever journal mode the source had.
  if (auto ok = exec(to->get(), "PRAGMA journal_mode = DELETE"); !ok) return ok;
  return {};
}

Status sqlite_replace(const std::filesystem::path& target, const std::filesystem::path& source) {
  // Read-write: a WAL database is opened with its -shm file, which a reader may have to make.
  auto from = open(source, SQLITE_OPEN_READWRITE);
  if (!from) return std::unexpected(from.error());
  auto to = open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!to) return std::unexpected(to.error());
  sqlite3_backup* backup = sqlite3_backup_init(to->get(), "main", from->get(), "main");
  if (!backup) return sqlite_failure(to->get(), "restore into " + target.string());
  // All pages in one step: one write transaction on the target.
  int rc = SQLITE_OK;
  int waits = 0;
  do {
    rc = sqlite3_backup_step(backup, -1);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
  } while ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++waits < 200);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) return sqlite_failure(to->get(), "restore into " + target.string());
  return {};
}

}  // namespace cps::storage
