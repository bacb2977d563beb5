// The storage port of the reference data: what the reference service needs from a database.
#pragma once

#include <optional>
#include <vector>

#include "core/error.hpp"
#include "domain/reference/reference.hpp"

namespace cps::reference {

struct RegionFilter {
  std::optional<CountryCode> country;
  std::optional<int> level;
};

class ReferenceRepository {
 public:
  virtual ~ReferenceRepository() = default;
  // Countries in the partnership's display order.
  virtual Result<std::vector<Country>> countries() = 0;
  // Regions matching the filter, ordered by code.
  virtual Result<std::vector<Region>> regions(const RegionFilter& filter) = 0;
  virtual Result<std::optional<Region>> region(const RegionCode& code) = 0;
  // Areas in their order, texts in `lang`, English where `lang` has none.
  virtual Result<std::vector<ThematicArea>> areas(std::string_view lang) = 0;
  virtual Result<std::vector<ReportingPeriod>> reporting_periods() = 0;
};

}  // namespace cps::reference
