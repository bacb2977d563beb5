// What Delphi studies need from storage: small operations on one open transaction, composed by
// the service so that a change and its audit line are written together or not at all.
//
// Participation (who answered a round) is keyed by person; answers by the respondent key
// alone. No operation returns both for one row, and no row of answers holds a time.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/foresight/delphi.hpp"
#include "domain/foresight/delphi_scenarios.hpp"

namespace cps::foresight {

// An answer with the opaque key of whoever gave it (the service never lets the key out).
struct KeyedAnswer {
  std::string respondent;
  Answer answer;
};

class DelphiStore {
 public:
  virtual ~DelphiStore() = default;

  virtual Result<StudyId> insert_study(const Study& study) = 0;
  // Writes title, description, rules and updated_at as revision expected_revision + 1 when the
  // stored one is still at expected_revision; false (nothing written) otherwise.
  virtual Result<bool> update_study(const Study& study, int expected_revision) = 0;
  // Without the fields filled when read (the service fills them).
  virtual Result<std::optional<Study>> study(StudyId id) = 0;
  // Newest first.
  virtual Result<std::vector<Study>> studies() = 0;

  virtual Result<StatementId> insert_statement(const Statement& statement) = 0;
  // Writes kind and text.
  virtual Status update_statement(const Statement& statement) = 0;
  // By position.
  virtual Result<std::vector<Statement>> statements(StudyId study) = 0;
  virtual Result<bool> has_answers(StatementId statement) = 0;

  // Fails (conflict, field "user") when the person is on the panel already.
  virtual Status insert_panel_member(StudyId study, const PanelMember& member) = 0;
  // user, area and invited_at; by invitation.
  virtual Result<std::vector<PanelMember>> panel(StudyId study) = 0;

  // With the statements asked in it.
  virtual Status insert_round(const Round& round) = 0;
  virtual Status close_round(StudyId study, int number, Seconds at) = 0;
  // By number, each with its statements.
  virtual Result<std::vector<Round>> rounds(StudyId study) = 0;

  // Participation: that a person answered a round (no time, nothing of what they answered).
  virtual Status insert_participation(StudyId study, int round, accounts::UserId user) = 0;
  virtual Result<std::vector<accounts::UserId>> participants(StudyId study, int round) = 0;

  // Replaces the answers of `respondent` in the round by `answers`, and keeps the profile of
  // the respondent in the study (the latest one).
  virtual Status save_answers(StudyId study, int round, const std::string& respondent,
                              const RespondentProfile& profile, const std::vector<Answer>& answers) = 0;
  // Every answer of the round, in no meaningful order (by statement and key).
  virtual Result<std::vector<KeyedAnswer>> answers(StudyId study, int round) = 0;
  virtual Result<std::map<std::string, RespondentProfile>> profiles(StudyId study) = 0;

  // Automatic reminders: that a person was reminded of a round (once per round), nothing else.
  virtual Status insert_reminded(StudyId study, int round, accounts::UserId user) = 0;
  virtual Result<std::vector<accounts::UserId>> reminded(StudyId study, int round) = 0;

  // The study's scenario frame, nullopt before the first is saved.
  virtual Result<std::optional<ScenarioFrame>> scenario_frame(StudyId study) = 0;
  // Replaces the whole frame as revision expected_revision + 1 when the stored one is still at
  // expected_revision (0: none stored yet); false (nothing written) otherwise.
  virtual Result<bool> save_scenario_frame(const ScenarioFrame& frame, int expected_revision) = 0;

  // The audit log is the accounts' one.
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class DelphiRepository {
 public:
  virtual ~DelphiRepository() = default;
  // Runs work in one transaction: committed when it succeeds, rolled back when it fails.
  virtual Status transaction(const std::function<Status(DelphiStore&)>& work) = 0;
  // Runs reads without taking the write lock.
  virtual Status read(const std::function<Status(DelphiStore&)>& work) = 0;
};

// What the service needs of the rest of the platform.
struct Person {
  accounts::UserId id;
  std::string name;
  std::string email;
  std::string ui_language = "en";
  std::optional<CountryCode> country;  // the organisation's
  std::string organisation_type;      // the organisation's role, "" when none
};

// A mail's subject and body as catalogue message ids with "{name}" places, translated into the
// recipient's language and filled by the adapter.
struct MailText {
  std::string subject;
  std::string body;
  std::vector<std::pair<std::string, std::string>> values;
};

class DelphiSurroundings {
 public:
  virtual ~DelphiSurroundings() = default;
  // nullopt for nobody, or an account that is deleted or disabled.
  virtual Result<std::optional<Person>> person(accounts::UserId id) = 0;
  virtual Status queue_mail(const Person& to, const MailText& text) = 0;
  // The respondent key of a person in a study: the same for the same pair, different across
  // studies, and not computable without a secret the database does not hold (a keyed digest).
  virtual std::string respondent_key(StudyId study, accounts::UserId user) = 0;
};

}  // namespace cps::foresight
