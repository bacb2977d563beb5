// What the parts of AssessmentService share: the refusals every part gives (not found, stale
// revision, a step the state does not allow), the audit line, loading an assessment or a
// framework, and one change of an assessment as one transaction. Only the files of
// AssessmentService include it.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/accounts/policy.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/visibility.hpp"
#include "i18n/catalogue.hpp"

namespace cps::assessment::service_parts {

using accounts::Action;
using accounts::Principal;

Seconds now_of(const AssessmentService::Clock& clock);
// "YYYY-MM-DD" of a Unix time.
std::string day_of(Seconds at);

// State changes through an API token need a token with the write scope.
Status require_write(const Principal& who);
// Unauthenticated for visitors, forbidden for members.
Error refusal(const Principal& who);
std::unexpected<Error> not_found();
std::unexpected<Error> stale_revision();
// The team may change its self-assessment only while it is a draft.
std::unexpected<Error> not_editable();
std::unexpected<Error> wrong_state();
std::unexpected<Error> unknown_criterion(std::string field);
std::unexpected<Error> unknown_area(std::string field);

std::string target_of(AssessmentId id);
// One audit line: action "assessment.<verb>", the actor as they are known now.
accounts::AuditRecord audit_line(const Principal& who, std::string_view verb, std::string target,
                                 std::string detail, Seconds at);

// The whole assessment; not found when it does not exist or the viewer may not see it.
Result<Assessment> load_visible(AssessmentStore& store, const Principal& who, AssessmentId id);
Result<Framework> load_framework(AssessmentStore& store, int version);
// The assessment as the viewer may see it: other people's peer scores left out unless the
// viewer may see them.
Assessment as_seen_by(const Principal& who, Assessment assessment);

// One change of an assessment, in one transaction: loads it (not found unless the viewer may
// see it), refuses a stale `revision`, runs `change` (which checks the viewer's rights and the
// state, writes what it changes and returns the audit line's detail), writes the header
// as the next revision and the audit line "assessment.<verb>". Nothing is written when any
// step fails. Returns the assessment as the viewer sees it afterwards.
using Change = std::function<Result<std::string>(AssessmentStore&, Assessment&)>;
Result<Assessment> change_assessment(AssessmentRepository& repository, const Principal& who,
                                     AssessmentId id, int revision, Seconds now,
                                     std::string_view verb, const Change& change);

// The score a result uses for a criterion in a time frame: the agreed one once the assessment
// is consolidated (the self score where none was agreed), the self score before; nullptr when
// not scored.
const Score* used_score(const Assessment& assessment, const std::string& criterion,
                        Timeframe timeframe);
// The level of a score; nullopt for not applicable, no data or no score.
std::optional<int> level_of(const Score* score);
// Whether the score is an answer without a level (not applicable or no data).
bool left_out(const Score* score);
// Every region's latest published assessment the viewer may see (whole), one per region, in
// region order.
Result<std::vector<Assessment>> latest_published(AssessmentStore& store, const Principal& who);

// Comparisons look at the assessed regions among the most alike in economic structure (the
// analytics rank at most 50), and name the nearest few of them: with a dozen assessed regions
// among some two hundred, the ten most alike of all would seldom include one that was assessed.
inline constexpr std::size_t kRegionsRanked = 50;
inline constexpr std::size_t kStructuralPeers = 5;

// A published assessment as the benchmark compares it: its current levels on the criteria it
// shares unchanged with the framework compared on.
struct Compared {
  const Assessment* assessment = nullptr;
  std::set<std::string> comparable;
  std::optional<int> current(const std::string& criterion) const {
    if (!comparable.contains(criterion)) return std::nullopt;
    return level_of(used_score(*assessment, criterion, Timeframe::current));
  }
  bool left_out_on(const std::string& criterion) const {
    return comparable.contains(criterion) &&
           left_out(used_score(*assessment, criterion, Timeframe::current));
  }
};

// The assessments as compared on `framework`'s criteria (each keeps a pointer to its assessment).
Result<std::vector<Compared>> compare_with(AssessmentStore& store,
                                           const std::vector<Assessment>& assessments,
                                           const Framework& framework);

// The assessed regions among `ranked` (nearest first), without `region`, at most kStructuralPeers.
std::vector<std::pair<RegionCode, double>> assessed_peers(
    const std::vector<std::pair<RegionCode, double>>& ranked, const RegionCode& region,
    const std::vector<Compared>& compared);

// The region's name as people know it; its code when the reference data lack it.
std::string region_name(reference::ReferenceService& reference, const RegionCode& code);
Result<std::vector<AreaCode>> area_codes(reference::ReferenceService& reference);

}  // namespace cps::assessment::service_parts
