// Cluster profiles in either database: a profile with its texts, sectors, technologies,
// languages and editors, its offers and needs with their texts, sectors and countries, and
// its followers; every change written in the transaction of the service's step, together
// with its audit line.
#pragma once

#include "domain/matchmaking/profile_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class ClusterProfileRepositorySql final : public matchmaking::ProfileRepository {
 public:
  explicit ClusterProfileRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since profiles show on pages.
  Status transaction(const std::function<Status(matchmaking::ProfileStore&)>& work) override;
  Status read(const std::function<Status(matchmaking::ProfileStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
