// Accounts, organisations, sessions, tokens, throttling, audit log and outbox in either
// database.
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class SqlAccountRepository final : public accounts::AccountRepository {
 public:
  explicit SqlAccountRepository(Database& db) : db_(db) {}

  Status transaction(const std::function<Status(accounts::AccountStore&)>& work) override;
  Status read(const std::function<Status(accounts::AccountStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
