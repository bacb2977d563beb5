// What cluster profiles learn from the rest of the platform, adapted to their port:
// organisations and people from the accounts, the cluster categories from the statistics'
// division table, reviewers by the policy, and mails through the accounts' outbox in each
// recipient's language with links to the site.
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/matchmaking/surroundings.hpp"
#include "domain/statistics/cluster_categories.hpp"
#include "i18n/catalogue.hpp"

namespace cps::app {

class ClusterProfileSurroundings final : public matchmaking::ProfileSurroundings {
 public:
  // `site` gives the address links in mails start with (known once the server listens).
  ClusterProfileSurroundings(accounts::AccountRepository& accounts, statistics::ClusterCategoryRepository& categories,
                             const accounts::AccountService& site, const i18n::Catalogue& catalogue)
      : accounts_(accounts), categories_(categories), site_(site), catalogue_(catalogue) {}

  Result<std::optional<matchmaking::OrganisationRef>> organisation(accounts::OrganisationId id) override;
  Result<std::vector<matchmaking::OrganisationRef>> organisations() override;
  Result<std::map<std::string, std::string>> cluster_categories() override;
  Result<std::optional<matchmaking::Person>> person(accounts::UserId id) override;
  Result<std::optional<matchmaking::Person>> person_by_email(const std::string& email) override;
  // Active accounts whose roles allow review_cluster_profile for the WG3 area.
  Result<std::vector<matchmaking::Person>> reviewers() override;
  // The value "link" (a path such as /cluster-profiles/12) becomes the whole address in the
  // recipient's language.
  Status queue_mail(const matchmaking::Person& to, const matchmaking::MailText& text) override;

 private:
  accounts::AccountRepository& accounts_;
  statistics::ClusterCategoryRepository& categories_;
  const accounts::AccountService& site_;
  const i18n::Catalogue& catalogue_;
};

}  // namespace cps::app
