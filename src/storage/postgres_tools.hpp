// pg_dump and pg_restore for a database URL: found on this machine with a major version no
// older than the server's, run as programs (no shell), told where to connect through libpq's
// environment variables and the password through a private password file, never through
// their command line (which every user of the machine can read).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "storage/database_url.hpp"

namespace cps::storage {

struct PostgresTool {
  std::filesystem::path program;
  int major = 0;
  std::string version;  // e.g. "15.20"
};

// The major version of the server behind `url` (e.g. 15), asked through a connection.
Result<int> postgres_server_major(const DatabaseUrl& url);

// `name` (pg_dump or pg_restore) of major version `server_major` or newer: on the PATH or in
// /usr/lib/postgresql/<major>/bin. Fails with unavailable, saying which version is needed,
// when there is none or only older ones.
Result<PostgresTool> find_postgres_tool(std::string_view name, int server_major);

// Writes the database of the postgresql:// URL `url` as a pg_dump archive (--format=custom)
// to `file`.
Status pg_dump_to(const PostgresTool& tool, std::string_view url, const std::filesystem::path& file);

// Loads a pg_dump archive into the database of `url` in one transaction (owners and grants of
// the dumped database left out): all of it, or on failure nothing.
Status pg_restore_from(const PostgresTool& tool, std::string_view url, const std::filesystem::path& file);

}  // namespace cps::storage
