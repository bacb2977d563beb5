#include "analytics/cluster_mapping.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace cps::analytics {

namespace {

// 1 for the regions (rows) whose value in `column` is among the top `top_share`, 0 for the
// others, -1 where the value is missing.
Eigen::VectorXi top_regions(const Eigen::VectorXd& column, double top_share) {
  Eigen::VectorXi out = Eigen::VectorXi::Constant(column.size(), -1);
  std::vector<double> known;
  for (Eigen::Index r = 0; r < column.size(); ++r)
    if (!std::isnan(column(r))) known.push_back(column(r));
  if (known.empty()) return out;
  std::sort(known.begin(), known.end(), std::greater<>());
  auto passing = std::size_t(std::ceil(top_share * double(known.size()) - 1e-12));
  passing = std::clamp<std::size_t>(passing, 1, known.size());
  double cut = known[passing - 1];
  for (Eigen::Index r = 0; r < column.size(); ++r)
    if (!std::isnan(column(r))) out(r) = column(r) >= cut && column(r) > 0 ? 1 : 0;
  return out;
}

}  // namespace

Result<ClusterMap> map_clusters(const Eigen::MatrixXd& employment,
                                const ClusterThresholds& t) {
  if (!(t.size_top_share > 0 && t.size_top_share <= 1) ||
      !(t.focus_top_share > 0 && t.focus_top_share <= 1) || !(t.specialisation_lq > 0))
    return fail(ErrorKind::unprocessable, "The cluster thresholds are out of range.", "thresholds");
  const Eigen::Index regions = employment.rows(), sectors = employment.cols();
  bool any = false;
  for (Eigen::Index r = 0; r < regions; ++r)
    for (Eigen::Index s = 0; s < sectors; ++s) {
      double v = employment(r, s);
      if (std::isnan(v)) continue;
      if (!std::isfinite(v) || v < 0)
        return fail(ErrorKind::unprocessable, "Employment must be a number of zero or more.",
                    "value");
      any = true;
    }
  if (!any) return fail(ErrorKind::unprocessable, "There is no value to map clusters from.");

  ClusterMap m;
  m.employment = employment;
  Eigen::MatrixXd known = employment.unaryExpr([](double v) { return std::isnan(v) ? 0.0 : v; });
  Eigen::VectorXd region_total = known.rowwise().sum();
  Eigen::VectorXd sector_total = known.colwise().sum().transpose();
  double total = known.sum();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  m.share = Eigen::MatrixXd::Constant(regions, sectors, nan);
  m.lq = Eigen::MatrixXd::Constant(regions, sectors, nan);
  for (Eigen::Index r = 0; r < regions; ++r)
    for (Eigen::Index s = 0; s < sectors; ++s) {
      if (std::isnan(employment(r, s))) continue;
      if (region_total(r) > 0) m.share(r, s) = employment(r, s) / region_total(r);
      if (region_total(r) > 0 && sector_total(s) > 0 && total > 0)
        m.lq(r, s) = m.share(r, s) / (sector_total(s) / total);
    }
  m.size = Eigen::MatrixXi(regions, sectors);
  m.focus = Eigen::MatrixXi(regions, sectors);
  m.specialisation = Eigen::MatrixXi::Constant(regions, sectors, -1);
  for (Eigen::Index s = 0; s < sectors; ++s) {
    m.size.col(s) = top_regions(employment.col(s), t.size_top_share);
    m.focus.col(s) = top_regions(m.share.col(s), t.focus_top_share);
  }
  m.stars = Eigen::MatrixXi::Constant(regions, sectors, -1);
  for (Eigen::Index r = 0; r < regions; ++r)
    for (Eigen::Index s = 0; s < sectors; ++s) {
      if (std::isnan(employment(r, s))) {
        m.size(r, s) = m.focus(r, s) = -1;
        continue;
      }
      m.specialisation(r, s) = !std::isnan(m.lq(r, s)) && m.lq(r, s) >= t.specialisation_lq ? 1 : 0;
      if (m.focus(r, s) < 0) m.focus(r, s) = 0;  // a region with no employment at all
      m.stars(r, s) = m.size(r, s) + m.specialisation(r, s) + m.focus(r, s);
    }
  return m;
}

Growth growth(double from, double to, int years) {
  Growth g;
  g.absolute = to - from;
  if (from > 0 && to >= 0 && years > 0) g.cagr = std::pow(to / from, 1.0 / years) - 1.0;
  return g;
}

}  // namespace cps::analytics
