// What mentoring learns from the rest of the platform, adapted to its port: people and
// organisations from the accounts, a region's learning needs from the assessments, regions'
// and areas' names from the reference data, criteria's titles from the latest assessment
// framework, and the outbox for its mails.
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/assessment/assessment_repository.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "domain/mentoring/surroundings.hpp"
#include "domain/reference/reference_service.hpp"
#include "i18n/catalogue.hpp"

namespace cps::app {

class MentoringSurroundings final : public mentoring::MentoringSurroundings {
 public:
  MentoringSurroundings(accounts::AccountRepository& accounts, assessment::AssessmentService& assessments,
                        assessment::AssessmentRepository& frameworks, reference::ReferenceService& reference,
                        const i18n::Catalogue& catalogue, std::string public_url)
      : accounts_(accounts), assessments_(assessments), frameworks_(frameworks), reference_(reference),
        catalogue_(catalogue), public_url_(std::move(public_url)) {}

  // Active and invited accounts; nullopt for deleted or disabled ones.
  Result<std::optional<mentoring::Person>> person(accounts::UserId id) override;
  // Named in English (an organisation always has its English name).
  Result<std::optional<mentoring::OrganisationRef>> organisation(accounts::OrganisationId id) override;
  // Not assessed when the region has no assessment the viewer may see.
  Result<mentoring::RegionNeeds> learning_needs(const accounts::Principal& who, const RegionCode& region,
                                                const std::string& language) override;
  // "Nord-Est" for RO21.
  Result<std::optional<std::string>> region_name(const RegionCode& region) override;
  Result<std::optional<std::string>> topic_title(const std::string& key, const std::string& language) override;
  Result<std::vector<mentoring::Topic>> topics(const std::string& language) override;
  // Translated into the recipient's interface language, links made absolute with the site's
  // address and the recipient's language.
  Status queue_mail(const mentoring::Person& to, const mentoring::MailText& text) override;

 private:
  accounts::AccountRepository& accounts_;
  assessment::AssessmentService& assessments_;
  assessment::AssessmentRepository& frameworks_;
  reference::ReferenceService& reference_;
  const i18n::Catalogue& catalogue_;
  std::string public_url_;
};

}  // namespace cps::app
