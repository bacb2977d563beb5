// An in-memory DelphiRepository and DelphiSurroundings for the service's unit tests, honest to
// the ports' contracts: a failed transaction leaves nothing behind, a person is on a panel
// once, a respondent's answers in a round are replaced whole.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "domain/foresight/delphi_repository.hpp"

namespace cps::foresight::testing {

class FakeDelphiRepository final : public DelphiRepository {
 public:
  struct StoredAnswer {
    std::int64_t study;
    int round;
    std::string respondent;
    Answer answer;
  };
  struct Data {
    std::map<std::int64_t, Study> studies;
    std::map<std::int64_t, Statement> statements;
    std::map<std::int64_t, std::vector<PanelMember>> panels;
    std::map<std::int64_t, std::vector<Round>> rounds;
    std::set<std::tuple<std::int64_t, int, std::int64_t>> participation;  // study, round, user
    std::vector<StoredAnswer> answers;
    std::map<std::int64_t, std::map<std::string, RespondentProfile>> profiles;
    std::set<std::tuple<std::int64_t, int, std::int64_t>> reminded;  // study, round, user
    std::map<std::int64_t, ScenarioFrame> frames;
    std::vector<accounts::AuditRecord> audit;
    std::int64_t next_study = 1;
    std::int64_t next_statement = 1;
  };

  Status transaction(const std::function<Status(DelphiStore&)>& work) override;
  Status read(const std::function<Status(DelphiStore&)>& work) override;

  Data data;
};

class FakeDelphiSurroundings final : public DelphiSurroundings {
 public:
  Result<std::optional<Person>> person(accounts::UserId id) override;
  Status queue_mail(const Person& to, const MailText& text) override;
  // Stable per pair and distinct across pairs; letters only, so no key contains an id as text.
  std::string respondent_key(StudyId study, accounts::UserId user) override;

  std::map<std::int64_t, Person> people;
  struct Sent {
    std::string to;
    MailText text;
  };
  std::vector<Sent> mails;
};

}  // namespace cps::foresight::testing
