// The comparative evaluation's arithmetic: the share of the way from baseline to target for
// both directions, without a baseline, with the target at the baseline, and a pilot's standing
// with runaway indicators capped.
#include "domain/pilot/achievement.hpp"

#include <gtest/gtest.h>

namespace cps::pilot {
namespace {

Indicator higher(std::optional<double> baseline, double target) {
  Indicator i;
  i.code = "I1";
  i.direction = Direction::higher_is_better;
  if (baseline) i.baseline = Measure{*baseline, "2026-01-01"};
  i.target = Measure{target, "2027-01-01"};
  return i;
}

Indicator lower(std::optional<double> baseline, double target) {
  Indicator i = higher(baseline, target);
  i.direction = Direction::lower_is_better;
  return i;
}

Indicator with_values(Indicator i, std::vector<std::pair<int, double>> values) {
  for (auto [period, value] : values) i.values.push_back(IndicatorValue{period, value, "", "", std::nullopt, 0});
  return i;
}

TEST(Achievement, higher_is_better_measures_the_way_from_baseline_to_target) {
  auto i = higher(10, 20);
  EXPECT_DOUBLE_EQ(*achievement_ratio(i, 15), 0.5);
  EXPECT_DOUBLE_EQ(*achievement_ratio(i, 20), 1.0);
  EXPECT_DOUBLE_EQ(*achievement_ratio(i, 25), 1.5);
  EXPECT_DOUBLE_EQ(*achievement_ratio(i, 10), 0.0);
  EXPECT_DOUBLE_EQ(*achievement_ratio(i, 5), -0.5);  // moved the wrong way
}

TEST(Achievement, higher_is_better_without_a_baseline_counts_from_nothing) {
  auto i = higher(std::nullopt, 40);
  EXPECT_DOUBLE_EQ(*achievement_ratio(i, 10), 0.25);
  EXPECT_DOUBLE_EQ(*achievement_ratio(i, 0), 0.0);
  EXPECT_DOUBLE_EQ(*achievement_ratio(i, 60), 1.5);
}

TEST(Achievement, lower_is_better_measures_the_way_down) {
  auto i = lower(30, 10);
  EXPECT_DOUBLE_EQ(*achievement_ratio(i, 20), 0.5);
  EXPECT_DOUBLE_EQ(*achievement_ratio(i, 10), 1.0);
  EXPECT_DOUBLE_EQ(*achievement_ratio(i, 5), 1.25);
  EXPECT_DOUBLE_EQ(*achievement_ratio(i, 35), -0.25);
}

TEST(Achievement, lower_is_better_without_a_baseline_cannot_be_judged) {
  EXPECT_FALSE(achievement_ratio(lower(std::nullopt, 10), 5));
  auto progress = progress_of(with_values(lower(std::nullopt, 10), {{1, 5}}));
  EXPECT_EQ(progress.value, 5);
  EXPECT_FALSE(progress.ratio);
  EXPECT_FALSE(progress.met);
}

TEST(Achievement, a_target_at_the_baseline_is_met_or_not) {
  EXPECT_DOUBLE_EQ(*achievement_ratio(higher(95, 95), 95), 1.0);
  EXPECT_DOUBLE_EQ(*achievement_ratio(higher(95, 95), 97), 1.0);
  EXPECT_DOUBLE_EQ(*achievement_ratio(higher(95, 95), 90), 0.0);
  EXPECT_DOUBLE_EQ(*achievement_ratio(lower(3, 3), 2), 1.0);
  EXPECT_DOUBLE_EQ(*achievement_ratio(lower(3, 3), 4), 0.0);
  EXPECT_DOUBLE_EQ(*achievement_ratio(higher(std::nullopt, 0), 0), 1.0);
}

TEST(Achievement, progress_is_the_latest_period_whatever_the_order_recorded) {
  auto i = with_values(higher(0, 40), {{3, 30}, {1, 10}, {2, 20}});
  auto p = progress_of(i);
  EXPECT_EQ(p.code, "I1");
  EXPECT_EQ(p.period, 3);
  EXPECT_EQ(p.value, 30);
  EXPECT_DOUBLE_EQ(*p.ratio, 0.75);
  EXPECT_FALSE(p.met);
  ASSERT_EQ(p.ratio_by_period.size(), 3u);
  EXPECT_EQ(p.ratio_by_period[0].first, 1);
  EXPECT_DOUBLE_EQ(*p.ratio_by_period[0].second, 0.25);
  EXPECT_EQ(p.ratio_by_period[2].first, 3);
  auto none = progress_of(higher(0, 40));
  EXPECT_FALSE(none.period);
  EXPECT_FALSE(none.ratio);
  EXPECT_TRUE(none.ratio_by_period.empty());
}

TEST(Achievement, a_target_reached_through_decimal_figures_counts_as_met) {
  // A target of 0.1 + 0.2 is 0.30000000000000004 in binary: 0.3 falls a hair short of it.
  auto i = with_values(higher(0, 0.1 + 0.2), {{1, 0.3}});
  EXPECT_LT(*progress_of(i).ratio, 1.0);
  EXPECT_TRUE(progress_of(i).met);
}

TEST(Achievement, a_runaway_indicator_is_capped_so_that_it_does_not_hide_the_others) {
  Pilot p;
  p.id = PilotId(5);
  p.indicators = {with_values(higher(0, 10), {{1, 100}}),      // 10.0, capped at 1.5
                  with_values(lower(30, 10), {{1, 25}, {2, 20}}),  // 0.25, then 0.5
                  with_values(lower(std::nullopt, 10), {{2, 5}}),  // cannot be judged
                  higher(0, 40)};                                  // no value yet
  auto a = achievement_of(p);
  EXPECT_EQ(a.pilot, PilotId(5));
  EXPECT_EQ(a.indicators, 4u);
  EXPECT_EQ(a.judged, 2u);
  EXPECT_EQ(a.met, 1u);
  ASSERT_TRUE(a.mean_ratio);
  EXPECT_DOUBLE_EQ(*a.mean_ratio, (1.5 + 0.5) / 2);
  ASSERT_EQ(a.by_period.size(), 2u);
  EXPECT_EQ(a.by_period[0].first, 1);
  EXPECT_DOUBLE_EQ(a.by_period[0].second, (1.5 + 0.25) / 2);
  EXPECT_EQ(a.by_period[1].first, 2);
  EXPECT_DOUBLE_EQ(a.by_period[1].second, 0.5);
  ASSERT_EQ(a.per_indicator.size(), 4u);
  EXPECT_DOUBLE_EQ(*a.per_indicator[0].ratio, 10.0);  // the indicator's own ratio is not capped
  auto met = targets_met(a);
  EXPECT_EQ(met.met, 1u);
  EXPECT_EQ(met.of, 4u);
}

TEST(Achievement, a_pilot_without_values_has_no_mean) {
  Pilot p;
  p.indicators = {higher(0, 40)};
  auto a = achievement_of(p);
  EXPECT_EQ(a.judged, 0u);
  EXPECT_FALSE(a.mean_ratio);
  EXPECT_TRUE(a.by_period.empty());
}

}  // namespace
}  // namespace cps::pilot
