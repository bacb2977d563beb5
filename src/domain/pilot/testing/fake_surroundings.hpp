// An in-memory version of the ports pilots use to ask the rest of the platform (organisations,
// people's names, knowledge items, reporting periods, regions and assessment criteria), filled
// by each test. Test-only code.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/pilot/surroundings.hpp"

namespace cps::pilot {

class FakePilotSurroundings final : public PilotSurroundings {
 public:
  std::map<std::int64_t, OrganisationRef> organisations;  // by id
  std::map<std::int64_t, std::string> names;              // display names by user id
  std::map<std::int64_t, PracticeRef> practices;          // every knowledge item by id (title in English)
  std::map<std::pair<std::int64_t, std::string>, std::string> titles;  // (item, language) → title
  std::vector<PeriodDates> reporting_periods;
  std::set<std::string> regions;
  std::set<std::string> criteria;
  std::size_t practice_questions = 0;  // how often an item was asked for

  Result<std::optional<OrganisationRef>> organisation(accounts::OrganisationId id) override {
    auto it = organisations.find(id.value());
    if (it == organisations.end()) return std::optional<OrganisationRef>();
    return std::optional<OrganisationRef>(it->second);
  }
  Result<std::string> display_name(accounts::UserId id) override {
    auto it = names.find(id.value());
    return it == names.end() ? std::string() : it->second;
  }
  Result<std::optional<PracticeRef>> practice(std::int64_t id, const std::string& language) override {
    ++practice_questions;
    auto it = practices.find(id);
    if (it == practices.end()) return std::optional<PracticeRef>();
    PracticeRef out = it->second;
    if (auto title = titles.find({id, language}); title != titles.end()) out.title = title->second;
    return std::optional<PracticeRef>(out);
  }
  Result<std::vector<PeriodDates>> periods() override { return reporting_periods; }
  Result<bool> region_exists(const RegionCode& region) override { return regions.contains(region.str()); }
  Result<bool> criterion_exists(const std::string& criterion) override { return criteria.contains(criterion); }
};

}  // namespace cps::pilot
