// An in-memory ReferenceRepository for unit tests, with a few countries, regions and areas of
// the programme area to start from. Test-only code.
#pragma once

#include <vector>

#include "domain/reference/reference_repository.hpp"

namespace cps::reference {

class FakeReferenceRepository final : public ReferenceRepository {
 public:
  // Romania (RO, RO2, RO21, RO22), Greece (EL, EL5, EL52) and Hungary (HU), areas WG1–WG6
  // in English with a Romanian text for WG1, and two reporting periods.
  FakeReferenceRepository();

  Result<std::vector<Country>> countries() override;
  Result<std::vector<Region>> regions(const RegionFilter& filter) override;
  Result<std::optional<Region>> region(const RegionCode& code) override;
  Result<std::vector<ThematicArea>> areas(std::string_view lang) override;
  Result<std::vector<ReportingPeriod>> reporting_periods() override;

  std::vector<Country> country_rows;  // in display order
  std::vector<Region> region_rows;    // any order: reads sort by code
  std::vector<ThematicArea> area_rows;  // every language's texts; reads pick one per area
  std::vector<ReportingPeriod> period_rows;
};

}  // namespace cps::reference
