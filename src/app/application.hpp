// The composition root: builds every component from the configuration, in dependency
// order, and owns them for the life of the program. No component reaches for a global.
#pragma once

#include <memory>

#include "app/config.hpp"
#include "core/error.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"

namespace cps::app {

// Opens the configured database with the configured pool size.
Result<std::unique_ptr<storage::Database>> open_database(const Config& config);

// Applies pending migrations with a progress bar on standard error.
Result<int> migrate_with_progress(storage::Database& db, const Config& config);

// Prints why a command that acts on what the user typed failed (message, the field it
// concerns, the detail) on standard error; returns the exit code: 2 when the input was at
// fault (invalid, unprocessable, conflicting or naming nothing known), 1 otherwise.
int report_input_failure(std::string_view command, const Error& error);

// Builds the web application on an open database and serves until SIGINT/SIGTERM.
// Returns the process exit code.
int serve(const Config& config, storage::Database& db);

}  // namespace cps::app
