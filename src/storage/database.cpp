#include "storage/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace cps::storage {

int64_t get_int(const soci::row& row, std::size_t column) {
  switch (row.get_properties(column).get_data_type()) {
    case soci::dt_integer:
      return row.get<int>(column);
    case soci::dt_long_long:
      return row.get<long long>(column);
    case soci::dt_unsigned_long_long:
      return int64_t(row.get<unsigned long long>(column));
    case soci::dt_double:
      return int64_t(row.get<double>(column));
    case soci::dt_string:
      return std::stoll(row.get<std::string>(column));
    default:
      throw soci::soci_error("column is not an integer: " + row.get_properties(column).get_name());
  }
}

std::optional<int64_t> get_optional_int(const soci::row& row, std::size_t column) {
  if (row.get_indicator(column) == soci::i_null) return std::nullopt;
  return get_int(row, column);
}

double get_real(const soci::row& row, std::size_t column) {
  switch (row.get_properties(column).get_data_type()) {
    case soci::dt_double:
      return row.get<double>(column);
    case soci::dt_string:
      return std::stod(row.get<std::string>(column));
    default:
      return double(get_int(row, column));
  }
}

std::optional<double> get_optional_real(const soci::row& row, std::size_t column) {
  if (row.get_indicator(column) == soci::i_null) return std::nullopt;
  return get_real(row, column);
}

std::string get_text(const soci::row& row, std::size_t column) {
  if (row.get_indicator(column) == soci::i_null) return {};
  return row.get<std::string>(column);
}

std::optional<std::string> get_optional_text(const soci::row& row, std::size_t column) {
  if (row.get_indicator(column) == soci::i_null) return std::nullopt;
  return row.get<std::string>(column);
}

Database::Database(DatabaseUrl url, std::size_t pool_size)
    : url_(std::move(url)), pool_(pool_size), pool_size_(pool_size) {}

Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, std::size_t pool_size) {
  if (pool_size == 0) pool_size = 1;
  // SQLite in memory is one database per connection; a pool would see several databases.
  if (url.sqlite_path == ":memory:") pool_size = 1;
  std::unique_ptr<Database> db(new Database(url, pool_size));
  try {
    for (std::size_t i = 0; i < pool_size; ++i) {
      soci::session& s = db->pool_.at(i);
      if (url.dialect == Dialect::sqlite) {
        s.open(soci::sqlite3, url.connect);
        s << "PRAGMA journal_mode = WAL";
        s << "PRAGMA foreign_keys = ON";
        s << "PRAGMA busy_timeout = 5000";
        s << "PRAGMA synchronous = NORMAL";
      } else {
        s.open(soci::postgresql, url.connect);
        s << "SET client_encoding = 'UTF8'";
      }
    }
  } catch (const std::exception& e) {
    return fail(ErrorKind::unavailable, "The database cannot be reached.", "database",
                std::string(e.what()));
  }
  return db;
}

Result<std::size_t> Database::lease() {
  std::size_t pos = 0;
  // A request waits at most this long for a free connection before it is told to retry.
  constexpr int kLeaseTimeoutMs = 10'000;
  if (!pool_.try_lease(pos, kLeaseTimeoutMs))
    return fail(ErrorKind::unavailable, "The database is busy. Please try again.", {},
                "no free connection in the pool");
  return pos;
}

void Database::give_back(std::size_t pos) {
  pool_.give_back(pos);
}

void Database::begin(soci::session& s) {
  if (url_.dialect == Dialect::sqlite) {
    // IMMEDIATE takes the write lock now, so two writers queue on busy_timeout instead of
    // failing with SQLITE_BUSY when the reader upgrades.
    s << "BEGIN IMMEDIATE";
  } else {
    s.begin();
  }
}

Error Database::to_error(const std::exception& e, std::size_t pos) {
  Error err{ErrorKind::internal, "The request could not be completed.", {}, e.what()};
  if (url_.dialect == Dialect::postgresql) {
    // A dropped server connection leaves the session unusable; reconnect it for the next
    // lease and report the database as unavailable.
    try {
      soci::session& s = pool_.at(pos);
      s << "SELECT 1";
    } catch (const std::exception&) {
      err.kind = ErrorKind::unavailable;
      err.message = "The database cannot be reached.";
      try {
        pool_.at(pos).reconnect();
      } catch (const std::exception&) {
      }
    }
  }
  return err;
}

Status Database::ping() {
  auto r = with_session([](soci::session& s) {
    int one = 0;
    s << "SELECT 1", soci::into(one);
    return one;
  });
  if (!r)
    return fail(ErrorKind::unavailable, "The database cannot be reached.", {}, r.error().detail);
  if (*r != 1) return fail(ErrorKind::unavailable, "The database cannot be reached.");
  return {};
}

}  // namespace cps::storage
