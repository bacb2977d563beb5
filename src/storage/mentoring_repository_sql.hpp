// Mentoring in either database: mentor offers with their topics and languages, mentoring
// requests with their meetings and closing feedback; every change written in the transaction
// of the service's step, together with its audit line.
#pragma once

#include "domain/mentoring/mentoring_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class MentoringRepositorySql final : public mentoring::MentoringRepository {
 public:
  explicit MentoringRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since offers show on pages.
  Status transaction(const std::function<Status(mentoring::MentoringStore&)>& work) override;
  Status read(const std::function<Status(mentoring::MentoringStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
