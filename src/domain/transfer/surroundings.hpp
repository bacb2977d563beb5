// What transfers need to know from the rest of the platform, as small ports: the practice (a
// knowledge item, whatever its state), regions and whether they are in the programme area,
// organisations, and the pilots that transfer a practice with their results. The composition
// root adapts the knowledge base, the reference data, the accounts and the pilots to it; unit
// tests use a fake (testing/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/transfer/transfer.hpp"

namespace cps::transfer {

struct PracticeRef {
  std::int64_t id = 0;
  std::string title;  // in the language asked for when it exists
  std::vector<RegionCode> regions;
  std::vector<CountryCode> countries;
  std::vector<std::string> areas;  // thematic areas WG1–WG6
  bool published = false;
};

struct RegionRef {
  RegionCode code;
  int level = 0;  // NUTS level
  CountryCode country;
  std::string name;
  bool programme_area = false;  // a partner region, not reference data for comparison
};

struct OrganisationRef {
  accounts::OrganisationId id;
  std::string name;
};

class TransferSurroundings {
 public:
  virtual ~TransferSurroundings() = default;
  virtual Result<std::optional<PracticeRef>> practice(std::int64_t id, const std::string& language) = 0;
  virtual Result<std::optional<RegionRef>> region(const RegionCode& code) = 0;
  virtual Result<std::optional<OrganisationRef>> organisation(accounts::OrganisationId id) = 0;
  // The pilots that transfer the item as the viewer may see them, with their results.
  virtual Result<std::vector<PilotEvidence>> pilots_of(const accounts::Principal& who, std::int64_t item,
                                                       const std::string& language) = 0;
};

}  // namespace cps::transfer
