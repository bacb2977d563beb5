#include "analytics/cluster_mapping.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace cps::analytics {

namespace {
const double kMissing = std::numeric_limits<double>::quiet_NaN();
}

TEST(ClusterMapping, location_quotient_share_and_stars_follow_the_observatory) {
  // Ten regions, two sectors. Region 0 is big in sector 0; region 1 is small but
  // specialised and focused in sector 1.
  Eigen::MatrixXd e(10, 2);
  e << 1000, 100,  //
      10, 90,      //
      200, 20, 210, 20, 220, 20, 230, 20, 240, 20, 250, 20, 260, 20, 270, 20;
  auto m = map_clusters(e);
  ASSERT_TRUE(m);
  double total = e.sum(), sector1 = e.col(1).sum();
  EXPECT_NEAR(m->share(1, 1), 0.9, 1e-12);
  EXPECT_NEAR(m->lq(1, 1), 0.9 / (sector1 / total), 1e-12);
  // Size: the top 10 % of ten regions is one region, the largest employer of the sector.
  EXPECT_EQ(m->size(0, 0), 1);
  EXPECT_EQ(m->size(9, 0), 0);
  EXPECT_EQ(m->size(0, 1), 1);
  EXPECT_EQ(m->size(1, 1), 0);
  // Specialisation and focus make region 1 a two-star cluster in sector 1.
  EXPECT_EQ(m->specialisation(1, 1), 1);
  EXPECT_EQ(m->focus(1, 1), 1);
  EXPECT_EQ(m->stars(1, 1), 2);
  EXPECT_EQ(m->stars(0, 0), 1);
  EXPECT_EQ(m->stars(5, 0), 0);
}

TEST(ClusterMapping, missing_values_count_nowhere_and_have_no_stars) {
  Eigen::MatrixXd e(3, 2);
  e << 100, kMissing, 50, 50, 10, 90;
  auto m = map_clusters(e);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->stars(0, 1), -1);
  EXPECT_TRUE(std::isnan(m->lq(0, 1)));
  // Region 0's share is over what is known of it.
  EXPECT_NEAR(m->share(0, 0), 1.0, 1e-12);
  EXPECT_NEAR(m->lq(2, 1), 0.9 / (140.0 / 300.0), 1e-12);
}

TEST(ClusterMapping, ties_at_the_cut_all_pass_and_thresholds_are_the_users) {
  Eigen::MatrixXd e(4, 2);
  e << 50, 50, 50, 50, 10, 90, 5, 5;
  auto m = map_clusters(e, ClusterThresholds{0.25, 1.5, 0.25});
  ASSERT_TRUE(m);
  EXPECT_EQ(m->size(0, 0), 1);
  EXPECT_EQ(m->size(1, 0), 1);  // tied with the region that passes
  EXPECT_EQ(m->size(2, 0), 0);
  // Region 2's LQ in sector 1 is 0.9 / (195 / 310) ≈ 1.43: below 1.5, above 1.4.
  EXPECT_EQ(m->specialisation(2, 1), 0);
  auto lower = map_clusters(e, ClusterThresholds{0.25, 1.4, 0.25});
  ASSERT_TRUE(lower);
  EXPECT_EQ(lower->specialisation(2, 1), 1);
}

TEST(ClusterMapping, bad_values_and_thresholds_are_refused) {
  Eigen::MatrixXd negative(2, 2);
  negative << 1, -1, 2, 3;
  EXPECT_EQ(map_clusters(negative).error().field, "value");
  Eigen::MatrixXd none = Eigen::MatrixXd::Constant(2, 2, kMissing);
  EXPECT_FALSE(map_clusters(none));
  Eigen::MatrixXd fine(2, 2);
  fine << 1, 2, 3, 4;
  EXPECT_EQ(map_clusters(fine, ClusterThresholds{0, 2, 0.1}).error().field, "thresholds");
  EXPECT_EQ(map_clusters(fine, ClusterThresholds{0.1, -1, 0.1}).error().field, "thresholds");
}

TEST(ClusterGrowth, absolute_and_compound_annual_growth) {
  auto g = growth(100, 121, 2);
  EXPECT_DOUBLE_EQ(g.absolute, 21);
  ASSERT_TRUE(g.cagr);
  EXPECT_NEAR(*g.cagr, 0.10, 1e-12);
  EXPECT_FALSE(growth(0, 10, 3).cagr);
  EXPECT_FALSE(growth(10, 20, 0).cagr);
}

}  // namespace cps::analytics
