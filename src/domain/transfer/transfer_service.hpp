// The transfers' rules: who may record that a practice was adopted in a region and change the
// record later, what a transfer may point at (a published practice, a destination of the
// programme area other than the origin, once per practice and region, a pilot that transfers
// the practice), and what flows back to the practice — the transfers with their pilots'
// results. Transfers are public. Every change writes an audit line ("transfer.recorded",
// "transfer.updated"; target "transfer:<id>") in the same transaction.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/transfer/surroundings.hpp"
#include "domain/transfer/transfer.hpp"
#include "domain/transfer/transfer_input.hpp"
#include "domain/transfer/transfer_repository.hpp"

namespace cps::transfer {

// A practice's transfers with their results, for its page and its history.
struct PracticeHistory {
  PracticeRef practice;
  std::vector<Transfer> transfers;  // newest adoption first, evidence filled
  std::size_t adopted = 0;    // adopted, piloted or evaluated
  std::size_t piloted = 0;    // with a pilot the viewer may see
  std::size_t abandoned = 0;
  std::size_t targets_met = 0;  // over the pilots of its transfers
  std::size_t targets = 0;
};

class TransferService {
 public:
  using Clock = std::function<Seconds()>;
  TransferService(TransferRepository& repository, TransferSurroundings& surroundings, Clock clock = {});

  // Titles, adopters and the linked pilots' results in `language`.
  Result<std::vector<Transfer>> list(const accounts::Principal& who, const TransferFilter& filter,
                                     const std::string& language);
  Result<std::vector<Flow>> flows(const accounts::Principal& who, const TransferFilter& filter);
  Result<Transfer> transfer(const accounts::Principal& who, TransferId id, const std::string& language);
  // Not found for an item that does not exist, or a draft nobody transferred.
  Result<PracticeHistory> history(const accounts::Principal& who, std::int64_t item, const std::string& language);

  // Whether the viewer may record transfers at all (pages show the way to the form).
  bool may_record(const accounts::Principal& who) const;
  // Whether the viewer may change this transfer: the adopter's staff, coordinators of the
  // practice's areas, the lead partner, the committee, the administrator.
  bool may_edit(const accounts::Principal& who, const Transfer& transfer) const;

  // The adopter defaults to the recorder's organisation, the origin to the practice's region.
  Result<TransferId> record(const accounts::Principal& who, TransferInput input);
  Result<Transfer> update(const accounts::Principal& who, TransferId id, int revision, TransferInput input);

 private:
  // The rules that need the rest of the platform; fills the origin and the adopter.
  Status check(const accounts::Principal& who, TransferInput& input, const Transfer* stored);
  // Titles, adopters' names and pilots' evidence of transfers read from storage.
  Status fill(const accounts::Principal& who, std::vector<Transfer>& transfers, const std::string& language);

  TransferRepository& repository_;
  TransferSurroundings& surroundings_;
  Clock clock_;
};

}  // namespace cps::transfer
