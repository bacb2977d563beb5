// Partner search in either database: expressions of interest, saved searches with what their
// alerts told about; each change written in the transaction of the service's step together
// with its audit line and the mails it queues in the outbox.
#pragma once

#include "domain/matchmaking/partner_search/partner_search_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class PartnerSearchRepositorySql final : public partner_search::PartnerSearchRepository {
 public:
  explicit PartnerSearchRepositorySql(Database& db) : db_(db) {}

  Status transaction(const std::function<Status(partner_search::PartnerSearchStore&)>& work) override;
  Status read(const std::function<Status(partner_search::PartnerSearchStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
