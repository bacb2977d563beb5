// What feedback, curation and the policy helpdesk learn from the rest of the platform, adapted
// to their ports — regions from the reference data, items from the knowledge base, people from
// the accounts, mails through the outbox — and the feedback service adapted to the port through
// which the learning engine reads coordinators' curations and the feedback tallies.
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/feedback/feedback_repository.hpp"
#include "domain/feedback/feedback_service.hpp"
#include "domain/helpdesk/surroundings.hpp"
#include "domain/knowledge/knowledge_repository.hpp"
#include "domain/knowledge/knowledge_service.hpp"
#include "domain/learning/curations.hpp"
#include "domain/reference/reference_service.hpp"
#include "i18n/catalogue.hpp"

namespace cps::app {

class FeedbackPlatform final : public feedback::FeedbackSurroundings {
 public:
  FeedbackPlatform(reference::ReferenceService& reference, knowledge::KnowledgeRepository& items)
      : reference_(reference), items_(items) {}
  // The code exactly as stored (NUTS codes are upper case).
  Result<bool> region_exists(const RegionCode& region) override;
  Result<bool> practice_published(std::int64_t item) override;

 private:
  reference::ReferenceService& reference_;
  knowledge::KnowledgeRepository& items_;
};

// The learning engine's view of the feedback: every curation of the region and the tallies of
// its recommendations.
class CurationsFromFeedback final : public learning::CurationSource {
 public:
  explicit CurationsFromFeedback(feedback::FeedbackService& feedback) : feedback_(feedback) {}
  Result<std::vector<learning::Curation>> curations(const RegionCode& region) override;
  Result<std::vector<learning::FeedbackTally>> tallies(const RegionCode& region) override;

 private:
  feedback::FeedbackService& feedback_;
};

class HelpdeskPlatform final : public helpdesk::HelpdeskSurroundings {
 public:
  HelpdeskPlatform(accounts::AccountRepository& accounts, accounts::AccountService& account_service,
                   reference::ReferenceService& reference, knowledge::KnowledgeRepository& items,
                   knowledge::KnowledgeService& knowledge, const i18n::Catalogue& catalogue)
      : accounts_(accounts),
        account_service_(account_service),
        reference_(reference),
        items_(items),
        knowledge_(knowledge),
        catalogue_(catalogue) {}

  Result<bool> region_exists(const RegionCode& region) override;
  // Active accounts with an e-mail address.
  Result<std::vector<helpdesk::Person>> people() override;
  Result<std::optional<helpdesk::Person>> person(accounts::UserId id) override;
  // Through the knowledge service, as `who`: its rules on who writes which items apply. The
  // address is made from the title, with "-2", "-3" … when another item has it.
  Result<std::int64_t> write_answer(const accounts::Principal& who, const helpdesk::DraftAnswer& answer) override;
  // Read from storage: the asker sees the title of the draft that answers them.
  Result<std::optional<std::string>> practice_title(std::int64_t item, const std::string& language) override;
  // Translated into the recipient's language; "{link}" is the public address of "path".
  Status queue_mail(const helpdesk::Person& to, const MailText& text) override;

 private:
  accounts::AccountRepository& accounts_;
  accounts::AccountService& account_service_;
  reference::ReferenceService& reference_;
  knowledge::KnowledgeRepository& items_;
  knowledge::KnowledgeService& knowledge_;
  const i18n::Catalogue& catalogue_;
};

}  // namespace cps::app
