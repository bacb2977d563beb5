#include "analytics/similarity.hpp"

#include <algorithm>
#include <cmath>

namespace cps::analytics {

Result<std::vector<Neighbour>> nearest_regions(const Eigen::MatrixXd& x, Eigen::Index target,
                                               std::size_t k, Eigen::Index min_common) {
  if (target < 0 || target >= x.rows())
    return fail(ErrorKind::not_found, "The dataset has no figures for this region.");
  Eigen::MatrixXd z = Eigen::MatrixXd::Constant(x.rows(), x.cols(), std::numeric_limits<double>::quiet_NaN());
  for (Eigen::Index c = 0; c < x.cols(); ++c) {
    double sum = 0, n = 0;
    for (Eigen::Index r = 0; r < x.rows(); ++r)
      if (std::isfinite(x(r, c))) sum += x(r, c), ++n;
    if (n < 2) continue;
    double mean = sum / n, var = 0;
    for (Eigen::Index r = 0; r < x.rows(); ++r)
      if (std::isfinite(x(r, c))) var += (x(r, c) - mean) * (x(r, c) - mean);
    double sd = std::sqrt(var / n);
    if (sd <= 1e-12) continue;
    for (Eigen::Index r = 0; r < x.rows(); ++r)
      if (std::isfinite(x(r, c))) z(r, c) = (x(r, c) - mean) / sd;
  }
  if (!z.row(target).array().isFinite().any())
    return fail(ErrorKind::unprocessable, "The region has no figure to compare it by.");
  std::vector<Neighbour> out;
  for (Eigen::Index r = 0; r < x.rows(); ++r) {
    if (r == target) continue;
    double sum = 0;
    Eigen::Index n = 0;
    for (Eigen::Index c = 0; c < x.cols(); ++c)
      if (std::isfinite(z(r, c)) && std::isfinite(z(target, c))) {
        double d = z(r, c) - z(target, c);
        sum += d * d;
        ++n;
      }
    if (n < min_common) continue;
    out.push_back(Neighbour{r, std::sqrt(sum / double(n)), n});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Neighbour& a, const Neighbour& b) { return a.distance < b.distance; });
  if (out.size() > k) out.resize(k);
  return out;
}

}  // namespace cps::analytics
