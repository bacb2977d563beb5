// Migrations and transactions behave the same on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "storage/data_epoch.hpp"
#include "storage/migrations.hpp"

namespace cps::test {

#define CPS_DATABASE_OR_SKIP(var, make) \
  auto var = make();                    \
  if (!var) GTEST_SKIP() << "this backend is not available on the machine"

TEST(MigrationsContract, apply_records_every_version_once_and_a_second_run_applies_nothing) {
  CPS_DATABASE_OR_SKIP(t, TestDatabase::create);
  storage::Migrator migrator(t->db(), TestDatabase::migrations());
  auto before = migrator.inspect();
  ASSERT_TRUE(before);
  EXPECT_EQ(before->database_version, 0);
  ASSERT_GE(before->pending.size(), 2u);
  auto first = migrator.apply();
  ASSERT_TRUE(first) << first.error().detail;
  EXPECT_EQ(std::size_t(*first), before->pending.size());
  auto second = migrator.apply();
  ASSERT_TRUE(second);
  EXPECT_EQ(*second, 0);
  auto after = migrator.inspect();
  ASSERT_TRUE(after);
  EXPECT_EQ(after->database_version, after->program_version);
  EXPECT_TRUE(after->pending.empty());
}

TEST(MigrationsContract, a_database_migrated_by_a_newer_program_is_refused) {
  CPS_DATABASE_OR_SKIP(t, migrated_database);
  ASSERT_TRUE(t->db().with_session([](soci::session& s) {
    s << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', "
         "'2099-01-01T00:00:00Z')";
  }));
  storage::Migrator migrator(t->db(), TestDatabase::migrations());
  auto state = migrator.inspect();
  ASSERT_FALSE(state);
  EXPECT_EQ(state.error().kind, ErrorKind::conflict);
  EXPECT_FALSE(migrator.apply());
}

TEST(MigrationsContract, two_servers_migrating_at_once_apply_each_migration_once) {
  CPS_DATABASE_OR_SKIP(t, TestDatabase::create);
  auto other = t->open_again();
  ASSERT_TRUE(other);
  storage::Migrator a(t->db(), TestDatabase::migrations());
  storage::Migrator b(*other, TestDatabase::migrations());
  // Versions need not be consecutive (a number is taken when a feature starts, and features
  // land in any order): count the migrations rather than read the highest version.
  auto before = a.inspect();
  ASSERT_TRUE(before) << before.error().detail;
  const int known = int(before->pending.size());
  Result<int> ra = 0, rb = 0;
  std::thread ta([&] { ra = a.apply(); });
  std::thread tb([&] { rb = b.apply(); });
  ta.join();
  tb.join();
  ASSERT_TRUE(ra) << ra.error().detail;
  ASSERT_TRUE(rb) << rb.error().detail;
  EXPECT_EQ(*ra + *rb, known);
  auto rows = t->db().with_session([](soci::session& s) {
    int n = 0;
    s << "SELECT COUNT(*) FROM schema_migrations", soci::into(n);
    return n;
  });
  ASSERT_TRUE(rows);
  EXPECT_EQ(*rows, known);
}

TEST(TransactionContract, an_error_inside_a_transaction_leaves_nothing_behind) {
  CPS_DATABASE_OR_SKIP(t, migrated_database);
  auto result = t->db().transaction([](soci::session& s) -> Result<void> {
    s << "INSERT INTO reporting_periods (number, starts_on, ends_on) VALUES (50, '2040-01-01', "
         "'2040-06-30')";
    return fail(ErrorKind::invalid, "second row refused");
  });
  EXPECT_FALSE(result);
  auto thrown = t->db().transaction([](soci::session& s) {
    s << "INSERT INTO reporting_periods (number, starts_on, ends_on) VALUES (51, '2041-01-01', "
         "'2041-06-30')";
    // Violates the CHECK constraint: the statement throws, the first insert is rolled back.
    s << "INSERT INTO reporting_periods (number, starts_on, ends_on) VALUES (52, '2042-06-30', "
         "'2042-01-01')";
  });
  EXPECT_FALSE(thrown);
  auto count = t->db().with_session([](soci::session& s) {
    int n = 0;
    s << "SELECT COUNT(*) FROM reporting_periods WHERE number >= 50", soci::into(n);
    return n;
  });
  ASSERT_TRUE(count);
  EXPECT_EQ(*count, 0);
}

TEST(TransactionContract, foreign_keys_are_enforced) {
  CPS_DATABASE_OR_SKIP(t, migrated_database);
  auto result = t->db().with_session([](soci::session& s) {
    s << "INSERT INTO regions (code, level, country_code, name_latin, name_native, classification) "
         "VALUES ('ZZ1', 1, 'ZZ', 'Nowhere', 'Nowhere', 'nuts2021')";
  });
  EXPECT_FALSE(result);
}

TEST(DataEpochContract, a_bump_by_one_server_is_seen_by_another_after_the_refresh_interval) {
  CPS_DATABASE_OR_SKIP(t, migrated_database);
  auto other = t->open_again();
  ASSERT_TRUE(other);
  storage::DataEpoch mine(t->db(), std::chrono::milliseconds(0));
  storage::DataEpoch theirs(*other, std::chrono::milliseconds(0));
  uint64_t before = theirs.current();
  ASSERT_GT(before, 0u);
  ASSERT_TRUE(t->db().transaction([](soci::session& s) { storage::DataEpoch::bump(s); }));
  EXPECT_EQ(theirs.current(), before + 1);
  EXPECT_EQ(mine.current(), before + 1);
}

TEST(UnicodeContract, text_in_every_script_of_the_region_round_trips) {
  CPS_DATABASE_OR_SKIP(t, migrated_database);
  std::string text = "Țară Shqipëri Győr Ελλάδα Србија Україна 🏭";
  auto back = t->db().transaction([&](soci::session& s) {
    s << "INSERT INTO thematic_area_texts (area_code, lang, name, summary, description) "
         "VALUES ('WG1', 'xx', :t, 's', 'd')",
        soci::use(text);
    std::string out;
    s << "SELECT name FROM thematic_area_texts WHERE area_code = 'WG1' AND lang = 'xx'",
        soci::into(out);
    return out;
  });
  ASSERT_TRUE(back) << back.error().detail;
  EXPECT_EQ(*back, text);
}

}  // namespace cps::test
