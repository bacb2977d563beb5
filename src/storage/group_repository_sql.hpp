// The workspaces' discussions, decisions logs and notifications in either database; every
// change written in the transaction of the service's step, together with its audit line.
#pragma once

#include "domain/groups/group_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class GroupRepositorySql final : public groups::GroupRepository {
 public:
  explicit GroupRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since discussions show on pages.
  Status transaction(const std::function<Status(groups::GroupStore&)>& work) override;
  Status read(const std::function<Status(groups::GroupStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
