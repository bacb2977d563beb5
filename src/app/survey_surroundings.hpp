// What surveys learn from the rest of the platform, adapted to their port: the country and
// type of a person's organisation from the accounts, and respondent keys as keyed digests under
// a secret kept in a file of the data folder (not in the database), so that an anonymous
// response cannot be tied to a person or a browser's token by anyone reading the database.
#pragma once

#include "domain/accounts/account_repository.hpp"
#include "domain/surveys/survey_repository.hpp"

namespace cps::app {

class SurveySurroundings final : public surveys::SurveySurroundings {
 public:
  SurveySurroundings(accounts::AccountRepository& accounts, std::string secret)
      : accounts_(accounts), secret_(std::move(secret)) {}

  Result<surveys::Profile> profile(accounts::UserId user) override;
  std::string respondent_key(surveys::SurveyId survey, const std::string& who) override;

 private:
  accounts::AccountRepository& accounts_;
  std::string secret_;
};

}  // namespace cps::app
