// Whole databases compared and copied table by table, across SQLite and PostgreSQL: what
// restore and copy-database check before they write, and the copy itself.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "storage/database_url.hpp"

namespace cps::storage {

// The tables the migrations under `root` fill for `dialect` (reference data, one-row tables),
// schema_migrations among them: a new installation has rows in these and in no other.
Result<std::set<std::string>> tables_filled_by_migrations(const std::filesystem::path& root, Dialect dialect);

// The highest migration version under `root` for `dialect`: the schema this program makes.
Result<int> latest_migration_version(const std::filesystem::path& root, Dialect dialect);

struct InstallationState {
  bool exists = false;     // false: a SQLite file that is not there yet
  int schema_version = 0;  // the highest migration recorded; 0 without a schema
  // The first table (by name) holding rows no migration put there, and how many; empty when
  // the installation holds no data of its own.
  std::string table_with_data;
  std::int64_t rows = 0;
};

// Looks at the database of `url` without changing it (a missing SQLite file is not made).
Result<InstallationState> inspect_installation(const DatabaseUrl& url, const std::filesystem::path& migrations_root);

struct TableCopied {
  std::string table;
  std::int64_t rows = 0;
  std::string checksum;  // SHA-256 of the table's rows as canonical text in key order
};

// Called as a table's rows are written (every 10,000 rows and at its end) and as they are
// checked (done == total once the table matched).
struct CopyProgress {
  std::function<void(const std::string& table, std::int64_t done, std::int64_t total)> copied;
  std::function<void(const std::string& table, std::int64_t rows)> verified;
};

// A row written into the target's table `table` just before the copy commits (the audit
// line of the copy), by column name; columns left out take their defaults.
struct ExtraRow {
  std::string table;
  std::vector<std::pair<std::string, std::optional<std::string>>> values;
};

// Copies every table of `from` into `to`, whose schema (the same tables and columns) must be
// there already and hold nothing but what migrations put in (which is replaced): in
// dependency order, in one transaction on the target, from one snapshot of the source; then,
// before committing, compares both row by row in key order (counts, and each row's canonical
// text, hashed into a per-table checksum) and sets PostgreSQL's identity counters. On any
// failure the target is rolled back: it keeps nothing of the copy.
Result<std::vector<TableCopied>> copy_database(const DatabaseUrl& from, const DatabaseUrl& to,
                                               const CopyProgress& progress = {},
                                               const std::optional<ExtraRow>& extra = std::nullopt);

}  // namespace cps::storage
