// Use cases of the partnership directory: the organisations, who belongs to them, and their
// creation and editing by those the policy allows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/account_repository.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/accounts/policy.hpp"
#include "domain/reference/reference_service.hpp"

namespace cps::accounts {

inline constexpr std::string_view kPartnerTypes[] = {
    "national_authority", "regional_authority",   "development_agency", "research_institute",
    "university",         "innovation_agency",    "cluster_organisation", "cluster_network",
    "business_support",   "other"};

// An organisation as typed on a form or sent to the API, before it is checked.
struct OrganisationInput {
  std::string slug;
  std::string type;
  std::string country;
  std::string region;  // "" for none
  std::string website;
  std::string role;
  std::string experience;
  std::vector<OrganisationText> texts;  // English required, other UI languages optional
  std::string contact = {};             // id of the contact person, one of its members; "" none
};

struct OrganisationProfile {
  Organisation organisation;
  std::vector<Person> members;
  const Person* contact() const;  // the contact person, when set and still a member
};

class OrganisationService {
 public:
  OrganisationService(AccountRepository& repository, reference::ReferenceService& reference,
                      Clock clock = system_clock_seconds);

  Result<std::vector<Organisation>> directory(const Principal& who, const OrganisationFilter& filter);
  Result<OrganisationProfile> profile(const Principal& who, OrganisationId id);
  Result<OrganisationId> create(const Principal& who, const OrganisationInput& input);
  Status update(const Principal& who, OrganisationId id, const OrganisationInput& input);
  // Whether `who` may edit this organisation, for showing the edit link.
  bool may_edit(const Principal& who, OrganisationId id) const;
  bool may_create(const Principal& who) const;

  // Parses the directory filter as given in a query string; unknown values (a country not
  // in the programme area, too) are refused naming the parameter.
  Result<OrganisationFilter> parse_filter(const std::optional<std::string>& country,
                                                 const std::optional<std::string>& type,
                                                 const std::optional<std::string>& role,
                                                 const std::optional<std::string>& experience);

 private:
  Result<Organisation> checked(const OrganisationInput& input);

  AccountRepository& repository_;
  reference::ReferenceService& reference_;
  Clock clock_;
};

}  // namespace cps::accounts
