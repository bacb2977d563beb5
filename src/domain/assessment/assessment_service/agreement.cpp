// Assessments: how well self and peer levels agree per criterion over every consolidated or
// published assessment — a low weighted kappa points at a level descriptor people read
// differently.
#include "domain/assessment/agreement.hpp"

#include <map>
#include <set>

#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/assessment_service/internal.hpp"

namespace cps::assessment {

using namespace service_parts;

Result<std::vector<Agreement>> AssessmentService::agreement(const Principal& who,
                                                            const std::string& language) {
  if (!accounts::allowed(who, Action::view_assessments)) return std::unexpected(refusal(who));
  std::vector<Agreement> out;
  auto ok = repository_.read([&](AssessmentStore& store) -> Status {
    auto latest = store.latest_framework_version();
    if (!latest) return std::unexpected(latest.error());
    if (!*latest) return {};
    auto framework = load_framework(store, **latest);
    if (!framework) return std::unexpected(framework.error());
    // Counted without names, so over every assessment past its review, whoever looks.
    auto reviewed = store.assessments(
        AssessmentFilter{.statuses = {AssessmentStatus::consolidated, AssessmentStatus::published}},
        AssessmentStore::Depth::whole);
    if (!reviewed) return std::unexpected(reviewed.error());
    std::map<int, std::set<std::string>> comparable;  // by framework version
    for (const auto& a : *reviewed)
      if (!comparable.contains(a.framework_version)) {
        auto f = load_framework(store, a.framework_version);
        if (!f) return std::unexpected(f.error());
        auto codes = comparable_criteria(*framework, *f);
        comparable[a.framework_version] = std::set<std::string>(codes.begin(), codes.end());
      }
    for (const auto& c : framework->criteria) {
      std::vector<std::pair<int, int>> pairs;
      for (const auto& a : *reviewed) {
        if (!comparable[a.framework_version].contains(c.code)) continue;
        std::optional<int> self;
        for (const auto& s : a.scores)
          if (s.source == Source::self && s.criterion == c.code &&
              s.timeframe == Timeframe::current)
            self = level_of(&s);
        if (!self) continue;
        for (const auto& s : a.scores)
          if (s.source == Source::peer && s.criterion == c.code &&
              s.timeframe == Timeframe::current)
            if (auto peer = level_of(&s)) pairs.emplace_back(*self, *peer);
      }
      Agreement row;
      row.criterion = c.code;
      row.title = c.text(language).title;
      row.pairs = pairs.size();
      row.kappa = weighted_kappa(pairs, kLowestLevel, kHighestLevel);
      if (!pairs.empty()) {
        double sum = 0;
        for (auto [self, peer] : pairs) sum += peer - self;
        row.mean_difference = sum / double(pairs.size());
      }
      out.push_back(std::move(row));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace cps::assessment
