// Surveys in either database: surveys, the questionnaire of each version, and responses with
// their answers; every change written in the transaction of the service's step, together with
// its audit line.
#pragma once

#include "domain/surveys/survey_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class SurveyRepositorySql final : public surveys::SurveyRepository {
 public:
  explicit SurveyRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since surveys show on pages.
  Status transaction(const std::function<Status(surveys::SurveyStore&)>& work) override;
  Status read(const std::function<Status(surveys::SurveyStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
