// What the statistics services need from storage.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/statistics/statistics.hpp"

namespace cps::statistics {

class StatisticsRepository {
 public:
  virtual ~StatisticsRepository() = default;
  virtual Result<std::vector<Dataset>> datasets() = 0;
  virtual Result<std::optional<Dataset>> dataset(std::int64_t id) = 0;
  virtual Result<std::optional<Dataset>> dataset_by_code(const std::string& code) = 0;
  virtual Result<std::vector<DatasetVersion>> versions(std::int64_t dataset) = 0;
  // Stores a new version of the dataset (creating the dataset the first time) with all its
  // observations, in one transaction; returns the version.
  virtual Result<DatasetVersion> add_version(const Dataset& dataset, DatasetVersion version,
                                             const std::vector<ObservationRecord>& rows) = 0;
  virtual Result<std::vector<ObservationRecord>> observations(const ObservationQuery& query) = 0;
  // How many observations the query's filters match, whatever its limit and offset.
  virtual Result<std::size_t> count_observations(const ObservationQuery& query) = 0;
  // Codes of older NUTS versions: the NUTS 2021 code, or none where the region was split.
  virtual Result<std::map<std::string, std::optional<std::string>>> region_code_changes() = 0;
  virtual Result<std::vector<RegionCodeChange>> list_region_code_changes() = 0;
  // Fails with conflict when the old code is already there.
  virtual Status add_region_code_change(const RegionCodeChange& change) = 0;
  // False when there was no such code.
  virtual Result<bool> remove_region_code_change(const std::string& old_code) = 0;
  // The European regions outside the programme area whose figures imports keep as reference
  // data, ordered by code.
  virtual Result<std::vector<EuropeanRegion>> european_regions() = 0;
};

}  // namespace cps::statistics
