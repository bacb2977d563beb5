// Economic complexity results are computed once per dataset version, year, NUTS level and
// scope (the programme area, or Europe) — when the data change or on `analytics recompute` —
// and kept with that version, so pages and the API read them instead of recomputing, and
// every server sharing a database serves the same figures. The store is a port; the SQL implementation lives in storage.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analytics/complexity.hpp"
#include "core/error.hpp"
#include "domain/statistics/statistics.hpp"

namespace cps::statistics {

// Economic complexity of the regions of one NUTS level and their sectors.
struct RegionalComplexity {
  Dataset dataset;
  std::int64_t version = 0;  // the dataset version it was computed from
  int year = 0;
  int level = 2;
  Scope scope = Scope::programme;  // which regions were compared
  Seconds computed_at = 0;
  std::vector<std::string> regions;  // rows of the matrices
  std::vector<std::string> sectors;  // columns
  analytics::Complexity result;
};

class ComplexityStore {
 public:
  virtual ~ComplexityStore() = default;
  // The kept result for a version, year, level and scope; `dataset` is left for the caller
  // to fill.
  virtual Result<std::optional<RegionalComplexity>> find(std::int64_t version, int year,
                                                         int level, Scope scope) = 0;
  // Keeps a result. When one is already kept for the same version, year, level and scope
  // (another server computed it at the same moment) the kept one stays.
  virtual Status keep(const RegionalComplexity& result) = 0;
  // Forgets every result of a version in a scope, so that it is computed again.
  virtual Status forget(std::int64_t version, Scope scope) = 0;
};

}  // namespace cps::statistics
