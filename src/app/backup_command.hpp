// `clusterpolisee backup FILE`, `restore FILE` and `copy-database --from URL --to URL`: an
// installation (its database and uploaded files) into one file and back, and a database
// moved between SQLite and PostgreSQL. docs/reliability.md describes the file and the drill.
#pragma once

#include <filesystem>
#include <string>

#include "app/config.hpp"

namespace cps::app {

// Each returns the exit code: 0 done, 2 for what the user can correct (a damaged or newer
// backup, a target that holds data, schemas of other versions), 1 for other failures. On
// failure nothing is left behind: no partial backup file, no half-restored installation.
int run_backup(const Config& config, const std::filesystem::path& file);
int run_restore(const Config& config, const std::filesystem::path& file);
int run_copy_database(const Config& config, const std::string& from, const std::string& to);

}  // namespace cps::app
