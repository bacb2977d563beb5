// What pilots need to know from the rest of the platform, as small ports: organisations and
// people (who runs a pilot), the knowledge items a pilot transfers, the reporting periods'
// dates (monitoring), and whether a region and a criterion exist. The composition root adapts
// the accounts, knowledge, reference, assessment and monitoring services to them; unit tests
// use fakes (testing/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::pilot {

struct OrganisationRef {
  accounts::OrganisationId id;
  std::string name;
  std::optional<CountryCode> country;
  std::optional<RegionCode> region;
};

struct PracticeRef {
  std::int64_t id = 0;
  std::string title;  // in the language asked for when it exists
  std::optional<RegionCode> region;
  std::optional<CountryCode> country;
  bool published = false;
};

// A reporting period's dates (YYYY-MM-DD), as the monitoring keeps them.
struct PeriodDates {
  int number = 0;
  std::string starts;
  std::string ends;
};

class PilotSurroundings {
 public:
  virtual ~PilotSurroundings() = default;
  virtual Result<std::optional<OrganisationRef>> organisation(accounts::OrganisationId id) = 0;
  virtual Result<std::string> display_name(accounts::UserId id) = 0;
  // The knowledge item whatever its state (a pilot may transfer only published ones).
  virtual Result<std::optional<PracticeRef>> practice(std::int64_t id, const std::string& language) = 0;
  // The reporting periods 1–6 with their dates (empty before they are set).
  virtual Result<std::vector<PeriodDates>> periods() = 0;
  virtual Result<bool> region_exists(const RegionCode& region) = 0;
  // Whether the latest assessment framework has the criterion (for "answers a learning need").
  virtual Result<bool> criterion_exists(const std::string& criterion) = 0;
};

}  // namespace cps::pilot
