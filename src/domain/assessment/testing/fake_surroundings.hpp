// In-memory versions of the ports assessments use to ask the rest of the platform (people and
// organisations, published practices, regional analytics), filled by each test. Test-only code.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/assessment/surroundings.hpp"

namespace cps::assessment {

class FakeDirectory final : public Directory {
 public:
  std::map<std::int64_t, Person> people;  // by user id
  std::map<std::int64_t, std::pair<CountryCode, std::optional<RegionCode>>> organisations;  // by id
  std::vector<RegionCode> regions_of_partners;

  Result<std::optional<Person>> person(accounts::UserId id) override {
    auto it = people.find(id.value());
    if (it == people.end()) return std::optional<Person>();
    return std::optional<Person>(it->second);
  }
  Result<std::optional<std::pair<CountryCode, std::optional<RegionCode>>>> organisation_place(
      accounts::OrganisationId id) override {
    auto it = organisations.find(id.value());
    if (it == organisations.end())
      return std::optional<std::pair<CountryCode, std::optional<RegionCode>>>();
    return std::optional<std::pair<CountryCode, std::optional<RegionCode>>>(it->second);
  }
  Result<std::vector<RegionCode>> partner_regions() override { return regions_of_partners; }
  Result<std::vector<Person>> members() override {
    std::vector<Person> out;
    for (const auto& [id, p] : people) out.push_back(p);
    return out;
  }
};

class FakePracticeCatalogue final : public PracticeCatalogue {
 public:
  std::map<std::string, std::vector<PracticeRef>> by_area;  // published items, best first
  std::map<std::int64_t, PracticeRef> published;            // every published item by id
  CoverageByAreaCountry counts;

  Result<std::vector<PracticeRef>> published_on(const AreaCode& area, const std::string&,
                                                std::size_t limit) override {
    auto items = by_area[area.str()];
    if (items.size() > limit) items.resize(limit);
    return items;
  }
  Result<std::optional<PracticeRef>> published_item(std::int64_t id) override {
    auto it = published.find(id);
    if (it == published.end()) return std::optional<PracticeRef>();
    return std::optional<PracticeRef>(it->second);
  }
  Result<CoverageByAreaCountry> coverage() override { return counts; }
};

class FakeRegionalData final : public RegionalData {
 public:
  std::map<std::string, std::vector<std::pair<RegionCode, double>>> peers;  // nearest first
  std::set<std::string> indicators = {"gdp", "jobs", "employment-rate", "eci", "lq:C10"};
  std::map<std::string, CoverageCount> datasets;
  std::vector<std::pair<std::string, std::size_t>> asked_peers;  // (region, k) of every question

  Result<std::vector<std::pair<RegionCode, double>>> structural_peers(const RegionCode& region,
                                                                      std::size_t k) override {
    asked_peers.emplace_back(region.str(), k);
    auto out = peers[region.str()];
    if (out.size() > k) out.resize(k);
    return out;
  }
  Result<bool> knows_indicator(const std::string& indicator) override {
    return indicators.contains(indicator);
  }
  Result<std::map<std::string, CoverageCount>> dataset_coverage() override { return datasets; }
};

}  // namespace cps::assessment
