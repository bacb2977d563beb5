// Structural benchmarking as the JRC/Orkestra regional benchmarking tool does it: regions
// described by indicators, each standardised, compared by distance.
#pragma once

#include <Eigen/Dense>
#include <vector>

#include "core/error.hpp"

namespace cps::analytics {

struct Neighbour {
  Eigen::Index region = 0;
  double distance = 0;        // root mean square of the standardised differences
  Eigen::Index compared = 0;  // indicators known for both regions
};

// Rows are regions, columns indicators; NaN marks a missing value. Each indicator is
// z-scored over the regions that have it (population standard deviation); indicators with
// no spread are left out. The distance between two regions is the root mean square of the
// differences of their standardised values over the indicators both have, so regions with
// a missing figure are still compared on the rest. Returns the k nearest other regions,
// nearest first (ties by row order); regions sharing fewer than `min_common` indicators
// with the target are skipped. Fails (unprocessable) when the target has no usable value.
Result<std::vector<Neighbour>> nearest_regions(const Eigen::MatrixXd& indicators, Eigen::Index target,
                                               std::size_t k, Eigen::Index min_common = 2);

}  // namespace cps::analytics
