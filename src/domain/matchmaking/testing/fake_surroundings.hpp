// The rest of the platform as cluster profiles see it, in memory: organisations, the division
// table's categories, people and the mails queued, filled by each test. Test-only code.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "domain/matchmaking/surroundings.hpp"

namespace cps::matchmaking {

class FakeSurroundings final : public ProfileSurroundings {
 public:
  struct Mail {
    std::string to;
    std::string subject;
    std::string body;
  };
  std::map<std::int64_t, OrganisationRef> organisation_refs;
  std::map<std::string, std::string> categories;
  std::map<std::int64_t, Person> people;
  std::vector<std::int64_t> reviewer_ids;
  std::vector<Mail> outbox;

  Result<std::optional<OrganisationRef>> organisation(accounts::OrganisationId id) override {
    auto it = organisation_refs.find(id.value());
    if (it == organisation_refs.end()) return std::optional<OrganisationRef>();
    return std::optional<OrganisationRef>(it->second);
  }
  Result<std::vector<OrganisationRef>> organisations() override {
    std::vector<OrganisationRef> out;
    for (const auto& [id, o] : organisation_refs) out.push_back(o);
    return out;
  }
  Result<std::map<std::string, std::string>> cluster_categories() override { return categories; }
  Result<std::optional<Person>> person(accounts::UserId id) override {
    auto it = people.find(id.value());
    if (it == people.end()) return std::optional<Person>();
    return std::optional<Person>(it->second);
  }
  Result<std::optional<Person>> person_by_email(const std::string& email) override {
    for (const auto& [id, p] : people)
      if (p.email == email) return std::optional<Person>(p);
    return std::optional<Person>();
  }
  Result<std::vector<Person>> reviewers() override {
    std::vector<Person> out;
    for (auto id : reviewer_ids) out.push_back(people.at(id));
    return out;
  }
  Status queue_mail(const Person& to, const MailText& text) override {
    outbox.push_back({to.email, text::fill(text.subject, text.values), text::fill(text.body, text.values)});
    return {};
  }
};

}  // namespace cps::matchmaking
