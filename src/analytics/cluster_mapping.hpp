// Cluster mapping as the European Cluster Observatory does it: for each region and sector
// (one year), employment, the sector's share of the region, the location quotient, and the
// size, specialisation and focus tests that give 0–3 stars; and growth between two years.
#pragma once

#include <Eigen/Dense>
#include <optional>

#include "core/error.hpp"

namespace cps::analytics {

struct ClusterThresholds {
  double size_top_share = 0.10;   // size: among the top 10 % of regions by the sector's employment
  double specialisation_lq = 2.0; // specialisation: location quotient at or above this
  double focus_top_share = 0.10;  // focus: among the top 10 % of regions by the sector's share
};

// Rows are regions, columns sectors; NaN marks a value that is missing (not published,
// confidential). Missing values count nowhere: not in totals, not in rankings.
struct ClusterMap {
  Eigen::MatrixXd employment;
  Eigen::MatrixXd share;  // of the region's employment over all sectors with values
  Eigen::MatrixXd lq;     // (e_rs / e_r) / (E_s / E); NaN where the value is missing
  Eigen::MatrixXi size;   // 1 when the size test passes, 0 when not, -1 when missing
  Eigen::MatrixXi specialisation;
  Eigen::MatrixXi focus;
  Eigen::MatrixXi stars;  // 0–3, or -1 when the value is missing
};

// The top-share tests rank the regions that have a value for the sector, highest first;
// a region passes when its rank is within ceil(top_share × n), and ties with the last
// region that passes pass too. Fails (unprocessable) on negative or infinite values, on
// thresholds outside (0, 1] or a non-positive LQ threshold, or when no value is known.
Result<ClusterMap> map_clusters(const Eigen::MatrixXd& employment,
                                const ClusterThresholds& thresholds = {});

struct Growth {
  double absolute = 0;          // to − from
  std::optional<double> cagr;   // (to / from)^(1 / years) − 1; none when from ≤ 0 or years ≤ 0
};

// Growth of one value between two years `years` apart; both values must be known.
Growth growth(double from, double to, int years);

}  // namespace cps::analytics
