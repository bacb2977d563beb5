// What the parts of PilotService share: who is who for a pilot (members, its lead's staff, its
// participants' staff), the refusals every part gives, the audit line, loading a pilot as the
// viewer may see it, names filled from the surroundings, and one change of a pilot as one
// transaction. Only the files of PilotService include it.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/accounts/policy.hpp"
#include "domain/pilot/pilot_service.hpp"

namespace cps::pilot::service_parts {

using accounts::Action;
using accounts::Principal;

Seconds now_of(const PilotService::Clock& clock);

// State changes through an API token need a token with the write scope.
Status require_write(const Principal& who);
// Whether the viewer may change anything at all (signed in, not through a read-only token).
bool writes(const Principal& who);
// Unauthenticated for visitors, forbidden for members.
Error refusal(const Principal& who);
std::unexpected<Error> not_found();
std::unexpected<Error> stale_revision();

// Members of the partnership see every pilot and its internals.
bool is_member(const Principal& who);
// Everybody sees a pilot once its baseline is approved or it is no longer planned.
bool may_see(const Principal& who, const Pilot& pilot);
// The staff of the lead organisation (and whoever may run any pilot).
bool runs(const Principal& who, const Pilot& pilot);
// The lead's or a participant's staff.
bool takes_part(const Principal& who, const Pilot& pilot);
// The pilot without what only members see (risks, modification requests).
Pilot as_seen_by(const Principal& who, Pilot pilot);

std::string target_of(PilotId id);
// One audit line: action "pilot.<verb>", the actor as they are known now.
accounts::AuditRecord audit_line(const Principal& who, std::string_view verb, std::string target,
                                 std::string detail, Seconds at);

// The whole pilot; not found when it does not exist or the viewer may not see it.
Result<Pilot> load_visible(PilotStore& store, const Principal& who, PilotId id);

// One change of a pilot, in one transaction: loads it (not found unless the viewer may see
// it), refuses a stale `revision`, runs `change` (which checks the viewer's rights and the
// state, writes what it changes and returns the audit line's detail), writes the header as the
// next revision and the audit line "pilot.<verb>". Nothing is written when any step fails.
// Returns the pilot as stored afterwards (whole; the caller trims it for the viewer).
using Change = std::function<Result<std::string>(PilotStore&, Pilot&)>;
Result<Pilot> change_pilot(PilotRepository& repository, const Principal& who, PilotId id, int revision,
                           Seconds now, std::string_view verb, const Change& change);

// The titles of transferred items in the reader's language and evaluators' names, asked of
// the surroundings once per item and person. Used outside transactions: the surroundings read
// through other services.
class Names {
 public:
  Names(PilotSurroundings& surroundings, std::string language)
      : surroundings_(surroundings), language_(std::move(language)) {}
  Status fill(Pilot& pilot);

 private:
  PilotSurroundings& surroundings_;
  std::string language_;
  std::map<std::int64_t, std::optional<PracticeRef>> practices_;
  std::map<std::int64_t, std::string> people_;
};

// A changed pilot as its changer sees it, names filled (in English: a change answers in the
// language of no page in particular; pages read the pilot again in theirs).
Result<Pilot> shown(PilotSurroundings& surroundings, const Principal& who, Result<Pilot> changed);

// Every logframe entry an indicator measures is still in `logframe`.
Status check_indicator_references(const std::vector<Indicator>& indicators, const std::vector<LogframeEntry>& logframe);

// The indicator of the pilot with this code; nullptr when there is none.
const Indicator* indicator_coded(const Pilot& pilot, const std::string& code);

}  // namespace cps::pilot::service_parts
