// Quadratic-weighted kappa against values worked out by hand.
#include "domain/assessment/agreement.hpp"

#include <gtest/gtest.h>

namespace cps::assessment {
namespace {

TEST(AgreementKappa, perfect_agreement_is_one) {
  auto k = weighted_kappa({{1, 1}, {3, 3}, {5, 5}});
  ASSERT_TRUE(k);
  EXPECT_DOUBLE_EQ(*k, 1.0);
}

// Pairs (1,2) (2,1) (3,3): observed Σd² = 1 + 1 + 0 = 2. Both margins are {1,2,3} once each, so
// expected Σ d²·m1·m2/n = (0+1+4 + 1+0+1 + 4+1+0)/3 = 12/3 = 4; kappa = 1 − 2/4 = 0.5.
TEST(AgreementKappa, worked_example_of_three_pairs) {
  auto k = weighted_kappa({{1, 2}, {2, 1}, {3, 3}});
  ASSERT_TRUE(k);
  EXPECT_DOUBLE_EQ(*k, 0.5);
}

// Pairs (1,3) (3,1) (2,2) (4,4): observed = 4 + 4 + 0 + 0 = 8. Margins {1,2,3,4} once each, n = 4:
// expected = Σ_i Σ_j (i−j)² / 4 = (0+1+4+9 + 1+0+1+4 + 4+1+0+1 + 9+4+1+0)/4 = 40/4 = 10;
// kappa = 1 − 8/10 = 0.2.
TEST(AgreementKappa, worked_example_of_four_pairs) {
  auto k = weighted_kappa({{1, 3}, {3, 1}, {2, 2}, {4, 4}});
  ASSERT_TRUE(k);
  EXPECT_NEAR(*k, 0.2, 1e-12);
}

// Reversed ranks (1,3) (2,2) (3,1): observed = 4 + 0 + 4 = 8, expected = 12/3 = 4; kappa = −1.
TEST(AgreementKappa, systematic_disagreement_is_negative) {
  auto k = weighted_kappa({{1, 3}, {2, 2}, {3, 1}});
  ASSERT_TRUE(k);
  EXPECT_DOUBLE_EQ(*k, -1.0);
}

TEST(AgreementKappa, too_few_pairs_or_no_spread_give_nothing) {
  EXPECT_FALSE(weighted_kappa({{1, 1}, {2, 2}}));
  EXPECT_FALSE(weighted_kappa({{3, 3}, {3, 3}, {3, 3}}));
  EXPECT_FALSE(weighted_kappa({{0, 3}, {3, 3}, {4, 3}}));
}

}  // namespace
}  // namespace cps::assessment
