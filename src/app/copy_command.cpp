// `clusterpolisee copy-database --from URL --to URL`: an installation's database moved between
// SQLite and PostgreSQL (either way, or to another database of the same kind).
#include <fmt/format.h>

#include <chrono>

#include "app/application.hpp"
#include "app/backup_command.hpp"
#include "app/backup_support.hpp"
#include "storage/database.hpp"
#include "storage/database_copy.hpp"
#include "storage/migrations.hpp"

namespace cps::app {

int run_copy_database(const Config& config, const std::string& from_text, const std::string& to_text) {
  const auto started = std::chrono::steady_clock::now();
  auto from = storage::parse_database_url(from_text);
  if (!from) return report_input_failure("copy-database", from.error());
  auto to = storage::parse_database_url(to_text);
  if (!to) return report_input_failure("copy-database", to.error());
  if (from->connect == to->connect)
    return report_input_failure("copy-database",
                                Error{ErrorKind::invalid, "The source and the target are the same database.", "to"});
  const auto migrations = config.resources_dir / "migrations";
  auto program_schema = storage::latest_migration_version(migrations, to->dialect);
  if (!program_schema) return report_input_failure("copy-database", program_schema.error());

  auto source = storage::inspect_installation(*from, migrations);
  if (!source) return report_input_failure("copy-database", source.error());
  if (!source->exists || source->schema_version == 0)
    return report_input_failure("copy-database", Error{ErrorKind::not_found, "The source holds no installation.",
                                                       "from", from->redacted});
  // Both schemas are this program's: the copy maps tables and columns one to one.
  if (source->schema_version != *program_schema)
    return report_input_failure(
        "copy-database",
        Error{ErrorKind::conflict,
              source->schema_version < *program_schema
                  ? "The source database's schema is older than this program's; run clusterpolisee migrate on it first."
                  : "The source database was migrated by a newer version of this program.",
              "from", fmt::format("source schema {}, this program's {}", source->schema_version, *program_schema)});
  auto target = storage::inspect_installation(*to, migrations);
  if (!target) return report_input_failure("copy-database", target.error());
  if (auto empty = require_empty(*target, "copy-database"); !empty)
    return report_input_failure("copy-database", empty.error());

  {
    // The target gets this program's schema first (a new SQLite file is made here).
    auto db = storage::Database::open(*to, 1);
    if (!db) return report_input_failure("copy-database", db.error());
    if (auto migrated = migrate_with_progress(**db, config); !migrated)
      return report_input_failure("copy-database", migrated.error());
  }

  storage::CopyProgress progress;
  progress.copied = [](const std::string& table, std::int64_t done, std::int64_t total) {
    fmt::print(stderr, "copying {}: {}/{} rows\n", table, done, total);
  };
  std::int64_t verified_rows = 0;
  progress.verified = [&](const std::string&, std::int64_t rows) { verified_rows += rows; };
  auto report = storage::copy_database(
      *from, *to, progress,
      audit_row("database.copied", fmt::format("from {} (schema {})", from->redacted, source->schema_version)));
  if (!report) return report_input_failure("copy-database", report.error());

  std::int64_t rows = 0;
  fmt::print("Copied {} into {} in {:.1f} s\n", from->redacted, to->redacted, seconds_since(started));
  fmt::print("{:<40} {:>10}  {}\n", "table", "rows", "sha256 of the rows (both sides)");
  for (const auto& t : *report) {
    fmt::print("{:<40} {:>10}  {}\n", t.table, t.rows, t.checksum);
    rows += t.rows;
  }
  fmt::print("{} tables, {} rows, each compared row by row with the source ({} rows checked)\n", report->size(), rows,
             verified_rows);
  return 0;
}

}  // namespace cps::app
