// Versioned schema migrations: files NNNN_name.sql in migrations/common (portable SQL) or
// migrations/<dialect> (which wins for the same version), applied in order, each in its own
// transaction, recorded in schema_migrations.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "storage/database.hpp"

namespace cps::storage {

struct Migration {
  int version = 0;
  std::string name;
  std::filesystem::path file;
};

struct MigrationState {
  int database_version = 0;  // highest version recorded in the database, 0 when none
  int program_version = 0;   // highest version this program knows
  std::vector<Migration> pending;
};

// Called before each migration is applied: index (0-based), count, the migration.
using MigrationProgress = std::function<void(std::size_t, std::size_t, const Migration&)>;

class Migrator {
 public:
  // root is the folder holding common/, sqlite/ and postgres/.
  Migrator(Database& db, std::filesystem::path root);

  // Fails with kind conflict when the database was migrated by a newer program.
  Result<MigrationState> inspect();
  // Applies every pending migration; returns how many were applied. Concurrent callers
  // (several app servers starting together) apply each migration once.
  Result<int> apply(const MigrationProgress& progress = {});

 private:
  Result<std::vector<Migration>> available() const;
  Status ensure_table();

  Database& db_;
  std::filesystem::path root_;
  const char* dialect_dir_;
};

}  // namespace cps::storage
