// The report of searches that found little on both databases: counting is one row per query,
// language and bucket, also when two app servers count at once; old rows go; clearing a row
// writes its audit line with it.
#include <gtest/gtest.h>

#include <thread>

#include "backend.hpp"
#include "domain/knowledge/search_gaps.hpp"
#include "storage/search_gap_repository_sql.hpp"

namespace cps::test {

using namespace cps::knowledge;

class SearchGapContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::SearchGapRepositorySql>(database_->db());
  }

  long long count(const std::string& sql) {
    long long n = -1;
    auto r = database_->db().with_session([&](soci::session& s) { s << sql, soci::into(n); });
    EXPECT_TRUE(r);
    return n;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::SearchGapRepositorySql> repository_;
};

TEST_F(SearchGapContract, searches_of_one_query_language_and_bucket_add_up_in_one_row) {
  ASSERT_TRUE(repository_->count("sheep milk", "en", ResultsBucket::none, "2026-W49", "2026-W23"));
  ASSERT_TRUE(repository_->count("sheep milk", "en", ResultsBucket::none, "2026-W50", "2026-W24"));
  ASSERT_TRUE(repository_->count("sheep milk", "ro", ResultsBucket::none, "2026-W50", "2026-W24"));
  ASSERT_TRUE(repository_->count("sheep milk", "en", ResultsBucket::few, "2026-W50", "2026-W24"));
  ASSERT_TRUE(repository_->count("ανάπτυξη προμηθευτών", "el", ResultsBucket::few, "2026-W50", "2026-W24"));
  auto all = repository_->list({});
  ASSERT_TRUE(all) << all.error().message;
  ASSERT_EQ(all->size(), 4u);
  const SearchGap& top = all->front();
  EXPECT_EQ(top.query, "sheep milk");
  EXPECT_EQ(top.language, "en");
  EXPECT_EQ(top.results, ResultsBucket::none);
  EXPECT_EQ(top.searches, 2);
  EXPECT_EQ(top.first_week, "2026-W49");
  EXPECT_EQ(top.last_week, "2026-W50");

  auto greek = repository_->list({.language = "el", .results = std::nullopt});
  ASSERT_TRUE(greek);
  ASSERT_EQ(greek->size(), 1u);
  EXPECT_EQ(greek->front().query, "ανάπτυξη προμηθευτών");
  auto few = repository_->list({.language = "en", .results = ResultsBucket::few});
  ASSERT_TRUE(few);
  ASSERT_EQ(few->size(), 1u);
  EXPECT_EQ(few->front().searches, 1);
}

TEST_F(SearchGapContract, rows_last_seen_before_the_oldest_kept_week_go) {
  ASSERT_TRUE(repository_->count("old words", "en", ResultsBucket::none, "2025-W52", "2025-W26"));
  ASSERT_TRUE(repository_->count("new words", "en", ResultsBucket::none, "2026-W30", "2026-W04"));
  auto all = repository_->list({});
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(all->front().query, "new words");
}

TEST_F(SearchGapContract, two_app_servers_counting_at_once_lose_no_search) {
  auto other = database_->open_again();
  storage::SearchGapRepositorySql second(*other);
  constexpr int kEach = 20;
  std::thread a([&] {
    for (int i = 0; i < kEach; ++i) EXPECT_TRUE(repository_->count("busy words", "en", ResultsBucket::none, "2026-W50", "2026-W24"));
  });
  std::thread b([&] {
    for (int i = 0; i < kEach; ++i) EXPECT_TRUE(second.count("busy words", "en", ResultsBucket::none, "2026-W50", "2026-W24"));
  });
  a.join();
  b.join();
  EXPECT_EQ(count("SELECT searches FROM search_gaps WHERE query = 'busy words'"), 2 * kEach);
}

TEST_F(SearchGapContract, clearing_a_row_writes_its_audit_line_and_a_missing_row_writes_none) {
  ASSERT_TRUE(repository_->count("sheep milk", "en", ResultsBucket::none, "2026-W50", "2026-W24"));
  accounts::AuditRecord line{.actor = std::nullopt, .actor_label = "keeper@example.org", .action = "search.gap.dismissed",
                             .target = "search_gap:en", .detail = "none sheep milk", .client = "", .at = 1'796'601'600};
  auto removed = repository_->remove("sheep milk", "en", ResultsBucket::none, line);
  ASSERT_TRUE(removed) << removed.error().message;
  EXPECT_TRUE(*removed);
  EXPECT_EQ(count("SELECT COUNT(*) FROM search_gaps"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'search.gap.dismissed'"), 1);
  auto again = repository_->remove("sheep milk", "en", ResultsBucket::none, line);
  ASSERT_TRUE(again);
  EXPECT_FALSE(*again);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'search.gap.dismissed'"), 1);
}

}  // namespace cps::test
