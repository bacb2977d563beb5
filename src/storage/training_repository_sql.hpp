// Training modules and enrolments in either database; every change written in the transaction
// of the service's step, together with its audit line.
#pragma once

#include "domain/training/training_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class TrainingRepositorySql final : public training::TrainingRepository {
 public:
  explicit TrainingRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since modules show on pages.
  Status transaction(const std::function<Status(training::TrainingStore&)>& work) override;
  Status read(const std::function<Status(training::TrainingStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
