// Every statistic against values worked out by hand on small panels (type 7 quartiles:
// h = (n − 1)·p, interpolated between the neighbours), with ties, even counts and missing
// answers.
#include "domain/foresight/delphi_statistics.hpp"

#include <gtest/gtest.h>

namespace cps::foresight {
namespace {

constexpr double kEps = 1e-9;

TEST(DelphiStatistics, four_values_interpolate_between_neighbours) {
  // n = 4: Q1 at h = 0.75 → 1 + 0.75·1; median at 1.5 → 2.5; Q3 at 2.25 → 3 + 0.25·1.
  auto q = quartiles({4, 1, 3, 2});
  ASSERT_TRUE(q);
  EXPECT_NEAR(q->q1, 1.75, kEps);
  EXPECT_NEAR(q->median, 2.5, kEps);
  EXPECT_NEAR(q->q3, 3.25, kEps);
  EXPECT_NEAR(q->iqr(), 1.5, kEps);
}

TEST(DelphiStatistics, even_count_with_ties) {
  // 3 3 4 4 4 5: Q1 at 1.25 → 3 + 0.25·(4 − 3) = 3.25; median at 2.5 → 4; Q3 at 3.75 → 4 + 0.75·(4 − 4) = 4.
  StopRules rules;
  auto s = summarise_ratings({3, 4, 5, 4, 3, 4}, rules);
  EXPECT_EQ(s.respondents, 6);
  ASSERT_TRUE(s.quartiles);
  EXPECT_NEAR(s.quartiles->q1, 3.25, kEps);
  EXPECT_NEAR(s.quartiles->median, 4.0, kEps);
  EXPECT_NEAR(s.quartiles->q3, 4, kEps);
  EXPECT_NEAR(s.quartiles->iqr(), 0.75, kEps);
  EXPECT_NEAR(s.top_percent, 400.0 / 6, kEps);
  EXPECT_EQ(s.counts, (std::vector<int>{0, 0, 2, 3, 1}));
  EXPECT_FALSE(consensus(s, rules));  // IQR 0.75 ≤ 1, but 4 of 6 (67 %) in 4–5 is under 70 %
}

TEST(DelphiStatistics, missing_answers_are_left_out) {
  // 3 4 4 4 5 (two missing): every quartile at an index, all 4; IQR 0; 4 of 5 in 4–5.
  StopRules rules;
  auto s = summarise_ratings({4, std::nullopt, 5, 4, 4, std::nullopt, 3}, rules);
  EXPECT_EQ(s.respondents, 5);
  EXPECT_NEAR(s.quartiles->q1, 4, kEps);
  EXPECT_NEAR(s.quartiles->median, 4, kEps);
  EXPECT_NEAR(s.quartiles->q3, 4, kEps);
  EXPECT_NEAR(s.top_percent, 80, kEps);
  EXPECT_EQ(s.counts, (std::vector<int>{0, 0, 1, 3, 1}));
  EXPECT_TRUE(consensus(s, rules));
}

TEST(DelphiStatistics, agreement_exactly_at_the_bound_counts) {
  // 3 3 3 4 4 4 4 4 4 4: Q1 at 2.25 → 3.25, Q3 at 6.75 → 4; IQR 0.75; 7 of 10 = 70 %.
  StopRules rules;
  auto s = summarise_ratings({3, 3, 3, 4, 4, 4, 4, 4, 4, 4}, rules);
  EXPECT_NEAR(s.quartiles->iqr(), 0.75, kEps);
  EXPECT_NEAR(s.agreement_percent(), 70, kEps);
  EXPECT_TRUE(consensus(s, rules));
  rules.agreement_percent = 71;
  EXPECT_FALSE(consensus(s, rules));
}

TEST(DelphiStatistics, consensus_against_counts_the_mirrored_bottom_band) {
  // 1 1 1 1 2 2 2 2 2 5: Q1 at 2.25 → 1, median at 4.5 → 2, Q3 at 6.75 → 2; 9 of 10 in 1–2.
  StopRules rules;
  auto s = summarise_ratings({1, 1, 2, 2, 1, 5, 2, 1, 2, 2}, rules);
  EXPECT_NEAR(s.quartiles->q1, 1, kEps);
  EXPECT_NEAR(s.quartiles->median, 2, kEps);
  EXPECT_NEAR(s.quartiles->q3, 2, kEps);
  EXPECT_NEAR(s.bottom_percent, 90, kEps);
  EXPECT_NEAR(s.top_percent, 10, kEps);
  EXPECT_TRUE(consensus(s, rules));
}

TEST(DelphiStatistics, a_single_answer_and_none) {
  StopRules rules;
  auto one = summarise_ratings({3}, rules);
  EXPECT_NEAR(one.quartiles->q1, 3, kEps);
  EXPECT_NEAR(one.quartiles->q3, 3, kEps);
  auto none = summarise_ratings({std::nullopt, std::nullopt}, rules);
  EXPECT_EQ(none.respondents, 0);
  EXPECT_FALSE(none.quartiles);
  EXPECT_FALSE(consensus(none, rules));
}

TEST(DelphiStatistics, time_horizons_with_never_and_a_missing_answer) {
  // Years 2030 2032 2035 2040 (one "never", one missing): Q1 at 0.75 → 2031.5, median at 1.5
  // → 2033.5, Q3 at 2.25 → 2036.25; IQR 4.75; never 1 of 5 = 20 %.
  std::vector<std::optional<Horizon>> answers = {Horizon{2030}, Horizon{2035}, Horizon{std::nullopt},
                                                 Horizon{2040}, std::nullopt,  Horizon{2032}};
  auto s = summarise_horizons(answers);
  EXPECT_EQ(s.respondents, 5);
  EXPECT_EQ(s.never, 1);
  EXPECT_NEAR(s.never_percent(), 20, kEps);
  EXPECT_NEAR(s.quartiles->q1, 2031.5, kEps);
  EXPECT_NEAR(s.quartiles->median, 2033.5, kEps);
  EXPECT_NEAR(s.quartiles->q3, 2036.25, kEps);
  StopRules rules;
  EXPECT_TRUE(consensus(s, rules));  // IQR 4.75 ≤ 5, never 20 % ≤ 30 %
  rules.horizon_iqr_max = 4;
  EXPECT_FALSE(consensus(s, rules));
}

TEST(DelphiStatistics, agreeing_it_never_happens_is_consensus) {
  std::vector<std::optional<Horizon>> answers(8, Horizon{std::nullopt});
  answers.push_back(Horizon{2030});
  answers.push_back(Horizon{2050});
  auto s = summarise_horizons(answers);
  EXPECT_NEAR(s.never_percent(), 80, kEps);
  EXPECT_TRUE(consensus(s, StopRules{}));
}

TEST(DelphiStatistics, stability_is_the_share_of_those_in_both_rounds_who_changed) {
  // a b c answered both rounds, b changed: 1 of 3; d left, e joined: not counted.
  std::map<std::string, Comparable> before = {{"a", 4}, {"b", 3}, {"c", 5}, {"d", 2}};
  std::map<std::string, Comparable> after = {{"a", 4}, {"b", 4}, {"c", 5}, {"e", 1}};
  auto s = stability(before, after);
  EXPECT_EQ(s.in_both, 3);
  EXPECT_EQ(s.changed, 1);
  EXPECT_NEAR(s.changed_percent(), 100.0 / 3, kEps);
  StopRules rules;
  EXPECT_FALSE(stable(s, rules));
  rules.stability_percent = 34;
  EXPECT_TRUE(stable(s, rules));
  EXPECT_FALSE(stable(Stability{}, rules));  // nobody in both rounds: nothing to call stable
}

TEST(DelphiStatistics, standing_of_a_statement) {
  StopRules rules;  // stability 15 %
  EXPECT_EQ(standing(true, std::nullopt, rules), Standing::consensus);
  EXPECT_EQ(standing(false, std::nullopt, rules), Standing::open);
  EXPECT_EQ(standing(false, Stability{10, 1}, rules), Standing::stable_dissent);  // 10 %
  EXPECT_EQ(standing(false, Stability{10, 2}, rules), Standing::open);            // 20 %
}

TEST(DelphiStatistics, outside_the_interquartile_range) {
  Quartiles q{3.25, 4, 4.75};
  EXPECT_TRUE(outside_iqr(3, q));
  EXPECT_FALSE(outside_iqr(4, q));
  EXPECT_TRUE(outside_iqr(5, q));
  EXPECT_FALSE(outside_iqr(3.25, q));
}

}  // namespace
}  // namespace cps::foresight
