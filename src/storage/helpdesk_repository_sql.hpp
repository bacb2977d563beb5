// The policy helpdesk's questions in either database, with the reminders already sent; every
// change written in the transaction of the service's step, together with its audit line.
#pragma once

#include "domain/helpdesk/helpdesk_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class HelpdeskRepositorySql final : public helpdesk::HelpdeskRepository {
 public:
  explicit HelpdeskRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since questions show on pages.
  Status transaction(const std::function<Status(helpdesk::HelpdeskStore&)>& work) override;
  Status read(const std::function<Status(helpdesk::HelpdeskStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
