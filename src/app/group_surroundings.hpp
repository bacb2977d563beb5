// What the working-group workspaces learn from the rest of the platform, adapted to their port:
// people and their roles from the accounts, e-mails through the outbox in each recipient's
// language.
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/groups/surroundings.hpp"
#include "i18n/catalogue.hpp"

namespace cps::app {

class GroupPlatform final : public groups::GroupSurroundings {
 public:
  GroupPlatform(accounts::AccountRepository& accounts, accounts::AccountService& account_service,
                const i18n::Catalogue& catalogue)
      : accounts_(accounts), account_service_(account_service), catalogue_(catalogue) {}

  // Active accounts with an e-mail address.
  Result<std::vector<groups::Person>> people() override;
  // Translated into the recipient's language; each paragraph's "{link}" is the public address
  // of its "path" in that language.
  Status queue_mail(const groups::Person& to, const groups::MailText& text) override;

 private:
  accounts::AccountRepository& accounts_;
  accounts::AccountService& account_service_;
  const i18n::Catalogue& catalogue_;
};

}  // namespace cps::app
