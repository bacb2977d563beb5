// The composition root: builds every component from the configuration, in dependency
// order, and owns them for the life of the program. No component reaches for a global.
#pragma once

#include <memory>

#include "app/config.hpp"
#include "app/services.hpp"
#include "core/error.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"

namespace cps::app {

// Opens the configured database with the configured pool size.
Result<std::unique_ptr<storage::Database>> open_database(const Config& config);

// Applies pending migrations with a progress bar on standard error.
Result<int> migrate_with_progress(storage::Database& db, const Config& config);

// What a command works with: the configured database, migrated, and the services over it
// (declared first, the database outlives the services that use it).
struct CommandServices {
  std::unique_ptr<storage::Database> db;
  std::unique_ptr<Services> services;
  Services& operator*() const { return *services; }
  Services* operator->() const { return services.get(); }
};
// open_database, migrate_with_progress and Services::build, in that order.
Result<CommandServices> open_services(const Config& config);

// Prints why a command that acts on what the user typed failed (message, the field it
// concerns, the detail) on standard error; returns the exit code: 2 when the input was at
// fault (invalid, unprocessable, conflicting or naming nothing known), 1 otherwise.
int report_input_failure(std::string_view command, const Error& error);

// Builds the web application on an open database and serves until SIGINT/SIGTERM, or only
// prints every route it would serve ("GET /{lang}/plans/{id}"), one a line, and returns.
// Returns the process exit code.
enum class ServeMode { serve, list_routes };
int serve(const Config& config, storage::Database& db, ServeMode mode = ServeMode::serve);

}  // namespace cps::app
