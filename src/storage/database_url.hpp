// Database URLs as users write them (sqlite:///path, postgresql://user:pw@host:port/db),
// turned into SOCI connection strings.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace cps::storage {

enum class Dialect { sqlite, postgresql };

struct DatabaseUrl {
  Dialect dialect = Dialect::sqlite;
  std::string connect;   // SOCI backend parameters; may hold a password: never log it
  std::string redacted;  // the URL with any password replaced by ***, safe for logs
  std::string sqlite_path;
};

// Accepts sqlite:///absolute/path, sqlite://relative/path, sqlite::memory: and
// postgresql:// or postgres:// URLs with optional user, password, host, port, database and
// the query parameters sslmode and connect_timeout. Fails with kind invalid and field
// "database" on anything else.
Result<DatabaseUrl> parse_database_url(std::string_view url);

}  // namespace cps::storage
