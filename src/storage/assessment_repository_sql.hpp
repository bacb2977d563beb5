// Assessments in either database: framework versions with their criteria and texts, a
// region's assessments with scores, evidence, reviewers and SWOT, comments, recommendations and
// their action plans; every change written in the transaction of the service's step, together
// with its audit line.
#pragma once

#include "domain/assessment/assessment_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class AssessmentRepositorySql final : public assessment::AssessmentRepository {
 public:
  explicit AssessmentRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since assessments show on pages.
  Status transaction(const std::function<Status(assessment::AssessmentStore&)>& work) override;
  Status read(const std::function<Status(assessment::AssessmentStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
