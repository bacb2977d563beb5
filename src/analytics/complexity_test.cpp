#include "analytics/complexity.hpp"

#include <gtest/gtest.h>

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <fstream>
#include <map>
#include <numeric>
#include <set>
#include <sstream>

namespace cps::analytics {

namespace {

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string f;
  while (std::getline(ss, f, ',')) out.push_back(f);
  return out;
}

struct Fixture {
  std::vector<std::string> locations, products;
  Eigen::MatrixXd values;
  // loc, prod -> column name -> reference value
  std::map<std::pair<std::string, std::string>, std::map<std::string, double>> expected;
};

Fixture load() {
  const std::string dir = std::string(CPS_TEST_FIXTURES_DIR) + "/ecomplexity/";
  Fixture f;
  std::ifstream in(dir + "synthetic_30x12_input.csv");
  std::string line;
  std::getline(in, line);
  std::map<std::pair<std::string, std::string>, double> cells;
  std::set<std::string> locs, prods;
  while (std::getline(in, line)) {
    auto c = split(line);
    cells[{c[1], c[2]}] = std::stod(c[3]);
    locs.insert(c[1]);
    prods.insert(c[2]);
  }
  f.locations.assign(locs.begin(), locs.end());
  f.products.assign(prods.begin(), prods.end());
  f.values = Eigen::MatrixXd::Zero(Eigen::Index(locs.size()), Eigen::Index(prods.size()));
  for (std::size_t i = 0; i < f.locations.size(); ++i)
    for (std::size_t j = 0; j < f.products.size(); ++j)
      f.values(Eigen::Index(i), Eigen::Index(j)) = cells[{f.locations[i], f.products[j]}];
  std::ifstream ref(dir + "synthetic_30x12_ecomplexity_reference.csv");
  std::getline(ref, line);
  auto header = split(line);
  while (std::getline(ref, line)) {
    auto c = split(line);
    for (std::size_t k = 4; k < header.size(); ++k)
      f.expected[{c[1], c[2]}][header[k]] = std::stod(c[k]);
  }
  return f;
}

}  // namespace

TEST(Complexity, reproduces_the_reference_implementation_to_1e_9) {
  Fixture f = load();
  ASSERT_EQ(f.locations.size(), 30u);
  ASSERT_EQ(f.products.size(), 12u);
  auto result = compute_complexity(f.values);
  ASSERT_TRUE(result) << result.error().message;
  const Complexity& r = *result;
  int compared = 0;
  for (std::size_t i = 0; i < f.locations.size(); ++i) {
    for (std::size_t j = 0; j < f.products.size(); ++j) {
      auto ci = Eigen::Index(i), pj = Eigen::Index(j);
      const auto& e = f.expected.at({f.locations[i], f.products[j]});
      std::map<std::string, double> actual{
          {"diversity", r.diversity(ci)}, {"ubiquity", r.ubiquity(pj)}, {"rca", r.rca(ci, pj)},
          {"mcp", r.mcp(ci, pj)},         {"eci", r.eci(ci)},           {"pci", r.pci(pj)},
          {"density", r.density(ci, pj)}, {"coi", r.coi(ci)},           {"cog", r.cog(ci, pj)}};
      for (const auto& [name, value] : actual) {
        double want = e.at(name);
        // The reference is printed with 12 significant digits.
        EXPECT_NEAR(value, want, 1e-9 * std::max(1.0, std::abs(want)))
            << name << " at " << f.locations[i] << "," << f.products[j];
        ++compared;
      }
    }
  }
  EXPECT_EQ(compared, 30 * 12 * 9);
}

TEST(Complexity, proximity_is_symmetric_within_0_and_1_with_a_unit_diagonal) {
  auto r = compute_complexity(load().values);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->proximity.isApprox(r->proximity.transpose()));
  EXPECT_TRUE(r->proximity.diagonal().isOnes());
  EXPECT_GE(r->proximity.minCoeff(), 0.0);
  EXPECT_LE(r->proximity.maxCoeff(), 1.0);
  EXPECT_NEAR(r->eci.mean(), 0.0, 1e-12);
}

// With fewer regions than sectors the eigenvector comes from the smaller region-side
// matrix; it must be the one a general eigensolver finds for Mpp itself, as the reference
// computes it.
TEST(Complexity, more_sectors_than_regions_give_the_eigenvector_of_mpp) {
  Eigen::MatrixXd wide = load().values.transpose();  // 12 regions, 30 sectors
  auto r = compute_complexity(wide);
  ASSERT_TRUE(r) << r.error().message;
  Eigen::MatrixXd mcp1 = r->mcp.array().colwise() / r->diversity.array();
  Eigen::MatrixXd mcp2 = r->mcp.array().rowwise() / r->ubiquity.transpose().array();
  Eigen::EigenSolver<Eigen::MatrixXd> solver(mcp2.transpose() * mcp1);
  Eigen::VectorXd values = solver.eigenvalues().real();
  std::vector<Eigen::Index> order(std::size_t(values.size()));
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return values(a) < values(b); });
  Eigen::VectorXd kp = solver.eigenvectors().col(order[order.size() - 2]).real().normalized();
  Eigen::VectorXd kc = mcp1 * kp;
  Eigen::ArrayXd dd = r->diversity.array() - r->diversity.mean(), dk = kc.array() - kc.mean();
  double sign = (dd * dk).sum() > 0 ? 1.0 : -1.0;
  Eigen::VectorXd eci = sign * kc, pci = sign * kp;
  double mean = eci.mean(), sd = std::sqrt((eci.array() - mean).square().mean());
  for (Eigen::Index c = 0; c < wide.rows(); ++c) EXPECT_NEAR(r->eci(c), (eci(c) - mean) / sd, 1e-9);
  for (Eigen::Index p = 0; p < wide.cols(); ++p) EXPECT_NEAR(r->pci(p), (pci(p) - mean) / sd, 1e-9);
}

TEST(Complexity, degenerate_inputs_are_refused_with_a_reason) {
  Eigen::MatrixXd one_region = Eigen::MatrixXd::Ones(1, 5);
  EXPECT_EQ(compute_complexity(one_region).error().kind, ErrorKind::unprocessable);
  Eigen::MatrixXd negative = Eigen::MatrixXd::Ones(4, 4);
  negative(1, 2) = -3;
  EXPECT_FALSE(compute_complexity(negative));
  Eigen::MatrixXd empty_row = load().values;
  empty_row.row(3).setZero();
  EXPECT_FALSE(compute_complexity(empty_row));
  // Every region alike: every sector is present everywhere, nothing tells regions apart.
  EXPECT_FALSE(compute_complexity(Eigen::MatrixXd::Ones(5, 4)));
  Eigen::MatrixXd nan = Eigen::MatrixXd::Ones(4, 4);
  nan(0, 0) = std::nan("");
  EXPECT_FALSE(compute_complexity(nan));
}

}  // namespace cps::analytics
