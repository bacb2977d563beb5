// Complexity results in either database, as JSON beside their dataset version and scope.
#pragma once

#include "domain/statistics/complexity_store.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class SqlComplexityStore final : public statistics::ComplexityStore {
 public:
  explicit SqlComplexityStore(Database& db) : db_(db) {}

  Result<std::optional<statistics::RegionalComplexity>> find(std::int64_t version, int year,
                                                             int level,
                                                             statistics::Scope scope) override;
  Status keep(const statistics::RegionalComplexity& result) override;
  Status forget(std::int64_t version, statistics::Scope scope) override;

 private:
  Database& db_;
};

// The JSON a result is kept as, and back; exact for every double. Fails (internal) on a
// payload of another shape.
std::string complexity_to_json(const statistics::RegionalComplexity& result);
Result<statistics::RegionalComplexity> complexity_from_json(std::string_view json);

}  // namespace cps::storage
