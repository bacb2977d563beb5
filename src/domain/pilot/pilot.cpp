// The names of the pilots' enums as they are stored, sent and typed, and a pilot's text in a
// reader's language.
#include "domain/pilot/pilot.hpp"

namespace cps::pilot {

const PilotText& text_in(const Pilot& pilot, std::string_view language) {
  // A pilot always has one text at least (check_pilot); the fallbacks keep the original last.
  for (std::string_view wanted : {language, std::string_view("en"), std::string_view(pilot.original_language)})
    for (const auto& t : pilot.texts)
      if (t.language == wanted) return t;
  static const PilotText kNone;
  return pilot.texts.empty() ? kNone : pilot.texts.front();
}

std::string_view to_string(PilotStatus s) { return name_of(s, kPilotStatusNames); }
std::string_view to_string(LogframeLevel l) { return name_of(l, kLogframeLevelNames); }
std::string_view to_string(IndicatorKind k) { return name_of(k, kIndicatorKindNames); }
std::string_view to_string(Direction d) { return name_of(d, kDirectionNames); }
std::string_view to_string(Unit u) { return name_of(u, kUnitNames); }
std::string_view to_string(MilestoneStatus s) { return name_of(s, kMilestoneStatusNames); }
std::string_view to_string(Level l) { return name_of(l, kLevelNames); }
std::string_view to_string(RiskStatus s) { return name_of(s, kRiskStatusNames); }
std::string_view to_string(DacCriterion c) { return name_of(c, kDacCriterionNames); }
std::string_view to_string(EvaluationStage s) { return name_of(s, kEvaluationStageNames); }
std::string_view to_string(ModificationStatus s) { return name_of(s, kModificationStatusNames); }

}  // namespace cps::pilot
