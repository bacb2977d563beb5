// An in-memory MentoringRepository and MentoringSurroundings for the service's unit tests,
// honest to the ports' contracts: a failed transaction leaves nothing behind, feedback is once
// per side, updates check the revision.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/mentoring/mentoring_repository.hpp"
#include "domain/mentoring/surroundings.hpp"

namespace cps::mentoring::testing {

class FakeMentoringRepository final : public MentoringRepository {
 public:
  struct Data {
    std::map<std::int64_t, MentorOffer> offers;
    std::map<std::int64_t, MentoringRequest> requests;
    std::vector<accounts::AuditRecord> audit;
    std::int64_t next_request = 1;
    std::int64_t next_meeting = 1;
  };

  Status transaction(const std::function<Status(MentoringStore&)>& work) override;
  Status read(const std::function<Status(MentoringStore&)>& work) override;

  Data data;
};

class FakeSurroundings final : public MentoringSurroundings {
 public:
  Result<std::optional<Person>> person(accounts::UserId id) override;
  Result<std::optional<OrganisationRef>> organisation(accounts::OrganisationId id) override;
  Result<RegionNeeds> learning_needs(const accounts::Principal& who, const RegionCode& region,
                                     const std::string& language) override;
  Result<std::optional<std::string>> region_name(const RegionCode& region) override;
  Result<std::optional<std::string>> topic_title(const std::string& key, const std::string& language) override;
  Result<std::vector<Topic>> topics(const std::string& language) override;
  Status queue_mail(const Person& to, const MailText& text) override;

  std::map<std::int64_t, Person> people;
  std::map<std::int64_t, OrganisationRef> organisations;
  std::map<std::string, RegionNeeds> needs;       // by region code
  std::map<std::string, std::string> regions;      // code → name
  std::map<std::string, std::string> topic_names;  // key → title
  struct Sent {
    std::string to;
    MailText text;
  };
  std::vector<Sent> mails;
};

}  // namespace cps::mentoring::testing
