// Economic complexity and relatedness of regions (locations) and sectors (products),
// following the conventions of py-ecomplexity (Harvard Growth Lab) with its default
// arguments: RCA presence test, symmetric discrete proximity.
#pragma once

#include <Eigen/Dense>

#include "core/error.hpp"

namespace cps::analytics {

struct ComplexityOptions {
  double rca_threshold = 1.0;  // RCA at or above this makes a sector present (Mcp = 1)
};

// Rows are locations, columns are products, both in a fixed (sorted) order.
struct Complexity {
  Eigen::MatrixXd rca;        // Balassa revealed comparative advantage
  Eigen::MatrixXd mcp;        // presence, 0 or 1
  Eigen::VectorXd diversity;  // sectors present per location
  Eigen::VectorXd ubiquity;   // locations where each sector is present
  Eigen::VectorXd eci;        // economic complexity index, z-scored
  Eigen::VectorXd pci;        // product complexity index, on the ECI scale
  Eigen::MatrixXd proximity;  // products × products, symmetric, 1 on the diagonal
  Eigen::MatrixXd density;    // share of related capabilities present
  Eigen::VectorXd coi;        // complexity outlook index, z-scored
  Eigen::MatrixXd cog;        // complexity outlook gain
};

// Computes every indicator from non-negative values (e.g. employment). Degenerate inputs
// are refused with kind unprocessable: a negative or non-finite value, a location or
// product with no value at all, fewer than two locations or products, no presence at all,
// a location with no present sector or a product present nowhere (their ECI/PCI would be
// undefined), or an ECI with no spread (all locations alike).
Result<Complexity> compute_complexity(const Eigen::MatrixXd& values,
                                      const ComplexityOptions& options = {});

}  // namespace cps::analytics
