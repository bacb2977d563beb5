// What the training programme needs from storage: small operations on one open transaction,
// composed by the service so that a change and its audit line are written together or not at all.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "domain/training/training.hpp"

namespace cps::training {

class TrainingStore {
 public:
  virtual ~TrainingStore() = default;
  virtual Result<ModuleId> insert_module(const Module& module) = 0;
  virtual Result<std::optional<Module>> module(ModuleId id) = 0;
  // Every module, by area and title.
  virtual Result<std::vector<Module>> modules() = 0;
  // Writes the module as revision expected_revision + 1 when the stored one is still at
  // expected_revision; false (nothing written) when somebody changed it in between.
  virtual Result<bool> update_module(const Module& module, int expected_revision) = 0;

  // Every enrolment of the module, left ones included, in order of enrolment.
  virtual Result<std::vector<Enrolment>> enrolments(ModuleId module) = 0;
  virtual Result<std::optional<Enrolment>> enrolment(ModuleId module, accounts::UserId user) = 0;
  virtual Result<std::optional<Enrolment>> enrolment_by_certificate(const std::string& digest) = 0;
  virtual Result<EnrolmentId> insert_enrolment(const Enrolment& enrolment) = 0;
  // Everything but the module, the person and the name.
  virtual Status update_enrolment(const Enrolment& enrolment) = 0;

  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class TrainingRepository {
 public:
  virtual ~TrainingRepository() = default;
  virtual Status transaction(const std::function<Status(TrainingStore&)>& work) = 0;
  virtual Status read(const std::function<Status(TrainingStore&)>& work) = 0;
};

}  // namespace cps::training
