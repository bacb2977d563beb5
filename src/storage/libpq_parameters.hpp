// The libpq keywords of a postgresql:// URL, for programs such as pg_dump that take them from
// the environment rather than from a connection string.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace cps::storage {

// host, port, dbname, and user, password, sslmode, connect_timeout, application_name when the
// URL has them, with their values decoded. Fails as parse_database_url does.
Result<std::vector<std::pair<std::string, std::string>>> libpq_parameters(std::string_view url);

}  // namespace cps::storage
