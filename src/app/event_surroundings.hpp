// What events learn from the rest of the platform, adapted from the accounts, the knowledge
// service and the outbox (see domain/events/surroundings.hpp).
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/events/surroundings.hpp"
#include "domain/knowledge/knowledge_repository.hpp"
#include "domain/knowledge/knowledge_service.hpp"
#include "i18n/catalogue.hpp"

namespace cps::app {

class EventPlatform final : public events::EventSurroundings {
 public:
  EventPlatform(accounts::AccountRepository& accounts, accounts::AccountService& account_service,
                knowledge::KnowledgeRepository& items, knowledge::KnowledgeService& knowledge,
                const i18n::Catalogue& catalogue)
      : accounts_(accounts), account_service_(account_service), items_(items), knowledge_(knowledge),
        catalogue_(catalogue) {}

  // Active accounts only, with their organisation's English name, country and type.
  Result<std::optional<events::Person>> person(accounts::UserId id) override;
  Result<std::optional<std::string>> organisation_name(accounts::OrganisationId id) override;
  // Created and submitted for review through the knowledge service, as `who`, in English; the
  // address is made from the title, with "-2", "-3" … when another item has it.
  Result<std::int64_t> draft_lesson(const accounts::Principal& who, const events::LessonDraft& draft) override;
  // Translated into the recipient's language; "{link}" is the public address of "path".
  Status queue_mail(const events::Person& to, const MailText& text) override;

 private:
  accounts::AccountRepository& accounts_;
  accounts::AccountService& account_service_;
  knowledge::KnowledgeRepository& items_;
  knowledge::KnowledgeService& knowledge_;
  const i18n::Catalogue& catalogue_;
};

}  // namespace cps::app
