// An in-memory AccountRepository for unit tests: the port's contract kept in maps, with
// transactions that commit or roll back as a database's do. Test-only code.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/accounts/account_repository.hpp"

namespace cps::accounts {

class FakeAccountRepository final : public AccountRepository {
 public:
  struct StoredToken {
    ApiToken token;
    std::string digest;
  };
  struct Throttle {
    int failures = 0;
    Seconds last_failure = 0;
    Seconds blocked_until = 0;
  };
  // Everything the store holds; a transaction works on a copy and keeps it when it succeeds.
  struct State {
    std::map<std::int64_t, Organisation> organisations;
    std::map<std::int64_t, UserCredentials> users;
    std::map<std::string, SessionRecord> sessions;  // by id digest
    std::map<std::string, Throttle> throttles;
    std::map<std::string, OneTimeToken> one_time;  // by digest
    std::map<std::int64_t, StoredToken> api_tokens;
    std::vector<AuditEntry> audit;  // oldest first
    std::vector<OutgoingMail> outbox;
    std::int64_t last_id = 0;  // one sequence for every kind of row
  };

  Status transaction(const std::function<Status(AccountStore&)>& work) override;
  // Reads see the committed state; a write attempted in a read is not kept.
  Status read(const std::function<Status(AccountStore&)>& work) override;

  const State& state() const { return state_; }
  // The e-mails sent to `address`, oldest first.
  std::vector<OutgoingMail> mails_to(const std::string& address) const;
  // The audit actions recorded, oldest first.
  std::vector<std::string> audit_actions() const;

 private:
  State state_;
};

}  // namespace cps::accounts
