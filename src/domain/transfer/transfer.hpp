// Policy transfer: a practice (a published knowledge item) adopted in another region of the
// programme area by an organisation, followed through its pilot, the pilot's indicators and
// evaluation, and the evidence that flows back to the practice. Plain types, their names, and
// the origin → destination flows the transfer map draws.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::transfer {

using Seconds = std::int64_t;
using TransferId = StrongId<struct TransferIdTag>;

// How far the transfer went: considered → adopted → piloted → evaluated, or abandoned on the way.
enum class TransferStatus { considered, adopted, piloted, evaluated, abandoned };
inline constexpr EnumName<TransferStatus> kTransferStatusNames[] = {{TransferStatus::considered, "considered"},
                                                                    {TransferStatus::adopted, "adopted"},
                                                                    {TransferStatus::piloted, "piloted"},
                                                                    {TransferStatus::evaluated, "evaluated"},
                                                                    {TransferStatus::abandoned, "abandoned"}};
static_assert(names_each_value_once(kTransferStatusNames));
inline constexpr auto kAllTransferStatuses = values_of(kTransferStatusNames);

// Whether the destination took the practice as it was or changed it to fit.
enum class Mode { adapted, as_is };
inline constexpr EnumName<Mode> kModeNames[] = {{Mode::adapted, "adapted"}, {Mode::as_is, "as_is"}};
static_assert(names_each_value_once(kModeNames));
inline constexpr auto kAllModes = values_of(kModeNames);

// What the linked pilot shows: its standing against its targets and its latest evaluation.
struct PilotEvidence {
  std::int64_t pilot = 0;
  std::string title;  // in the language asked for
  std::string status;  // the pilot's status name (planned, running, completed, stopped)
  std::size_t targets_met = 0;
  std::size_t targets = 0;  // indicators that can be judged
  std::string result;       // the latest evaluation's result line ("" before any)
  std::string lessons;      // the latest evaluation's lessons (Markdown)
};

struct Transfer {
  TransferId id;
  std::int64_t item = 0;     // the knowledge item (the practice)
  std::string item_title;    // filled when read, in the reader's language when it exists
  RegionCode origin;         // where the practice comes from
  RegionCode destination;    // where it is adopted: a NUTS 2 region of the programme area
  accounts::OrganisationId adopter;  // the organisation that adopts it
  std::string adopter_name;  // filled when read
  std::string adopted_on;    // YYYY-MM
  Mode mode = Mode::adapted;
  TransferStatus status = TransferStatus::considered;
  std::optional<std::int64_t> pilot;  // the pilot that tests it (a pilot transferring the item)
  std::string notes;         // how it was adapted, what was needed (Markdown)
  std::string result;        // what the evaluation found, in one or two sentences
  int revision = 1;
  std::optional<accounts::UserId> recorded_by;
  Seconds recorded_at = 0;
  Seconds updated_at = 0;
  std::optional<PilotEvidence> evidence;  // filled when read, as the viewer may see the pilot
};

// The year a transfer counts in on the map: the year of adopted_on.
int year_of(const Transfer& transfer);

// Transfers between two regions, for the map and its table.
struct Flow {
  RegionCode origin;
  RegionCode destination;
  std::size_t transfers = 0;
  std::map<TransferStatus, std::size_t> by_status;
  std::vector<std::int64_t> items;  // distinct, in the order met
  int first_year = 0;
  int last_year = 0;
};

// The flows of `transfers`, the largest first (then by origin and destination).
std::vector<Flow> flows_of(const std::vector<Transfer>& transfers);

std::string_view to_string(TransferStatus s);
std::string_view to_string(Mode m);

}  // namespace cps::transfer
