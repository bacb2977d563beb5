// Pilots: the evaluations at mid-term (while the pilot runs) and at the end (once it is
// completed or stopped), scored on the six OECD-DAC criteria with the lessons learned; the
// lessons and result line go back to the transferred knowledge items (comparison.cpp).
#include <set>

#include "core/text.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "domain/pilot/pilot_service/internal.hpp"
#include "i18n/catalogue.hpp"

namespace cps::pilot {

using namespace service_parts;
using i18n::N_;

namespace {

// What read_evaluation guarantees, again for an evaluation that comes another way.
Status check_evaluation(const Evaluation& e) {
  std::set<DacCriterion> scored;
  for (const auto& s : e.scores) {
    if (s.score < 1 || s.score > 5)
      return fail(ErrorKind::unprocessable, N_("A score is a whole number from 1 to 5."),
                  "scores." + std::string(to_string(s.criterion)));
    if (!scored.insert(s.criterion).second)
      return fail(ErrorKind::unprocessable, N_("Each criterion is scored once."),
                  "scores." + std::string(to_string(s.criterion)));
  }
  if (scored.size() != std::size(kAllDacCriteria))
    return fail(ErrorKind::unprocessable, N_("Score every criterion."), "scores");
  if (text::trim(e.lessons).empty()) return fail(ErrorKind::unprocessable, N_("Write the lessons learned."), "lessons");
  return {};
}

bool suits(EvaluationStage stage, PilotStatus status) {
  if (stage == EvaluationStage::mid_term) return status == PilotStatus::running;
  return status == PilotStatus::completed || status == PilotStatus::stopped;
}

}  // namespace

Result<Pilot> PilotService::evaluate(const Principal& who, PilotId id, int revision, Evaluation evaluation) {
  if (auto ok = check_evaluation(evaluation); !ok) return std::unexpected(ok.error());
  Seconds now = now_of(clock_);
  auto after = change_pilot(
      repository_, who, id, revision, now, "evaluated", [&](PilotStore& store, Pilot& p) -> Result<std::string> {
        std::vector<std::string> areas;
        for (const auto& a : p.areas) areas.push_back(a.str());
        if (!accounts::allowed(who, Action::evaluate_pilot, accounts::Target{.areas = areas}))
          return std::unexpected(refusal(who));
        if (!suits(evaluation.stage, p.status))
          return fail(ErrorKind::conflict,
                      N_("A mid-term evaluation is for a running pilot; a final one for a completed or stopped pilot."),
                      "stage");
        Evaluation e = std::move(evaluation);
        e.id = EvaluationId();
        for (const auto& earlier : p.evaluations)
          if (earlier.stage == e.stage) e.id = earlier.id;  // this stage's evaluation is replaced
        e.evaluator = who.user;
        e.evaluator_name = who.display_name;
        e.at = now;
        auto saved = store.save_evaluation(p.id, e);
        if (!saved) return std::unexpected(saved.error());
        return std::string(to_string(e.stage)) + (e.result.empty() ? "" : ": " + e.result);
      });
  return shown(surroundings_, who, std::move(after));
}

}  // namespace cps::pilot
