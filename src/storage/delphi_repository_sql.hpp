// Delphi studies in either database: studies, statements, the panel, rounds with the
// statements they ask, participation by person and answers by respondent key; every change
// written in the transaction of the service's step, together with its audit line.
#pragma once

#include "domain/foresight/delphi_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class DelphiRepositorySql final : public foresight::DelphiRepository {
 public:
  explicit DelphiRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since studies show on pages.
  Status transaction(const std::function<Status(foresight::DelphiStore&)>& work) override;
  Status read(const std::function<Status(foresight::DelphiStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
