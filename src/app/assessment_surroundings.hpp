// What assessments learn from the rest of the platform, adapted to their ports: people and
// organisations from the accounts, published practices from the knowledge base, structural
// peers and data coverage from the regional analytics.
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/assessment/surroundings.hpp"
#include "domain/knowledge/knowledge_repository.hpp"
#include "domain/reference/reference_service.hpp"
#include "domain/statistics/statistics_repository.hpp"
#include "domain/statistics/statistics_service.hpp"

namespace cps::app {

// People with their organisation's country and experience, read from the accounts.
class AccountDirectory final : public assessment::Directory {
 public:
  explicit AccountDirectory(accounts::AccountRepository& accounts) : accounts_(accounts) {}

  // Nobody for a deleted account.
  Result<std::optional<assessment::Person>> person(accounts::UserId id) override;
  Result<std::optional<std::pair<CountryCode, std::optional<RegionCode>>>> organisation_place(
      accounts::OrganisationId id) override;
  // The regions of the lead, project and associated partners, each once, in code order.
  Result<std::vector<RegionCode>> partner_regions() override;
  // Active accounts of an organisation, by display name.
  Result<std::vector<assessment::Person>> members() override;

 private:
  accounts::AccountRepository& accounts_;
};

// Published knowledge items, the newest first.
class KnowledgeCatalogue final : public assessment::PracticeCatalogue {
 public:
  explicit KnowledgeCatalogue(knowledge::KnowledgeRepository& items) : items_(items) {}

  // Titles in the language asked for, else in the item's original language.
  Result<std::vector<assessment::PracticeRef>> published_on(const AreaCode& area, const std::string& language,
                                                            std::size_t limit) override;
  Result<std::optional<assessment::PracticeRef>> published_item(std::int64_t id) override;
  // An item on two areas in two countries counts in each of the four cells.
  Result<assessment::CoverageByAreaCountry> coverage() override;

 private:
  knowledge::KnowledgeRepository& items_;
};

// Structural peers and the datasets' coverage from the regional analytics.
class RegionalFigures final : public assessment::RegionalData {
 public:
  RegionalFigures(statistics::StatisticsService& statistics, statistics::StatisticsRepository& figures,
                  reference::ReferenceService& reference)
      : statistics_(statistics), figures_(figures), reference_(reference) {}

  // Alike in the sector shares of employment; empty when the region or its figures are
  // missing.
  Result<std::vector<std::pair<RegionCode, double>>> structural_peers(const RegionCode& region,
                                                                      std::size_t k) override;
  Result<bool> knows_indicator(const std::string& indicator) override;
  // A dataset counts for a country when its current version's last year has a figure for
  // one of the country's regions; newest is when that version was imported.
  Result<std::map<std::string, assessment::CoverageCount>> dataset_coverage() override;

 private:
  statistics::StatisticsService& statistics_;
  statistics::StatisticsRepository& figures_;
  reference::ReferenceService& reference_;
};

}  // namespace cps::app
