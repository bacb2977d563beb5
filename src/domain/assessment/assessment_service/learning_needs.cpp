// Assessments: a region's learning needs — the criteria with the largest gaps between today
// and the target, each with published practices on its area and the regions to learn from
// (structural peers that score higher first, then other regions that score high).
#include <algorithm>
#include <map>
#include <set>

#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/assessment_service/internal.hpp"

namespace cps::assessment {

using namespace service_parts;

namespace {

inline constexpr int kHighLevel = 4;  // a level others may learn from
inline constexpr std::size_t kPracticesPerNeed = 3;

}  // namespace

Result<std::vector<LearningNeed>> AssessmentService::learning_needs(const Principal& who,
                                                                    const RegionCode& region,
                                                                    const std::string& language,
                                                                    std::size_t limit,
                                                                    NeedPractices practices) {
  auto card = scorecard(who, region, std::nullopt, language);
  if (!card) return std::unexpected(card.error());
  std::vector<const CriterionResult*> gaps;
  for (const auto& r : card->criteria)
    if (r.gap && *r.gap > 0) gaps.push_back(&r);
  std::stable_sort(gaps.begin(), gaps.end(),
                   [](const CriterionResult* a, const CriterionResult* b) {
                     if (*a->gap != *b->gap) return *a->gap > *b->gap;
                     return a->weight > b->weight;
                   });
  if (gaps.size() > limit) gaps.resize(limit);
  auto ranked = regional_.structural_peers(region, kRegionsRanked);
  if (!ranked) return std::unexpected(ranked.error());
  std::vector<LearningNeed> out;
  auto ok = repository_.read([&](AssessmentStore& store) -> Status {
    auto framework = load_framework(store, card->framework_version);
    if (!framework) return std::unexpected(framework.error());
    auto latest = latest_published(store, who);
    if (!latest) return std::unexpected(latest.error());
    auto compared = compare_with(store, *latest, *framework);
    if (!compared) return std::unexpected(compared.error());
    auto peers = assessed_peers(*ranked, region, *compared);
    // Every gap lists the same regions: each name is looked up once.
    std::map<std::string, std::string> names;
    auto name_of = [&](const RegionCode& code) -> const std::string& {
      auto known = names.find(code.str());
      if (known == names.end()) known = names.emplace(code.str(), region_name(reference_, code)).first;
      return known->second;
    };
    for (const auto* r : gaps) {
      LearningNeed need;
      need.criterion = r->criterion;
      need.title = r->title;
      need.area = r->area;
      need.current = *r->current;
      need.target = *r->target;
      need.gap = *r->gap;
      if (practices == NeedPractices::listed) {
        auto listed = practices_.published_on(r->area, language, kPracticesPerNeed);
        if (!listed) return std::unexpected(listed.error());
        need.practices = std::move(*listed);
      }
      std::set<std::string> listed{region.str()};
      for (const auto& [peer, distance] : peers)
        for (const auto& row : *compared)
          if (row.assessment->region == peer && !listed.contains(peer.str()))
            if (auto level = row.current(r->criterion); level && *level > need.current) {
              need.regions.push_back(
                  PeerAhead{peer, name_of(peer), distance, *level});
              listed.insert(peer.str());
            }
      // Beyond the nearest peers, the regions that do well on it: no structural distance known.
      std::vector<PeerAhead> others;
      for (const auto& row : *compared)
        if (!listed.contains(row.assessment->region.str()))
          if (auto level = row.current(r->criterion); level && *level >= kHighLevel)
            others.push_back(PeerAhead{row.assessment->region, name_of(row.assessment->region), 0, *level});
      std::stable_sort(others.begin(), others.end(),
                       [](const PeerAhead& a, const PeerAhead& b) { return a.level > b.level; });
      need.regions.insert(need.regions.end(), others.begin(), others.end());
      out.push_back(std::move(need));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace cps::assessment
