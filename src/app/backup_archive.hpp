// The backup file (docs/reliability.md, "Backups"): a POSIX tar archive whose first member,
// manifest.json, names the format and program versions, the schema version, the kind of
// database, and every other member with its size and SHA-256: the database (database.sqlite,
// a SQLite file; or database.pgdump, a pg_dump archive) and the uploaded files as
// files/<folder>/<xx>/<sha256>.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "storage/database_url.hpp"

namespace cps::app {

inline constexpr int kBackupFormatVersion = 1;
inline constexpr std::string_view kManifestMember = "manifest.json";

// The folders under the data directory that hold uploaded files, each a content store
// (files/content_store.hpp): knowledge attachments and monitoring evidence.
const std::vector<std::string>& content_folders();

struct BackupMember {
  std::string name;
  std::uint64_t size = 0;
  std::string sha256;
};

struct Manifest {
  int format_version = kBackupFormatVersion;
  std::string program_version;
  int schema_version = 0;
  storage::Dialect database = storage::Dialect::sqlite;
  std::string server_version;  // PostgreSQL's, e.g. "15"; empty for SQLite
  std::string created_at;      // UTC, ISO 8601
  BackupMember dump;
  std::vector<BackupMember> files;
};

std::string database_member(storage::Dialect dialect);
std::string manifest_json(const Manifest& manifest);
// Reads a manifest, refusing (kind invalid) anything but well-formed entries whose names are
// the database member of its kind and files/<content folder>/<xx>/<64 hex>: no other name
// reaches the disk. A newer format version is refused with kind conflict.
Result<Manifest> read_manifest(std::string_view json);

}  // namespace cps::app
