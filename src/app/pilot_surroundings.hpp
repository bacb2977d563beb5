// What pilots learn from the rest of the platform, adapted to their port: organisations and
// people from the accounts, the knowledge items they transfer from the knowledge base, the
// reporting periods' dates from the monitoring, regions from the reference data and learning
// needs' criteria from the latest assessment framework.
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/assessment/assessment_repository.hpp"
#include "domain/knowledge/knowledge_repository.hpp"
#include "domain/monitoring/monitoring_repository.hpp"
#include "domain/pilot/surroundings.hpp"
#include "domain/reference/reference_service.hpp"

namespace cps::app {

class PilotSurroundings final : public pilot::PilotSurroundings {
 public:
  PilotSurroundings(accounts::AccountRepository& accounts, knowledge::KnowledgeRepository& items,
                    monitoring::MonitoringRepository& monitoring, reference::ReferenceService& reference,
                    assessment::AssessmentRepository& assessments)
      : accounts_(accounts), items_(items), monitoring_(monitoring), reference_(reference), assessments_(assessments) {}

  // Named in English (an organisation always has its English name).
  Result<std::optional<pilot::OrganisationRef>> organisation(accounts::OrganisationId id) override;
  // "" for an account that no longer exists.
  Result<std::string> display_name(accounts::UserId id) override;
  // Read from the knowledge base's storage rather than through its service, which hides
  // drafts from most people: the pilot rules decide what a transfer may point at.
  Result<std::optional<pilot::PracticeRef>> practice(std::int64_t id, const std::string& language) override;
  Result<std::vector<pilot::PeriodDates>> periods() override;
  // The code exactly as stored (NUTS codes are upper case).
  Result<bool> region_exists(const RegionCode& region) override;
  // False while no framework is stored.
  Result<bool> criterion_exists(const std::string& criterion) override;

 private:
  accounts::AccountRepository& accounts_;
  knowledge::KnowledgeRepository& items_;
  monitoring::MonitoringRepository& monitoring_;
  reference::ReferenceService& reference_;
  assessment::AssessmentRepository& assessments_;
};

}  // namespace cps::app
