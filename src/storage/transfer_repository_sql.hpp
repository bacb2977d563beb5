// Policy transfers in either database: one row per practice and destination, with its
// adopter, month, mode, status, pilot and result; every change written in the transaction of
// the service's step, together with its audit line.
#pragma once

#include "domain/transfer/transfer_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class TransferRepositorySql final : public transfer::TransferRepository {
 public:
  explicit TransferRepositorySql(Database& db) : db_(db) {}

  // A successful transaction also moves the data epoch, since transfers show on pages.
  Status transaction(const std::function<Status(transfer::TransferStore&)>& work) override;
  Status read(const std::function<Status(transfer::TransferStore&)>& work) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
