// An in-memory PilotRepository for unit tests: the port's contract kept in maps (revisions
// checked on update, indicator codes unique in a pilot, one value per indicator and period,
// one evaluation per stage), with transactions that commit or roll back as a database's do.
// Test-only code.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/pilot/pilot_repository.hpp"

namespace cps::pilot {

class FakePilotRepository final : public PilotRepository {
 public:
  // Everything the store holds; a transaction works on a copy and keeps it when it succeeds.
  struct State {
    std::map<std::int64_t, Pilot> pilots;  // whole: logframe, indicators with values, milestones …
    std::map<std::int64_t, std::string> organisation_names;  // for lead_name, as a join would give it
    std::vector<accounts::AuditRecord> audit;  // oldest first
    std::int64_t last_id = 0;                  // one sequence for every kind of row
    // When set, writing an audit line fails with it (a database failing at the last step).
    std::optional<Error> audit_failure;
  };

  Status transaction(const std::function<Status(PilotStore&)>& work) override;
  // Reads see the committed state; a write attempted in a read is not kept.
  Status read(const std::function<Status(PilotStore&)>& work) override;

  const State& state() const { return state_; }
  State& state() { return state_; }
  // The audit actions recorded, oldest first.
  std::vector<std::string> audit_actions() const;

 private:
  State state_;
};

}  // namespace cps::pilot
