// The report of searches that found little: what is counted, what is never kept, how long rows
// stay, and who reads and clears it.
#include "domain/knowledge/search_gaps.hpp"

#include <gtest/gtest.h>

#include "domain/knowledge/testing/fake_search_gap_repository.hpp"

namespace cps::knowledge {

namespace {

accounts::Principal person(std::int64_t id, std::vector<accounts::RoleAssignment> roles) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.roles = std::move(roles);
  return p;
}

constexpr std::int64_t kMonday7December2026 = 1'796'601'600;  // 2026-12-07 00:00 UTC, week 50

class SearchGapsTest : public ::testing::Test {
 protected:
  std::int64_t now_ = kMonday7December2026;
  FakeSearchGapRepository repository_;
  SearchGapService service_{repository_, [this] { return now_; }};
  const accounts::Principal keeper_ = person(1, {{accounts::Role::stc_member, ""}});
  const accounts::Principal member_ = person(2, {{accounts::Role::partner_staff, ""}});
};

}  // namespace

TEST(IsoWeek, weeks_belong_to_the_year_of_their_thursday) {
  EXPECT_EQ(iso_week(kMonday7December2026), "2026-W50");
  EXPECT_EQ(iso_week(kMonday7December2026 + 6 * 86400 + 86399), "2026-W50");  // Sunday night
  EXPECT_EQ(iso_week(1'767'225'600), "2026-W01");  // Thursday 1 January 2026
  EXPECT_EQ(iso_week(1'735'603'200), "2025-W01");  // Tuesday 31 December 2024
  EXPECT_EQ(iso_week(1'609'459'200), "2020-W53");  // Friday 1 January 2021
}

TEST_F(SearchGapsTest, searches_that_found_nothing_or_few_are_counted_by_normalised_text_and_language) {
  ASSERT_TRUE(service_.record("Vouchers for  SHEEP milk", "en", 0));
  ASSERT_TRUE(service_.record("vouchers for sheep milk", "en", 0));
  ASSERT_TRUE(service_.record("vouchers for sheep milk", "ro", 0));
  ASSERT_TRUE(service_.record("vouchers for sheep milk", "en", 2));
  ASSERT_TRUE(service_.record("innovation vouchers", "en", 4));  // enough results: not a gap
  ASSERT_TRUE(service_.record("   ", "en", 0));
  auto report = service_.report(keeper_, {});
  ASSERT_TRUE(report) << report.error().message;
  ASSERT_EQ(report->size(), 3u);
  EXPECT_EQ((*report)[0].query, "vouchers for sheep milk");
  EXPECT_EQ((*report)[0].language, "en");
  EXPECT_EQ((*report)[0].results, ResultsBucket::none);
  EXPECT_EQ((*report)[0].searches, 2);
  EXPECT_EQ((*report)[0].last_week, "2026-W50");
  auto few = service_.report(keeper_, {.language = "en", .results = ResultsBucket::few});
  ASSERT_EQ(few->size(), 1u);
  EXPECT_EQ(few->front().searches, 1);
}

TEST_F(SearchGapsTest, queries_that_may_identify_someone_are_never_kept) {
  ASSERT_TRUE(service_.record("ana.popescu@rda.example", "en", 0));
  ASSERT_TRUE(service_.record("call 0040721555123", "en", 0));
  ASSERT_TRUE(service_.record(std::string(201, 'a'), "en", 0));
  EXPECT_TRUE(repository_.rows.empty());
}

TEST_F(SearchGapsTest, rows_not_searched_again_for_26_weeks_go) {
  ASSERT_TRUE(service_.record("old words", "en", 0));
  now_ += 27 * 7 * 86400;
  ASSERT_TRUE(service_.record("new words", "en", 0));
  ASSERT_EQ(repository_.rows.size(), 1u);
  EXPECT_EQ(repository_.rows[0].query, "new words");
}

TEST_F(SearchGapsTest, only_the_thesaurus_keepers_read_and_clear_the_report_and_clearing_is_audited) {
  ASSERT_TRUE(service_.record("sheep milk", "en", 0));
  EXPECT_EQ(service_.report(member_, {}).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.report(accounts::Principal{}, {}).error().kind, ErrorKind::unauthenticated);
  EXPECT_EQ(service_.dismiss(member_, "sheep milk", "en", ResultsBucket::none).error().kind, ErrorKind::forbidden);
  ASSERT_TRUE(service_.dismiss(keeper_, "sheep milk", "en", ResultsBucket::none));
  EXPECT_TRUE(repository_.rows.empty());
  ASSERT_EQ(repository_.audit.size(), 1u);
  EXPECT_EQ(repository_.audit[0].action, "search.gap.dismissed");
  EXPECT_EQ(repository_.audit[0].actor, keeper_.user);
  EXPECT_EQ(service_.dismiss(keeper_, "sheep milk", "en", ResultsBucket::none).error().kind, ErrorKind::not_found);
}

}  // namespace cps::knowledge
