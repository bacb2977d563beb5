// What the working-group workspaces learn from the rest of the platform, adapted to their port:
// people and their roles from the accounts, e-mails through the outbox in each recipient's
// language, and the subjects of "discuss this" (knowledge items, assessments, pilots) through
// their own services, which decide who reads them.
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "domain/knowledge/knowledge_service.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "domain/groups/surroundings.hpp"
#include "i18n/catalogue.hpp"

namespace cps::app {

class GroupPlatform final : public groups::GroupSurroundings {
 public:
  // The subjects' services a discussion can be about.
  struct Subjects {
    knowledge::KnowledgeService& knowledge;
    assessment::AssessmentService& assessments;
    pilot::PilotService& pilots;
    reference::ReferenceService& reference;
  };
  GroupPlatform(accounts::AccountRepository& accounts, accounts::AccountService& account_service,
                const i18n::Catalogue& catalogue, Subjects subjects)
      : accounts_(accounts), account_service_(account_service), catalogue_(catalogue), subjects_(subjects) {}

  // Active accounts with an e-mail address.
  Result<std::vector<groups::Person>> people() override;
  // Translated into the recipient's language; each paragraph's "{link}" is the public address
  // of its "path" in that language.
  Status queue_mail(const groups::Person& to, const groups::MailText& text) override;
  // An item's or a pilot's first area is its discussion's workspace; an assessment's is
  // groups::kAssessmentWorkspace. Titles in the subject's original language.
  Result<std::optional<groups::SubjectInfo>> subject(const accounts::Principal& who,
                                                     const groups::Subject& subject) override;

 private:
  accounts::AccountRepository& accounts_;
  accounts::AccountService& account_service_;
  const i18n::Catalogue& catalogue_;
  Subjects subjects_;
};

}  // namespace cps::app
