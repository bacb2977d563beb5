// Quadratic-weighted Cohen's kappa (see agreement.hpp).
#include "domain/assessment/agreement.hpp"

namespace cps::assessment {

std::optional<double> weighted_kappa(const std::vector<std::pair<int, int>>& pairs, int lowest,
                                     int highest, std::size_t min_pairs) {
  if (pairs.size() < min_pairs || pairs.empty() || highest < lowest) return std::nullopt;
  const std::size_t k = std::size_t(highest - lowest + 1);
  std::vector<double> first(k, 0), second(k, 0);
  double observed = 0;
  for (auto [a, b] : pairs) {
    if (a < lowest || a > highest || b < lowest || b > highest) return std::nullopt;
    first[std::size_t(a - lowest)] += 1;
    second[std::size_t(b - lowest)] += 1;
    observed += double(a - b) * double(a - b);
  }
  const double n = double(pairs.size());
  double expected = 0;
  for (std::size_t i = 0; i < k; ++i)
    for (std::size_t j = 0; j < k; ++j) {
      double d = double(i) - double(j);
      expected += d * d * first[i] * second[j] / n;
    }
  if (expected <= 0) return std::nullopt;
  return 1.0 - observed / expected;
}

}  // namespace cps::assessment
