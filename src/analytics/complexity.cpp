#include "analytics/complexity.hpp"

#include <Eigen/Eigenvalues>
#include <cmath>

namespace cps::analytics {

namespace {

// Population standard deviation (ddof = 0), as numpy's default.
double population_sd(const Eigen::VectorXd& v) {
  double mean = v.mean();
  return std::sqrt((v.array() - mean).square().mean());
}

double correlation(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
  Eigen::ArrayXd da = a.array() - a.mean();
  Eigen::ArrayXd db = b.array() - b.mean();
  return (da * db).sum() / std::sqrt(da.square().sum() * db.square().sum());
}

}  // namespace

Result<Complexity> compute_complexity(const Eigen::MatrixXd& x, const ComplexityOptions& options) {
  const Eigen::Index nc = x.rows(), np = x.cols();
  if (nc < 2 || np < 2)
    return fail(ErrorKind::unprocessable, "Complexity needs at least two regions and two sectors.");
  if (!x.allFinite() || (x.array() < 0).any())
    return fail(ErrorKind::unprocessable,
                "Complexity needs values that are numbers and not negative.");
  Eigen::VectorXd location_total = x.rowwise().sum();
  Eigen::RowVectorXd product_total = x.colwise().sum();
  double total = x.sum();
  if ((location_total.array() <= 0).any() || (product_total.array() <= 0).any())
    return fail(ErrorKind::unprocessable,
                "Every region and every sector needs some value for complexity.");

  Complexity out;
  out.rca =
      (x.array().colwise() / location_total.array()).rowwise() / (product_total.array() / total);
  out.mcp = (out.rca.array() >= options.rca_threshold).cast<double>();
  out.diversity = out.mcp.rowwise().sum();
  out.ubiquity = out.mcp.colwise().sum().transpose();
  if ((out.diversity.array() == 0).any() || (out.ubiquity.array() == 0).any())
    return fail(ErrorKind::unprocessable,
                "Some region has no sector with a comparative advantage, or some sector has none "
                "anywhere.");

  // Mpp = D_p^-1 Mᵀ D_c^-1 M is similar to the symmetric S = D_p^-1/2 Mᵀ D_c^-1 M D_p^-1/2,
  // so its eigenvalues are real and its eigenvectors are D_p^-1/2 times those of S.
  Eigen::MatrixXd weighted = out.mcp.array().colwise() / out.diversity.array().sqrt();
  Eigen::VectorXd inv_sqrt_u = out.ubiquity.array().rsqrt();
  Eigen::MatrixXd s =
      inv_sqrt_u.asDiagonal() * (weighted.transpose() * weighted) * inv_sqrt_u.asDiagonal();
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(s);
  if (solver.info() != Eigen::Success)
    return fail(ErrorKind::unprocessable, "The complexity network has no solution.");
  // Eigenvalues come in increasing order: the second largest is next to last.
  Eigen::VectorXd kp = inv_sqrt_u.asDiagonal() * solver.eigenvectors().col(np - 2);
  kp.normalize();
  Eigen::MatrixXd mcp1 = out.mcp.array().colwise() / out.diversity.array();
  Eigen::VectorXd kc = mcp1 * kp;
  double corr = correlation(out.diversity, kc);
  if (!std::isfinite(corr) || corr == 0)
    return fail(ErrorKind::unprocessable, "The regions do not differ in complexity.");
  double sign = corr > 0 ? 1.0 : -1.0;
  Eigen::VectorXd eci_raw = sign * kc;
  Eigen::VectorXd pci_raw = sign * kp;
  double eci_mean = eci_raw.mean(), eci_sd = population_sd(eci_raw);
  if (!(eci_sd > 0))
    return fail(ErrorKind::unprocessable, "The regions do not differ in complexity.");

  // Proximity: co-occurrence over the larger ubiquity (the minimum of both conditional
  // probabilities). The diagonal stays 1, as in the reference: a sector's own presence
  // counts towards its density.
  Eigen::MatrixXd co = out.mcp.transpose() * out.mcp;
  out.proximity.resize(np, np);
  for (Eigen::Index p = 0; p < np; ++p)
    for (Eigen::Index q = 0; q < np; ++q)
      out.proximity(p, q) = co(p, q) / std::max(out.ubiquity(p), out.ubiquity(q));
  Eigen::RowVectorXd column_sum = out.proximity.colwise().sum();
  Eigen::MatrixXd normalised = out.proximity.transpose().array().rowwise() / column_sum.array();
  out.density = out.mcp * normalised;
  // A product related to nothing has density 0, not 0/0.
  out.density = out.density.array().isNaN().select(0.0, out.density);

  Eigen::ArrayXXd absent = 1.0 - out.mcp.array();
  Eigen::VectorXd coi_raw =
      ((out.density.array() * absent).rowwise() * pci_raw.transpose().array()).rowwise().sum();
  Eigen::VectorXd row_sum = out.proximity.rowwise().sum();
  Eigen::MatrixXd gain_weights =
      out.proximity.array().colwise() * (pci_raw.array() / row_sum.array());
  gain_weights = gain_weights.array().isNaN().select(0.0, gain_weights);
  out.cog = absent * (absent.matrix() * gain_weights).array();

  out.pci = (pci_raw.array() - eci_mean) / eci_sd;
  out.cog /= eci_sd;
  out.eci = (eci_raw.array() - eci_mean) / eci_sd;
  double coi_sd = population_sd(coi_raw);
  out.coi = coi_sd > 0 ? Eigen::VectorXd((coi_raw.array() - coi_raw.mean()) / coi_sd)
                       : Eigen::VectorXd::Zero(nc);
  return out;
}

}  // namespace cps::analytics
