// The database a contract test runs on: CPS_TEST_BACKEND=sqlite (a fresh file) or
// postgresql (a fresh database on the server named by CPS_TEST_POSTGRES_URL, dropped after).
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "storage/database.hpp"

namespace cps::test {

class TestDatabase {
 public:
  // Creates an empty database; fails the test (or skips it outside CI) when the backend
  // is not available.
  static std::unique_ptr<TestDatabase> create();
  ~TestDatabase();

  storage::Database& db() { return *db_; }
  // A second, independent pool on the same database (another app server).
  std::unique_ptr<storage::Database> open_again(std::size_t pool_size = 2) const;
  static std::filesystem::path migrations() {
    return std::filesystem::path(CPS_TEST_SHARE_DIR) / "migrations";
  }
  std::string backend() const { return backend_; }

 private:
  std::string backend_;
  std::string url_;
  std::string admin_url_;
  std::string name_;
  std::filesystem::path file_;
  std::unique_ptr<storage::Database> db_;
};

// Opens a database and applies every migration; asserts on failure.
std::unique_ptr<TestDatabase> migrated_database();

}  // namespace cps::test
