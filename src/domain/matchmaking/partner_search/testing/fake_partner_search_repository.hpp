// An in-memory PartnerSearchRepository for unit tests: interests, saved searches with what
// their alerts told about, queued mails and audit lines, with transactions that commit or roll
// back as a database's do. Test-only code.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/matchmaking/partner_search/partner_search_repository.hpp"

namespace cps::partner_search {

class FakePartnerSearchRepository final : public PartnerSearchRepository {
 public:
  // Everything the store holds; a transaction works on a copy and keeps it when it succeeds.
  struct State {
    std::vector<Interest> interests;  // oldest first
    std::map<std::int64_t, SavedSearch> saved;
    std::vector<accounts::OutgoingMail> outbox;
    std::vector<accounts::AuditRecord> audit;
    std::int64_t last_id = 0;
  };

  Status transaction(const std::function<Status(PartnerSearchStore&)>& work) override;
  Status read(const std::function<Status(PartnerSearchStore&)>& work) override;

  const State& state() const { return state_; }
  State& state() { return state_; }
  std::vector<std::string> audit_actions() const;

 private:
  State state_;
};

}  // namespace cps::partner_search
