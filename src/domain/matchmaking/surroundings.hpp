// What cluster profiles need to know from the rest of the platform, as small ports: the
// organisation a profile presents (name, country, region), the division table's cluster
// categories, people (editors, followers, reviewers) and the outbox. The composition root
// adapts the accounts, the statistics' division table and the outbox to them; unit tests use
// fakes (testing/).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/matchmaking/cluster_profile.hpp"

namespace cps::matchmaking {

struct OrganisationRef {
  accounts::OrganisationId id;
  std::string slug;
  std::vector<LocalName> names;  // English first
  CountryCode country;
  std::optional<RegionCode> region;
  std::optional<accounts::UserId> contact;  // the organisation's contact person
};

struct Person {
  accounts::UserId id;
  std::string display_name;
  std::string email;
  std::string language;  // the interface language mails are written in
  std::optional<accounts::OrganisationId> organisation;
};

// A mail's subject and body as catalogue message ids with "{name}" places: the adapter
// translates them into the recipient's language and fills in the values.
struct MailText {
  std::string subject;
  std::string body;
  std::vector<std::pair<std::string, std::string>> values;
};

class ProfileSurroundings {
 public:
  virtual ~ProfileSurroundings() = default;
  virtual Result<std::optional<OrganisationRef>> organisation(accounts::OrganisationId id) = 0;
  // Every organisation, for lists of profiles.
  virtual Result<std::vector<OrganisationRef>> organisations() = 0;
  // The division table: division → cluster category (divisions without a traded cluster
  // have no entry).
  virtual Result<std::map<std::string, std::string>> cluster_categories() = 0;
  // Active accounts only; nothing for others.
  virtual Result<std::optional<Person>> person(accounts::UserId id) = 0;
  virtual Result<std::optional<Person>> person_by_email(const std::string& email) = 0;
  // Whom a profile sent for review is announced to: the people who may review profiles.
  virtual Result<std::vector<Person>> reviewers() = 0;
  // Queues an e-mail in the outbox (sent by the outbox worker).
  virtual Status queue_mail(const Person& to, const MailText& text) = 0;
};

}  // namespace cps::matchmaking
