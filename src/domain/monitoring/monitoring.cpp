// The names of monitoring's enums as they are stored, sent and typed, and the small rules on
// its plain types.
#include "domain/monitoring/monitoring.hpp"

#include <algorithm>

namespace cps::monitoring {

bool is_currency(std::string_view code) {
  return std::find(std::begin(kCurrencies), std::end(kCurrencies), code) != std::end(kCurrencies);
}

const ActivityText& text_in(const Activity& activity, std::string_view language) {
  static const ActivityText kNone{};
  for (const auto& t : activity.texts)
    if (t.language == language && !t.title.empty()) return t;
  for (const auto& t : activity.texts)
    if (t.language == "en") return t;
  return activity.texts.empty() ? kNone : activity.texts.front();
}

std::string_view to_string(Phase p) { return name_of(p, kPhaseNames); }
std::string_view to_string(ActivityKind k) { return name_of(k, kActivityKindNames); }
std::string_view to_string(ActivityStatus s) { return name_of(s, kActivityStatusNames); }
std::string_view to_string(Light l) { return name_of(l, kLightNames); }
std::string_view to_string(ReportStatus s) { return name_of(s, kReportStatusNames); }
std::string_view to_string(CostCategory c) { return name_of(c, kCostCategoryNames); }
std::string_view to_string(Verification v) { return name_of(v, kVerificationNames); }
std::string_view to_string(Measured m) { return name_of(m, kMeasuredNames); }
std::string_view to_string(PlanPart p) { return name_of(p, kPlanPartNames); }
std::string_view to_string(PlanChangeStatus s) { return name_of(s, kPlanChangeStatusNames); }

}  // namespace cps::monitoring
