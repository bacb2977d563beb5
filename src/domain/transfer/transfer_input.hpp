// The one reader of a transfer as typed: the API's JSON body, the page's form (turned into the
// same JSON) and the demo file all go through read_transfer, so the rules on each field are
// the same everywhere. What needs the rest of the platform (the item, the regions, the pilot)
// is the service's to check.
#pragma once

#include <boost/json/fwd.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "domain/transfer/transfer.hpp"

namespace cps::transfer {

// Longest texts: the notes on how it was adapted, and the result of its evaluation.
inline constexpr std::size_t kNotesLength = 10000;
inline constexpr std::size_t kResultLength = 1000;

struct TransferInput {
  std::int64_t item = 0;
  std::optional<RegionCode> origin;  // the item's region when it has one only
  RegionCode destination;
  std::optional<accounts::OrganisationId> adopter;  // the recorder's organisation when absent
  std::string adopted_on;  // YYYY-MM
  Mode mode = Mode::adapted;
  TransferStatus status = TransferStatus::considered;
  std::optional<std::int64_t> pilot;
  std::string notes;
  std::string result;
};

// {"item", "origin", "destination", "adopter", "adopted_on", "mode", "status", "pilot",
//  "notes", "result"}: region codes upper-cased, texts trimmed. Fails naming the field.
Result<TransferInput> read_transfer(const boost::json::value& value);

// A month as YYYY-MM (1900–2100).
bool is_month(std::string_view text);

}  // namespace cps::transfer
