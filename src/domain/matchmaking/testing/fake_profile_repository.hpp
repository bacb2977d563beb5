// An in-memory ProfileRepository for unit tests: the port's contract kept in maps (one
// profile per organisation, revisions checked on update, one follow per person and profile),
// with transactions that commit or roll back as a database's do. Test-only code.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "domain/matchmaking/profile_repository.hpp"

namespace cps::matchmaking {

class FakeProfileRepository final : public ProfileRepository {
 public:
  // Everything the store holds; a transaction works on a copy and keeps it when it succeeds.
  struct State {
    std::map<std::int64_t, ClusterProfile> profiles;  // whole, with offers and needs
    std::set<std::pair<std::int64_t, std::int64_t>> follows;  // (profile, user)
    std::vector<accounts::AuditRecord> audit;  // oldest first
    std::int64_t last_id = 0;                  // one sequence for every kind of row
    std::optional<Error> audit_failure;        // when set, writing an audit line fails with it
  };

  Status transaction(const std::function<Status(ProfileStore&)>& work) override;
  Status read(const std::function<Status(ProfileStore&)>& work) override;

  const State& state() const { return state_; }
  State& state() { return state_; }
  std::vector<std::string> audit_actions() const;

 private:
  State state_;
};

}  // namespace cps::matchmaking
