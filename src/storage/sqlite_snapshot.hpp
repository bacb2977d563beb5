// Whole-database copies of SQLite files through SQLite's online backup API, made while the
// server keeps reading and writing the database.
#pragma once

#include <filesystem>
#include <functional>

#include "core/error.hpp"

namespace cps::storage {

// Called after each step with the pages copied so far and the pages in all.
using PageProgress = std::function<void(int copied, int total)>;

// Writes a consistent copy of the database `source` into the new file `destination` (a
// single file, rollback journal): the database as it was when the copy started. A WAL
// database (as this program keeps its own) is read inside one read transaction, so writers
// go on committing and are never locked out; a database in rollback-journal mode locks
// writers out for at most one step of `pages_per_step` pages, and the copy starts over
// when a writer changed it between steps.
Status sqlite_snapshot(const std::filesystem::path& source, const std::filesystem::path& destination,
                       const PageProgress& progress = {}, int pages_per_step = 1024);

// Replaces what the database `target` (created when absent) holds by the content of the
// database file `source`, in one write transaction on the target: on failure the target is
// as it was.
Status sqlite_replace(const std::filesystem::path& target, const std::filesystem::path& source);

}  // namespace cps::storage
