// An in-memory TransferRepository and TransferSurroundings for unit tests: the port's contract
// kept in maps (revisions checked on update, one transfer per practice and destination), with
// transactions that commit or roll back as a database's do. Test-only code.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/transfer/surroundings.hpp"
#include "domain/transfer/transfer_repository.hpp"

namespace cps::transfer {

class FakeTransferRepository final : public TransferRepository {
 public:
  struct State {
    std::map<std::int64_t, Transfer> transfers;
    std::map<std::int64_t, std::string> organisation_names;  // for adopter_name, as a join gives it
    std::map<std::string, CountryCode> region_countries;     // for the country filter
    std::map<std::int64_t, std::vector<std::string>> item_areas;  // for the area filter
    std::vector<accounts::AuditRecord> audit;
    std::int64_t last_id = 0;
    std::optional<Error> audit_failure;  // writing an audit line fails with it
  };

  Status transaction(const std::function<Status(TransferStore&)>& work) override;
  Status read(const std::function<Status(TransferStore&)>& work) override;

  State& state() { return state_; }
  std::vector<std::string> audit_actions() const;

 private:
  State state_;
};

class FakeTransferSurroundings final : public TransferSurroundings {
 public:
  std::map<std::int64_t, PracticeRef> practices;
  std::map<std::pair<std::int64_t, std::string>, std::string> titles;  // (item, language) → title
  std::map<std::string, RegionRef> regions;
  std::map<std::int64_t, std::string> organisations;
  std::map<std::int64_t, std::vector<PilotEvidence>> pilots;  // by item

  Result<std::optional<PracticeRef>> practice(std::int64_t id, const std::string& language) override;
  Result<std::optional<RegionRef>> region(const RegionCode& code) override;
  Result<std::optional<OrganisationRef>> organisation(accounts::OrganisationId id) override;
  Result<std::vector<PilotEvidence>> pilots_of(const accounts::Principal& who, std::int64_t item,
                                               const std::string& language) override;
};

}  // namespace cps::transfer
