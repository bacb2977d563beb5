// The NACE division → cluster category table in either database.
#pragma once

#include "domain/statistics/cluster_categories.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class SqlClusterCategoryRepository final : public statistics::ClusterCategoryRepository {
 public:
  explicit SqlClusterCategoryRepository(Database& db) : db_(db) {}

  Result<std::vector<statistics::ClusterCategory>> all() override;
  Status replace_all(const std::vector<statistics::ClusterCategory>& rows) override;
  Status put(const statistics::ClusterCategory& row) override;
  Result<bool> remove(const std::string& division) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
