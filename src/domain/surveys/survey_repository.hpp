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

// What the service needs of the rest of the platform.
class SurveySurroundings {
 public:
  virtual ~SurveySurroundings() = default;
  // The country and organisation type of a person's organisation (area left to the service).
  virtual Result<Profile> profile(accounts::UserId user) = 0;
  // A keyed digest of `who` in the survey, not computable without a secret the database does
  // not hold: the same for the same pair, different across surveys.
  virtual std::string respondent_key(SurveyId survey, const std::string& who) = 0;
};

}  // namespace cps::surveys
