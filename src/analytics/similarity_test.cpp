#include "analytics/similarity.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace cps::analytics {

TEST(NearestRegions, standardises_each_indicator_and_ranks_by_rms_distance) {
  // Column 0 in thousands, column 1 in units: without standardising, column 1 would decide.
  Eigen::MatrixXd x(4, 2);
  x << 1000, 1,  //
      1010, 9,   //
      3000, 2,   //
      1100, 1;
  auto n = nearest_regions(x, 0, 3);
  ASSERT_TRUE(n);
  ASSERT_EQ(n->size(), 3u);
  EXPECT_EQ((*n)[0].region, 3);
  // Hand-computed: z-scores with population SD, RMS over both indicators.
  Eigen::VectorXd c0 = x.col(0), c1 = x.col(1);
  auto z = [](const Eigen::VectorXd& c, int i) {
    double m = c.mean(), sd = std::sqrt((c.array() - m).square().mean());
    return (c(i) - m) / sd;
  };
  double d3 = std::sqrt((std::pow(z(c0, 3) - z(c0, 0), 2) + std::pow(z(c1, 3) - z(c1, 0), 2)) / 2);
  EXPECT_NEAR((*n)[0].distance, d3, 1e-12);
  EXPECT_EQ((*n)[0].compared, 2);
}

TEST(NearestRegions, missing_values_and_flat_indicators_are_left_out) {
  const double missing = std::numeric_limits<double>::quiet_NaN();
  Eigen::MatrixXd x(3, 3);
  x << 1, 5, 7,  //
      2, missing, 7, //
      9, 6, 7;        // column 2 has no spread
  auto n = nearest_regions(x, 0, 5, 1);
  ASSERT_TRUE(n);
  ASSERT_EQ(n->size(), 2u);
  EXPECT_EQ((*n)[0].region, 1);
  EXPECT_EQ((*n)[0].compared, 1);
  EXPECT_EQ((*n)[1].compared, 2);
  EXPECT_TRUE(nearest_regions(x, 0, 5, 2)->size() == 1u);  // region 1 shares one indicator only
  EXPECT_EQ(nearest_regions(x, 7, 5).error().kind, ErrorKind::not_found);
}

}  // namespace cps::analytics
