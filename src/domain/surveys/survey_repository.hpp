// What surveys need from storage: small operations on one open transaction, composed by the
// service so that a change and its audit line are written together or not at all. The
// questionnaire of each version is kept as the JSON of definition_json and read back through
// read_definition, the one reader of that shape.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/surveys/survey.hpp"

namespace cps::surveys {

class SurveyStore {
 public:
  virtual ~SurveyStore() = default;

  // The survey with its questionnaire as version 1.
  virtual Result<SurveyId> insert_survey(const Survey& survey) = 0;
  // Writes title, description, audience, anonymity, dates, version and updated_at as revision
  // expected_revision + 1 when the stored one is still at expected_revision; false (nothing
  // written) otherwise. The questionnaire of survey.version is written too: a new version row,
  // or the version's row replaced when it is the stored one.
  virtual Result<bool> update_survey(const Survey& survey, int expected_revision) = 0;
  // With the questionnaire of its current version.
  virtual Result<std::optional<Survey>> survey(SurveyId id) = 0;
  // Newest first, each with its current questionnaire.
  virtual Result<std::vector<Survey>> surveys() = 0;
  // The newest survey that is the event's feedback form.
  virtual Result<std::optional<SurveyId>> event_survey(std::int64_t event) = 0;
  // The questionnaire of an earlier version.
  virtual Result<std::optional<Definition>> definition(SurveyId id, int version) = 0;

  virtual Result<std::optional<Response>> response(SurveyId id, const std::string& respondent) = 0;
  // Inserts the respondent's response or replaces the stored one whole.
  virtual Status save_response(const Response& response) = 0;
  // Every response, drafts included, in the order first saved.
  virtual Result<std::vector<Response>> responses(SurveyId id) = 0;
  // How many responses (drafts included) answer the version.
  virtual Result<int> response_count(SurveyId id, int version) = 0;

  // The audit log is the accounts' one.
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class SurveyRepository {
 public:
  virtual ~SurveyRepository() = default;
  // Runs work in one transaction: committed when it succeeds, rolled back when it fails.
  virtual Status transaction(const std::function<Status(SurveyStore&)>& work) = 0;
  virtual Status read(const std::function<Status(SurveyStore&)>& work) = 0;
};

// An event as a feedback form needs it: when it ends and who had a confirmed place.
struct Attendee {
  accounts::UserId user;
  std::string name;
  std::string email;
  std::string language = "en";
};
struct EventFacts {
  std::string title;
  Seconds ends_at = 0;
  std::vector<Attendee> attendees;
};

// A mail's subject and body as catalogue message ids with "{name}" places, translated into the
// recipient's language and filled by the adapter, which also fills "{link}" with the address of
// `path` in that language.
struct MailText {
  std::string subject;
  std::string body;
  std::vector<std::pair<std::string, std::string>> values;
  std::string path;  // below the language, e.g. "/foresight/surveys/3"
};

// What the service needs of the rest of the platform.
class SurveySurroundings {
 public:
  virtual ~SurveySurroundings() = default;
  // The country and organisation type of a person's organisation (area left to the service).
  virtual Result<Profile> profile(accounts::UserId user) = 0;
  // A keyed digest of `who` in the survey, not computable without a secret the database does
  // not hold: the same for the same pair, different across surveys.
  virtual std::string respondent_key(SurveyId survey, const std::string& who) = 0;
  // The event (through the events' own storage); nullopt when there is none.
  virtual Result<std::optional<EventFacts>> event(std::int64_t id) = 0;
  virtual Status queue_mail(const Attendee& to, const MailText& text) = 0;
};

}  // namespace cps::surveys
