// The reference data in either database.
#pragma once

#include "domain/reference/reference_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class SqlReferenceRepository final : public reference::ReferenceRepository {
 public:
  explicit SqlReferenceRepository(Database& db) : db_(db) {}

  Result<std::vector<reference::Country>> countries() override;
  Result<std::vector<reference::Region>> regions(const reference::RegionFilter& filter) override;
  Result<std::optional<reference::Region>> region(const RegionCode& code) override;
  Result<std::vector<reference::ThematicArea>> areas(std::string_view lang) override;
  Result<std::vector<reference::ReportingPeriod>> reporting_periods() override;

 private:
  Database& db_;
};

}  // namespace cps::storage
