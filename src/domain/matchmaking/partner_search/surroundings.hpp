// What partner search needs from the rest of the platform, as small ports: the NACE division
// table, whether countries and regions exist, organisations and people, the regional
// employment figures (how specialised a region is in a sector), the analysis of words into
// terms and thesaurus concepts (so that words match across languages), and the mails' words
// in each recipient's language. Published profiles come through matchmaking's
// ProfileCatalogue. The composition root adapts the platform's services; unit tests use fakes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/matchmaking/partner_search/partner_search.hpp"

namespace cps::partner_search {

// A NACE Rev. 2 division with its section and the cluster category it mainly belongs to ("" for
// divisions that form no traded cluster).
struct Division {
  std::string division;
  char section = 'A';
  std::string category;
};

struct OrganisationRef {
  accounts::OrganisationId id;
  std::string name;  // in English
  CountryCode country;
};

// Somebody a mail goes to.
struct Person {
  accounts::UserId id;
  std::string name;
  std::string email;
  std::string language;  // the person's interface language
  std::optional<accounts::OrganisationId> organisation;
};

// A mail's subject and body as catalogue message ids with "{name}" places, and their values.
struct MailText {
  std::string subject;
  std::string body;
  std::vector<std::pair<std::string, std::string>> values;
};

class PartnerSearchSurroundings {
 public:
  virtual ~PartnerSearchSurroundings() = default;
  // The division table, by division.
  virtual Result<std::vector<Division>> divisions() = 0;
  virtual Result<bool> country_exists(const CountryCode& country) = 0;
  virtual Result<bool> region_exists(const RegionCode& region) = 0;
  virtual Result<std::optional<OrganisationRef>> organisation(accounts::OrganisationId id) = 0;
  // How specialised the region is in the NACE section (the latest year of the regional
  // employment figures); `missing` says why there is no location quotient.
  virtual Result<Specialisation> specialisation(const RegionCode& region, char section) = 0;
  // The index terms of a text of a language: its stemmed words and the thesaurus concepts it
  // names (terms of any language), so that a need and an offer match across languages.
  virtual std::vector<std::string> terms(std::string_view text, std::string_view language) = 0;
  // Active people with an e-mail address, of those asked for (others left out).
  virtual Result<std::vector<Person>> people(const std::vector<accounts::UserId>& ids) = 0;
  // The active members of an organisation.
  virtual Result<std::vector<Person>> members_of(accounts::OrganisationId id) = 0;
  // The mail in the person's language: subject and body translated, then filled.
  virtual accounts::OutgoingMail mail_for(const Person& to, const MailText& text) = 0;
  // The whole address of a page in the person's language: path "/partner-search/interests"
  // gives "https://platform.example/ro/partner-search/interests".
  virtual std::string address(const Person& to, std::string_view path) = 0;
};

}  // namespace cps::partner_search
