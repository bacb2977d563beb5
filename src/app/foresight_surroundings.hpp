// What Delphi studies learn from the rest of the platform, adapted to their port: people with
// their organisation's country and type from the accounts, the outbox for invitations and
// reminders, and respondent keys as keyed digests under a secret kept in a file of the data
// folder — not in the database, so that neither a copy of the database nor anyone reading it
// (the organiser included) can tie an answer to a person.
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/foresight/delphi_repository.hpp"
#include "i18n/catalogue.hpp"

namespace cps::app {

class ForesightSurroundings final : public foresight::DelphiSurroundings {
 public:
  ForesightSurroundings(accounts::AccountRepository& accounts, const i18n::Catalogue& catalogue, std::string secret)
      : accounts_(accounts), catalogue_(catalogue), secret_(std::move(secret)) {}

  // Active and invited accounts; nullopt for deleted or disabled ones.
  Result<std::optional<foresight::Person>> person(accounts::UserId id) override;
  // Translated into the recipient's interface language.
  Status queue_mail(const foresight::Person& to, const foresight::MailText& text) override;
  std::string respondent_key(foresight::StudyId study, accounts::UserId user) override;

 private:
  accounts::AccountRepository& accounts_;
  const i18n::Catalogue& catalogue_;
  std::string secret_;
};

}  // namespace cps::app
