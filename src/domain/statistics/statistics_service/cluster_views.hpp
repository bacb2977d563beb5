// What the region's and the sector's cluster views share: the facts of the comparison and the
// figures of one cell of the cluster map.
#pragma once

#include "analytics/cluster_mapping.hpp"
#include "domain/statistics/statistics_service.hpp"

namespace cps::statistics {

inline ClusterComparison comparison_of(const SectorMatrix& m, const analytics::ClusterThresholds& thresholds) {
  return ClusterComparison{m.dataset, m.year, m.version.first_year, m.regions.size(), thresholds, m.scope};
}

inline ClusterFigures figures_at(const analytics::ClusterMap& map, Eigen::Index region, Eigen::Index sector) {
  ClusterFigures f;
  f.employment = map.employment(region, sector);
  f.share = map.share(region, sector);
  f.lq = map.lq(region, sector);
  f.size = map.size(region, sector) == 1;
  f.specialisation = map.specialisation(region, sector) == 1;
  f.focus = map.focus(region, sector) == 1;
  f.stars = map.stars(region, sector);
  return f;
}

}  // namespace cps::statistics
