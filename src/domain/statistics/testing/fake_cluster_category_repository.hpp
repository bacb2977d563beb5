// An in-memory ClusterCategoryRepository for unit tests: the table of divisions in a map.
// Test-only code.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/statistics/cluster_categories.hpp"

namespace cps::statistics {

class FakeClusterCategoryRepository final : public ClusterCategoryRepository {
 public:
  Result<std::vector<ClusterCategory>> all() override {
    std::vector<ClusterCategory> out;
    for (const auto& [division, row] : rows_) out.push_back(row);  // by division, as the map keeps them
    return out;
  }
  Status replace_all(const std::vector<ClusterCategory>& rows) override {
    rows_.clear();
    for (const auto& row : rows) rows_[row.division] = row;
    return {};
  }
  Status put(const ClusterCategory& row) override {
    rows_[row.division] = row;
    return {};
  }
  Result<bool> remove(const std::string& division) override { return rows_.erase(division) > 0; }

 private:
  std::map<std::string, ClusterCategory> rows_;
};

}  // namespace cps::statistics
