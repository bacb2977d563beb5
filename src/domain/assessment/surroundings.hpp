// What assessments need to know from the rest of the platform, as small ports: who a person
// is (for the reviewer rules), which published practices exist (learning needs, evidence,
// coverage), and what the regional analytics say (structural peers, data coverage). The
// composition root adapts the accounts, knowledge and statistics services to them; unit tests
// use fakes.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/assessment/results.hpp"

namespace cps::assessment {

struct Person {
  accounts::UserId id;
  std::string display_name;
  std::optional<accounts::OrganisationId> organisation;
  std::optional<CountryCode> country;  // of the organisation
  accounts::Experience experience = accounts::Experience::learning;  // of the organisation
  std::vector<accounts::RoleAssignment> roles;
};

class Directory {
 public:
  virtual ~Directory() = default;
  virtual Result<std::optional<Person>> person(accounts::UserId id) = 0;
  // The organisation's country and region (to check that it is the assessed region's).
  virtual Result<std::optional<std::pair<CountryCode, std::optional<RegionCode>>>> organisation_place(
      accounts::OrganisationId id) = 0;
  // Regions that partner organisations are in: the regions expected to assess themselves.
  virtual Result<std::vector<RegionCode>> partner_regions() = 0;
  // Active members who belong to an organisation: the people a reviewer is chosen from.
  virtual Result<std::vector<Person>> members() = 0;
};

// Published practices counted per area and country, with the newest one's date.
struct CoverageCount {
  std::size_t count = 0;
  std::optional<Seconds> newest;
};
using CoverageByAreaCountry = std::map<std::pair<std::string, std::string>, CoverageCount>;  // (area, country)

class PracticeCatalogue {
 public:
  virtual ~PracticeCatalogue() = default;
  // Published items on the area, the best first for the language, at most `limit`.
  virtual Result<std::vector<PracticeRef>> published_on(const AreaCode& area, const std::string& language,
                                                        std::size_t limit) = 0;
  // The item when it exists and is published (evidence must be readable by every member).
  virtual Result<std::optional<PracticeRef>> published_item(std::int64_t id) = 0;
  virtual Result<CoverageByAreaCountry> coverage() = 0;
};

class RegionalData {
 public:
  virtual ~RegionalData() = default;
  // The regions most alike in economic structure, nearest first, with their distance; empty
  // when the region has no figures.
  virtual Result<std::vector<std::pair<RegionCode, double>>> structural_peers(const RegionCode& region,
                                                                              std::size_t k) = 0;
  // Whether the regional analytics know the indicator (gdp, jobs, employment-rate, eci, lq:<sector>).
  virtual Result<bool> knows_indicator(const std::string& indicator) = 0;
  // Datasets with figures for the country's regions, per country code.
  virtual Result<std::map<std::string, CoverageCount>> dataset_coverage() = 0;
};

}  // namespace cps::assessment
