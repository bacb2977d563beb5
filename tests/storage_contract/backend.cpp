#include "backend.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>

#include "storage/migrations.hpp"

namespace cps::test {

namespace {
std::atomic<int> counter{0};

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}
}  // namespace

std::unique_ptr<TestDatabase> TestDatabase::create() {
  auto t = std::unique_ptr<TestDatabase>(new TestDatabase());
  t->backend_ = env("CPS_TEST_BACKEND").empty() ? "sqlite" : env("CPS_TEST_BACKEND");
  int n = counter++;
  if (t->backend_ == "sqlite") {
    t->file_ = std::filesystem::temp_directory_path() /
               ("cps-contract-" + std::to_string(::getpid()) + "-" + std::to_string(n) + ".db");
    t->url_ = "sqlite://" + t->file_.string();
  } else {
    std::string server = env("CPS_TEST_POSTGRES_URL");
    if (server.empty()) {
      if (!env("CI").empty())
        ADD_FAILURE() << "CPS_TEST_POSTGRES_URL is not set; tools/with-postgres sets it";
      return nullptr;
    }
    // server is postgresql://user@host:port/postgres; each test gets its own database.
    t->admin_url_ = server;
    t->name_ = "cps_contract_" + std::to_string(::getpid()) + "_" + std::to_string(n);
    auto admin = storage::Database::open(*storage::parse_database_url(server), 1);
    if (!admin) {
      ADD_FAILURE() << "PostgreSQL is not reachable: " << admin.error().detail;
      return nullptr;
    }
    auto created =
        (*admin)->with_session([&](soci::session& s) { s << "CREATE DATABASE " + t->name_; });
    if (!created) {
      ADD_FAILURE() << created.error().detail;
      return nullptr;
    }
    t->url_ = server.substr(0, server.rfind('/') + 1) + t->name_;
  }
  auto url = storage::parse_database_url(t->url_);
  auto db = storage::Database::open(*url, 4);
  if (!db) {
    ADD_FAILURE() << db.error().detail;
    return nullptr;
  }
  t->db_ = std::move(*db);
  return t;
}

std::unique_ptr<storage::Database> TestDatabase::open_again(std::size_t pool_size) const {
  auto db = storage::Database::open(*storage::parse_database_url(url_), pool_size);
  return db ? std::move(*db) : nullptr;
}

TestDatabase::~TestDatabase() {
  db_.reset();
  if (!file_.empty()) {
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(file_.string() + suffix);
  }
  if (!name_.empty()) {
    if (auto admin = storage::Database::open(*storage::parse_database_url(admin_url_), 1))
      (void)(*admin)->with_session(
          [&](soci::session& s) { s << "DROP DATABASE IF EXISTS " + name_; });
  }
}

std::unique_ptr<TestDatabase> migrated_database() {
  auto t = TestDatabase::create();
  if (!t) return nullptr;
  storage::Migrator migrator(t->db(), TestDatabase::migrations());
  auto applied = migrator.apply();
  EXPECT_TRUE(applied) << (applied ? "" : applied.error().detail);
  return t;
}

}  // namespace cps::test
