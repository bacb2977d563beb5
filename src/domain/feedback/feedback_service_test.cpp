// Feedback and curation through FeedbackService with the real policy and in-memory ports: one
// judgment per person and subject, tallies, who may curate which need, the export, the audit
// lines, and that a refused change writes nothing.
#include "domain/feedback/feedback_service.hpp"

#include <gtest/gtest.h>

#include "domain/feedback/testing/fake_feedback_repository.hpp"

namespace cps::feedback {
namespace {

accounts::Principal member(std::int64_t id, accounts::Role role, std::string working_group = "") {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = "Person " + std::to_string(id);
  p.roles = {{role, std::move(working_group)}};
  return p;
}

class FeedbackFlow : public ::testing::Test {
 protected:
  FeedbackFlow() : service_(repository_, surroundings_, [this] { return now_; }) {}

  FeedbackInput on(std::int64_t item, Verdict verdict, std::string reason = "") {
    FeedbackInput in;
    in.recommendation = RecommendationKey{RegionCode("RO21"), "criterion:WG4.2", item};
    in.key = key_text(*in.recommendation);
    in.verdict = verdict;
    in.reason = std::move(reason);
    return in;
  }

  FakeFeedbackRepository repository_;
  FakeFeedbackSurroundings surroundings_;
  Seconds now_ = 1'780'000'000;
  FeedbackService service_;
  accounts::Principal staff_ = member(1, accounts::Role::partner_staff);
  accounts::Principal other_ = member(2, accounts::Role::wg_member, "WG1");
  accounts::Principal wg4_ = member(3, accounts::Role::wg_coordinator, "WG4");
  accounts::Principal wg1_ = member(4, accounts::Role::wg_coordinator, "WG1");
  accounts::Principal lead_ = member(5, accounts::Role::lead_coordinator);
};

TEST_F(FeedbackFlow, a_new_judgment_replaces_the_persons_old_one_and_the_tally_counts_people) {
  auto first = service_.give(staff_, on(7, Verdict::useful, "Clear criteria."));
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->tally.useful, 1);
  ASSERT_TRUE(service_.give(other_, on(7, Verdict::adopted)));
  auto changed = service_.give(staff_, on(7, Verdict::not_relevant, "On second reading, not for us."));
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->tally.useful, 0);
  EXPECT_EQ(changed->tally.not_relevant, 1);
  EXPECT_EQ(changed->tally.adopted, 1);
  ASSERT_TRUE(changed->mine);
  EXPECT_EQ(changed->mine->reason, "On second reading, not for us.");
  auto tallies = service_.tallies(RegionCode("RO21"));
  ASSERT_TRUE(tallies);
  ASSERT_EQ(tallies->size(), 1u);
  EXPECT_EQ((*tallies)[0].adopted, 1);
  EXPECT_EQ((*tallies)[0].not_relevant, 1);
  ASSERT_EQ(repository_.audit.size(), 3u);
  EXPECT_EQ(repository_.audit[0].action, "feedback.given");
  EXPECT_EQ(repository_.audit[0].target, "recommendation:RO21/criterion:WG4.2/7");
}

TEST_F(FeedbackFlow, feedback_needs_a_signed_in_person_a_known_region_and_a_published_item) {
  EXPECT_EQ(service_.give(accounts::Principal{}, on(7, Verdict::useful)).error().kind, ErrorKind::unauthenticated);
  auto unpublished = service_.give(staff_, on(8, Verdict::useful));
  ASSERT_FALSE(unpublished);
  EXPECT_EQ(unpublished.error().field, "item");
  auto in = on(7, Verdict::useful);
  in.recommendation->region = RegionCode("XX99");
  EXPECT_EQ(service_.give(staff_, in).error().field, "region");
  auto reader = staff_;
  reader.via = accounts::Principal::Via::api_token;
  reader.token_scope = accounts::TokenScope::read;
  EXPECT_EQ(service_.give(reader, on(7, Verdict::useful)).error().kind, ErrorKind::forbidden);
  EXPECT_TRUE(repository_.audit.empty());
}

TEST_F(FeedbackFlow, matches_are_judged_by_the_matchmakings_key) {
  FeedbackInput in;
  in.subject = Subject::match;
  in.key = "profile:12→profile:40";
  in.verdict = Verdict::useful;
  auto given = service_.give(staff_, in);
  ASSERT_TRUE(given);
  EXPECT_EQ(given->tally.useful, 1);
  auto summary = service_.summary(other_, Subject::match, "profile:12→profile:40");
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->tally.useful, 1);
  EXPECT_FALSE(summary->mine);
}

TEST_F(FeedbackFlow, the_needs_area_coordinator_curates_and_a_curation_with_nothing_in_it_is_taken_away) {
  CurationInput pin{RecommendationKey{RegionCode("RO21"), "criterion:WG4.2", 7}, true, false, "Discussed in WG4."};
  EXPECT_EQ(service_.curate(wg1_, pin).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.curate(staff_, pin).error().kind, ErrorKind::forbidden);
  EXPECT_TRUE(service_.may_curate(wg4_, "criterion:WG4.2"));
  EXPECT_FALSE(service_.may_curate(wg4_, "sector:C"));
  EXPECT_TRUE(service_.may_curate(lead_, "sector:C"));
  auto pinned = service_.curate(wg4_, pin);
  ASSERT_TRUE(pinned) << pinned.error().message;
  ASSERT_TRUE(*pinned);
  EXPECT_TRUE((*pinned)->pinned);
  auto stored = service_.curations(RegionCode("RO21"));
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->size(), 1u);
  EXPECT_EQ((*stored)[0].note, "Discussed in WG4.");
  EXPECT_EQ((*stored)[0].at, now_);
  auto cleared = service_.curate(wg4_, CurationInput{pin.key});
  ASSERT_TRUE(cleared);
  EXPECT_FALSE(*cleared);
  EXPECT_TRUE(service_.curations(RegionCode("RO21"))->empty());
  ASSERT_EQ(repository_.audit.size(), 2u);
  EXPECT_EQ(repository_.audit[0].action, "curation.saved");
  EXPECT_EQ(repository_.audit[1].action, "curation.cleared");
}

TEST_F(FeedbackFlow, only_curators_export_the_judgments_and_the_file_carries_grades_not_names) {
  ASSERT_TRUE(service_.give(staff_, on(7, Verdict::adopted, "=HYPERLINK(\"x\")")));
  EXPECT_EQ(service_.judgments(staff_).error().kind, ErrorKind::forbidden);
  auto all = service_.judgments(wg1_);
  ASSERT_TRUE(all);
  auto table = judgments_table(*all);
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.columns[6], "grade");
  EXPECT_EQ(table.rows[0][6], "3");
  EXPECT_EQ(table.rows[0][8], "1");  // the account's number
  std::string csv = exports::to_csv(table);
  EXPECT_NE(csv.find("'=HYPERLINK"), std::string::npos);  // a formula is defused
  EXPECT_EQ(csv.find("Person 1"), std::string::npos);
}

}  // namespace
}  // namespace cps::feedback
