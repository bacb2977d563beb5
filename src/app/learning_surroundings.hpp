// What the learning engine reads from the rest of the platform, adapted to its port: the
// assessments (with their visibility rules), the regional analytics, the knowledge base and
// the pilots.
#pragma once

#include <map>
#include <mutex>
#include <optional>

#include "domain/assessment/assessment_service.hpp"
#include "domain/knowledge/knowledge_service.hpp"
#include "domain/learning/curations.hpp"
#include "domain/learning/surroundings.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "i18n/catalogue.hpp"

namespace cps::app {

class LearningSurroundings final : public learning::Surroundings {
 public:
  LearningSurroundings(assessment::AssessmentService& assessments, statistics::StatisticsService& statistics,
                       knowledge::KnowledgeService& knowledge, pilot::PilotService& pilots,
                       reference::ReferenceService& reference, const i18n::Catalogue& catalogue)
      : assessments_(assessments), statistics_(statistics), knowledge_(knowledge), pilots_(pilots),
        reference_(reference), catalogue_(catalogue) {}

  // Only NUTS 2 regions; named by their Latin name (as the assessments name them).
  Result<std::optional<learning::Place>> place(const RegionCode& region, const std::string& language) override;
  // European regions' names are read once: they come with the migrations and never change.
  std::string region_name(const RegionCode& region, const std::string& language) override;
  // "No assessment" and "not yours to see" both come back as none, so nothing leaks.
  Result<std::optional<assessment::Scorecard>> scorecard(const accounts::Principal& who, const RegionCode& region,
                                                         const std::string& language) override;
  Result<std::vector<assessment::LearningNeed>> criterion_gaps(const accounts::Principal& who,
                                                               const RegionCode& region,
                                                               const std::string& language) override;
  Result<std::vector<assessment::BenchmarkRow>> area_levels(const accounts::Principal& who,
                                                            const std::string& language) override;
  // Peers within the programme area, or across Europe (regions outside the area are reference
  // data: their practices may be recommended, they are never offered as partners).
  Result<std::vector<std::pair<RegionCode, double>>> structural_peers(const RegionCode& region, std::size_t k,
                                                                     learning::Scope scope) override;
  bool covers(learning::Scope) override { return true; }  // the statistics keep both scopes
  Result<std::optional<learning::RegionEconomy>> economy(const RegionCode& region) override;
  std::string sector_name(const std::string& sector, const std::string& language) override;
  std::string country_name(const CountryCode& country, const std::string& language) override;
  Result<std::vector<learning::Found>> search(const accounts::Principal& who, const std::string& words,
                                              const std::string& language, std::size_t limit) override;
  Result<std::vector<knowledge::KnowledgeItem>> published(const accounts::Principal& who, const AreaCode& area,
                                                          std::size_t limit) override;
  Result<std::optional<knowledge::KnowledgeItem>> published_item(const accounts::Principal& who,
                                                                 std::int64_t item) override;
  Result<std::vector<knowledge::KnowledgeItem>> policies_in(const accounts::Principal& who,
                                                            const RegionCode& region) override;
  Result<std::map<std::int64_t, std::vector<learning::PilotOutcome>>> tested_in(
      const accounts::Principal& who, const std::vector<std::int64_t>& items, const std::string& language) override;

 private:
  assessment::AssessmentService& assessments_;
  statistics::StatisticsService& statistics_;
  knowledge::KnowledgeService& knowledge_;
  pilot::PilotService& pilots_;
  reference::ReferenceService& reference_;
  const i18n::Catalogue& catalogue_;
  std::mutex european_mutex_;
  std::optional<std::map<std::string, std::string>> european_names_;
};


}  // namespace cps::app
