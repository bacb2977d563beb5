// One database, either backend, behind a pool of SOCI sessions. Every query runs through
// with_session or transaction, which turn database exceptions into Error values.
#pragma once

#include <soci/soci.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>

#include "core/error.hpp"
#include "storage/database_url.hpp"

namespace cps::storage {

// Reads a column whatever integer or text type the backend reports for it.
int64_t get_int(const soci::row& row, std::size_t column);
std::string get_text(const soci::row& row, std::size_t column);
std::optional<std::string> get_optional_text(const soci::row& row, std::size_t column);
std::optional<int64_t> get_optional_int(const soci::row& row, std::size_t column);
// SQLite reports a column by its declared type, PostgreSQL by the value's: accept each.
double get_real(const soci::row& row, std::size_t column);
std::optional<double> get_optional_real(const soci::row& row, std::size_t column);

namespace detail {
template <class T>
struct unwrap_result {
  using type = T;
};
template <class T>
struct unwrap_result<Result<T>> {
  using type = T;
};
}  // namespace detail

class Database {
  template <class T>
  using unwrap_result = detail::unwrap_result<T>;

 public:
  // Opens pool_size connections; SQLite connections get WAL, foreign keys and a busy timeout.
  static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url, std::size_t pool_size);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Dialect dialect() const { return url_.dialect; }
  const DatabaseUrl& url() const { return url_; }

  // Runs fn(soci::session&) on a leased connection. fn returns T or Result<T>.
  template <class F>
  auto with_session(F&& fn)
      -> Result<typename unwrap_result<std::invoke_result_t<F, soci::session&>>::type>;

  // Like with_session, inside one transaction: committed when fn succeeds, rolled back when it
  // returns an error or throws. SQLite transactions take the write lock at BEGIN.
  template <class F>
  auto transaction(F&& fn)
      -> Result<typename unwrap_result<std::invoke_result_t<F, soci::session&>>::type>;

  // A trivial query; fails with kind unavailable when the database cannot be reached.
  Status ping();

 private:
  Database(DatabaseUrl url, std::size_t pool_size);
  Result<std::size_t> lease();
  void give_back(std::size_t pos);
  Error to_error(const std::exception& e, std::size_t pos);
  void begin(soci::session& s);

  DatabaseUrl url_;
  soci::connection_pool pool_;
  std::size_t pool_size_;
};

template <class F>
auto Database::with_session(F&& fn)
    -> Result<typename unwrap_result<std::invoke_result_t<F, soci::session&>>::type> {
  using R = std::invoke_result_t<F, soci::session&>;
  using T = typename unwrap_result<R>::type;
  auto pos = lease();
  if (!pos) return std::unexpected(pos.error());
  struct Release {
    Database* db;
    std::size_t pos;
    ~Release() { db->give_back(pos); }
  } release{this, *pos};
  try {
    soci::session& s = pool_.at(*pos);
    if constexpr (std::is_same_v<R, T>) {
      if constexpr (std::is_void_v<T>) {
        fn(s);
        return {};
      } else {
        return fn(s);
      }
    } else {
      return fn(s);
    }
  } catch (const std::exception& e) {
    return std::unexpected(to_error(e, *pos));
  }
}

template <class F>
auto Database::transaction(F&& fn)
    -> Result<typename unwrap_result<std::invoke_result_t<F, soci::session&>>::type> {
  using R = std::invoke_result_t<F, soci::session&>;
  using T = typename unwrap_result<R>::type;
  return with_session([&](soci::session& s) -> Result<T> {
    begin(s);
    try {
      if constexpr (std::is_same_v<R, T>) {
        if constexpr (std::is_void_v<T>) {
          fn(s);
          s.commit();
          return {};
        } else {
          T value = fn(s);
          s.commit();
          return value;
        }
      } else {
        R result = fn(s);
        if (result) {
          s.commit();
        } else {
          s.rollback();
        }
        return result;
      }
    } catch (...) {
      try {
        s.rollback();
      } catch (...) {
      }
      throw;
    }
  });
}

}  // namespace cps::storage
