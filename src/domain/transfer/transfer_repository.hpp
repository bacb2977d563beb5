// What transfers need from storage: small operations on one open transaction, composed by the
// service so that a change and its audit line are written together or not at all.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/transfer/transfer.hpp"

namespace cps::transfer {

struct TransferFilter {
  std::optional<std::int64_t> item = std::nullopt;
  std::optional<RegionCode> region = std::nullopt;    // origin or destination
  std::optional<CountryCode> country = std::nullopt;  // of the origin or the destination
  std::optional<int> year = std::nullopt;             // adopted in that year
  std::optional<int> until = std::nullopt;            // adopted in that year or before
  std::optional<AreaCode> area = std::nullopt;        // the practice's thematic area
  std::vector<TransferStatus> statuses = {};          // empty: every status
};

class TransferStore {
 public:
  virtual ~TransferStore() = default;
  virtual Result<TransferId> insert_transfer(const Transfer& transfer) = 0;
  // adopter_name filled (in English, else the organisation's first language, else its slug).
  virtual Result<std::optional<Transfer>> transfer(TransferId id) = 0;
  // Newest adoption first.
  virtual Result<std::vector<Transfer>> transfers(const TransferFilter& filter) = 0;
  // The transfer of the item to the region, when there is one.
  virtual Result<std::optional<TransferId>> find(std::int64_t item, const RegionCode& destination) = 0;
  // Writes the transfer as revision expected_revision + 1 when the stored one is still at
  // expected_revision; false (nothing written) when somebody changed it in between.
  virtual Result<bool> update_transfer(const Transfer& transfer, int expected_revision) = 0;
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class TransferRepository {
 public:
  virtual ~TransferRepository() = default;
  // Runs work in one transaction: committed when it succeeds, rolled back when it fails.
  virtual Status transaction(const std::function<Status(TransferStore&)>& work) = 0;
  virtual Status read(const std::function<Status(TransferStore&)>& work) = 0;
};

}  // namespace cps::transfer
