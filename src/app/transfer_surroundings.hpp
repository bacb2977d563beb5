// What transfers learn from the rest of the platform, adapted to their port: practices from
// the knowledge base's storage, regions from the reference data, organisations from the
// accounts, and the pilots that transfer a practice (with their results) from the pilots.
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/knowledge/knowledge_repository.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "domain/transfer/surroundings.hpp"

namespace cps::app {

class TransferSurroundings final : public transfer::TransferSurroundings {
 public:
  TransferSurroundings(accounts::AccountRepository& accounts, knowledge::KnowledgeRepository& items,
                       reference::ReferenceService& reference, pilot::PilotService& pilots)
      : accounts_(accounts), items_(items), reference_(reference), pilots_(pilots) {}

  // Read from storage rather than through the knowledge service, which hides drafts from most
  // people: the transfer rules decide what a transfer may point at.
  Result<std::optional<transfer::PracticeRef>> practice(std::int64_t id, const std::string& language) override;
  // The reference data hold the regions of the programme area's countries.
  Result<std::optional<transfer::RegionRef>> region(const RegionCode& code) override;
  Result<std::optional<transfer::OrganisationRef>> organisation(accounts::OrganisationId id) override;
  Result<std::vector<transfer::PilotEvidence>> pilots_of(const accounts::Principal& who, std::int64_t item,
                                                         const std::string& language) override;

 private:
  accounts::AccountRepository& accounts_;
  knowledge::KnowledgeRepository& items_;
  reference::ReferenceService& reference_;
  pilot::PilotService& pilots_;
};

}  // namespace cps::app
