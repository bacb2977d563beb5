// What partner search learns from the rest of the platform, adapted to its ports: the division
// table of the cluster categories, countries and regions from the reference data,
// organisations and people from the accounts, the location quotients of the cluster mapping
// of regional employment, the knowledge base's analysis and thesaurus for words across
// languages, and mails in each recipient's language with links to the platform.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <utility>

#include "domain/accounts/account_repository.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/matchmaking/partner_search/surroundings.hpp"
#include "domain/reference/reference_service.hpp"
#include "domain/statistics/cluster_categories.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "i18n/catalogue.hpp"
#include "retrieval/analyzer.hpp"
#include "retrieval/thesaurus.hpp"

namespace cps::app {

class PlatformForPartnerSearch final : public partner_search::PartnerSearchSurroundings {
 public:
  struct Sources {
    accounts::AccountRepository& accounts;
    const accounts::AccountService& account_service;  // the public address links start with
    reference::ReferenceService& reference;
    statistics::StatisticsService& statistics;
    statistics::ClusterCategoryService& categories;
    const retrieval::Analyzer& analyzer;
    const retrieval::Thesaurus& thesaurus;
    const i18n::Catalogue& catalogue;
  };
  explicit PlatformForPartnerSearch(Sources sources) : s_(sources) {}

  Result<std::vector<partner_search::Division>> divisions() override;
  Result<bool> country_exists(const CountryCode& country) override;
  Result<bool> region_exists(const RegionCode& region) override;
  Result<std::optional<partner_search::OrganisationRef>> organisation(accounts::OrganisationId id) override;
  // From the cluster mapping of the dataset "employment-nace" (its latest year): the location
  // quotient of the data's sector that holds the section ("B-E" holds C). A region without a
  // figure is one of a country without figures (AL, RS, ME, BA, MD and UA have none) when no
  // region of its country has one, else a region whose figure for that sector is missing.
  Result<partner_search::Specialisation> specialisation(const RegionCode& region, char section) override;
  std::vector<std::string> terms(std::string_view text, std::string_view language) override;
  Result<std::vector<partner_search::Person>> people(const std::vector<accounts::UserId>& ids) override;
  Result<std::vector<partner_search::Person>> members_of(accounts::OrganisationId id) override;
  accounts::OutgoingMail mail_for(const partner_search::Person& to, const partner_search::MailText& text) override;
  std::string address(const partner_search::Person& to, std::string_view path) override;

 private:
  // The location quotients of every NUTS 2 region in one sector of the employment data (as the
  // cluster mapping computes them), kept per version of the data: a search asks for the
  // regions of all its matches, and each map compares all regions at once.
  struct Quotients {
    std::int64_t version = 0;
    std::vector<std::string> sectors;                     // the data's sectors
    std::map<std::string, statistics::IndicatorMap> by_sector;
  };
  // The map of the data's sector that holds `section`, its code put in `data_sector`; nothing
  // when there is no employment data (data_sector left empty) or no sector holds the section
  // (data_sector set to the section).
  Result<std::optional<statistics::IndicatorMap>> quotients(char section, std::string& data_sector);

  Sources s_;
  std::mutex mutex_;
  Quotients quotients_;
};

}  // namespace cps::app
