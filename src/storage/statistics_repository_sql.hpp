// Datasets, versions and observations in either database.
#pragma once

#include "domain/statistics/statistics_repository.hpp"
#include "storage/database.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage {

class SqlStatisticsRepository final : public statistics::StatisticsRepository {
 public:
  explicit SqlStatisticsRepository(Database& db) : db_(db) {}

  Result<std::vector<statistics::Dataset>> datasets() override;
  Result<std::optional<statistics::Dataset>> dataset(std::int64_t id) override;
  Result<std::optional<statistics::Dataset>> dataset_by_code(const std::string& code) override;
  Result<std::vector<statistics::DatasetVersion>> versions(std::int64_t dataset) override;
  Result<statistics::DatasetVersion> add_version(
      const statistics::Dataset& dataset, statistics::DatasetVersion version,
      const std::vector<statistics::ObservationRecord>& rows) override;
  Result<std::vector<statistics::ObservationRecord>> observations(
      const statistics::ObservationQuery& query) override;
  Result<std::size_t> count_observations(const statistics::ObservationQuery& query) override;
  Result<std::map<std::string, std::optional<std::string>>> region_code_changes() override;
  Result<std::vector<statistics::RegionCodeChange>> list_region_code_changes() override;
  Status add_region_code_change(const statistics::RegionCodeChange& change) override;
  Result<bool> remove_region_code_change(const std::string& old_code) override;
  Result<std::vector<statistics::EuropeanRegion>> european_regions() override;

 private:
  Result<std::optional<statistics::Dataset>> one(SqlQuery query);
  Database& db_;
};

}  // namespace cps::storage
