// What backup, restore and copy-database share: scratch folders beside their targets, the
// empty-installation rule, and migrating a restored or copied database with its audit line.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>

#include "app/config.hpp"
#include "core/error.hpp"
#include "storage/database_copy.hpp"
#include "storage/database_url.hpp"

namespace cps::app {

// A new private folder `<parent>/<prefix>-XXXXXX`, removed with its content when the object
// goes (also when the command fails halfway).
class ScratchFolder {
 public:
  ScratchFolder(const std::filesystem::path& parent, const std::string& prefix);
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  explicit operator bool() const { return !path_.empty(); }
  const Error& error() const { return error_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  Error error_;
};

std::string utc_timestamp();
double seconds_since(std::chrono::steady_clock::time_point start);

// Fails with kind conflict (exit code 2), naming a table and its rows, when the installation
// holds data of its own: `verb` (restore, copy-database) only fills an empty one.
Status require_empty(const storage::InstallationState& state, std::string_view verb);

// Applies the pending migrations to the database of `url` and writes the audit line of the
// command line's `action` there.
Status migrate_and_audit(const Config& config, const storage::DatabaseUrl& url, const std::string& action,
                         const std::string& detail);

// The audit line as a row for storage::copy_database to write before it commits.
storage::ExtraRow audit_row(const std::string& action, const std::string& detail);

// Drops and makes again PostgreSQL's public schema (a new installation's, with no data).
Status drop_schema(const storage::DatabaseUrl& url);

}  // namespace cps::app
