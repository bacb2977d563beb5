// A region's learning needs: criteria and thematic areas where its assessment shows a large
// gap and structurally similar regions score clearly better, and sectors with a high
// opportunity (density × complexity outlook gain) where it has no policy of its own — each
// with the figures behind it, and what the engine could not judge for lack of data.
#include <algorithm>
#include <map>
#include <set>

#include "domain/accounts/policy.hpp"
#include "domain/learning/learning_service.hpp"
#include "domain/statistics/cluster_categories.hpp"
#include "i18n/catalogue.hpp"

namespace cps::learning {

using i18n::N_;

namespace {

MissingData missing(Missing what, std::string text, std::vector<std::pair<std::string, std::string>> values,
                    std::string need = {}) {
  return MissingData{what, Reason{std::move(text), std::move(values)}, std::move(need)};
}

std::optional<double> distance_to(const std::vector<std::pair<RegionCode, double>>& peers, const RegionCode& r) {
  for (const auto& [code, distance] : peers)
    if (code == r) return distance;
  return std::nullopt;
}

// Structural peers first (nearest first), then the others by level.
void order_ahead(std::vector<PeerAhead>& ahead) {
  std::stable_sort(ahead.begin(), ahead.end(), [](const PeerAhead& a, const PeerAhead& b) {
    if (a.distance.has_value() != b.distance.has_value()) return a.distance.has_value();
    if (a.distance && b.distance && *a.distance != *b.distance) return *a.distance < *b.distance;
    return a.level > b.level;
  });
}

// Whether one of the items concerns the sector of the data (a section or a group of them).
bool concerns(const std::vector<knowledge::KnowledgeItem>& items, const std::string& sector) {
  auto sections = statistics::sections_of(sector);
  for (const auto& item : items)
    for (const auto& division : item.content.sectors)
      if (std::ranges::find(sections, section_of_division(division)) != sections.end()) return true;
  return false;
}

}  // namespace

Result<Learning> LearningService::needs(const accounts::Principal& who, const LearningRequest& request) {
  std::vector<std::pair<RegionCode, double>> peers;
  std::optional<RegionEconomy> economy;
  return find_needs(who, request, peers, economy);
}

Result<Learning> LearningService::find_needs(const accounts::Principal& who, const LearningRequest& request,
                                             std::vector<std::pair<RegionCode, double>>& peers,
                                             std::optional<RegionEconomy>& economy) {
  const auto& region = request.region;
  const auto& language = request.language;
  auto place = surroundings_.place(region, language);
  if (!place) return std::unexpected(place.error());
  if (!*place) return fail(ErrorKind::not_found, N_("There is no region with this code."), "code");
  Learning out;
  out.region = region;
  out.region_name = (*place)->name;
  out.country = (*place)->country;
  out.scope = request.scope;
  const std::string country_name = surroundings_.country_name(out.country, language);

  Scope scope = request.scope;
  if (!surroundings_.covers(scope)) {
    out.missing.push_back(missing(Missing::europe_scope,
                                  N_("Structural peers across Europe are not computed yet: the peers below "
                                     "are regions of the programme area."),
                                  {}));
    scope = Scope::programme;
  }
  auto found_peers = surroundings_.structural_peers(region, kStructuralPeers, scope);
  if (!found_peers) return std::unexpected(found_peers.error());
  peers = std::move(*found_peers);
  for (const auto& [code, distance] : peers) {
    out.peers.push_back(StructuralPeer{code, surroundings_.region_name(code, language), distance});
  }
  if (peers.empty())
    out.missing.push_back(missing(Missing::structure,
                                  N_("There are no structural figures (employment by sector, GDP) for "
                                     "{region}: the engine cannot tell which regions are alike."),
                                  {{"region", out.region_name}}));

  // Criteria and areas, from the latest assessment the viewer may see.
  auto card = surroundings_.scorecard(who, region, language);
  if (!card) return std::unexpected(card.error());
  if (!*card) {
    out.missing.push_back(missing(Missing::assessment,
                                  N_("There is no assessment of {region} that you may see: its needs in the "
                                     "thematic areas cannot be judged."),
                                  {{"region", out.region_name}}));
  } else {
    if ((*card)->status != assessment::AssessmentStatus::published)
      out.missing.push_back(missing(Missing::published_scores,
                                    N_("The assessment of {region} is not published yet: its needs may still "
                                       "change with the peer review."),
                                    {{"region", out.region_name}}));
    auto gaps = surroundings_.criterion_gaps(who, region, language);
    if (!gaps) return std::unexpected(gaps.error());
    // Of equal gaps, the criterion where the region stands lower first: it is further from good practice.
    std::stable_sort(gaps->begin(), gaps->end(), [](const assessment::LearningNeed& a, const assessment::LearningNeed& b) {
      if (a.gap != b.gap) return a.gap > b.gap;
      return a.current < b.current;
    });
    for (const auto& g : *gaps) {
      if (out.needs.size() >= kCriterionNeeds) break;
      if (g.gap < kLargeGap || g.regions.empty()) continue;
      Need need;
      need.key = need_key(NeedKind::criterion, g.criterion);
      need.kind = NeedKind::criterion;
      need.code = g.criterion;
      need.title = g.title;
      need.area = g.area;
      need.current = g.current;
      need.target = g.target;
      need.gap = g.gap;
      for (const auto& p : g.regions) {
        PeerAhead ahead{p.region, p.region_name, distance_to(peers, p.region), double(p.level)};
        // The assessment's own peers are the programme area's; keep its distance when ours lacks it.
        if (!ahead.distance && p.distance > 0) ahead.distance = p.distance;
        need.ahead.push_back(std::move(ahead));
      }
      order_ahead(need.ahead);
      out.needs.push_back(std::move(need));
    }

    auto rows = surroundings_.area_levels(who, language);
    if (!rows) return std::unexpected(rows.error());
    std::vector<Need> areas;
    for (const auto& a : (*card)->areas) {
      if (!a.current || !a.target || *a.target - *a.current < kLargeAreaGap) continue;
      Need need;
      need.key = need_key(NeedKind::area, a.area.str());
      need.kind = NeedKind::area;
      need.code = a.area.str();
      need.title = a.name;
      need.area = a.area;
      need.current = *a.current;
      need.target = *a.target;
      need.gap = *a.target - *a.current;
      for (const auto& row : *rows) {
        if (row.region == region) continue;
        auto level = row.areas.find(a.area.str());
        if (level == row.areas.end() || !level->second || *level->second < *a.current + kClearlyBetterArea) continue;
        need.ahead.push_back(PeerAhead{row.region, row.region_name, distance_to(peers, row.region), *level->second});
      }
      if (need.ahead.empty()) continue;
      order_ahead(need.ahead);
      areas.push_back(std::move(need));
    }
    std::stable_sort(areas.begin(), areas.end(), [](const Need& a, const Need& b) { return *a.gap > *b.gap; });
    if (areas.size() > kAreaNeeds) areas.resize(kAreaNeeds);
    for (auto& a : areas) out.needs.push_back(std::move(a));
  }

  // Sectors, from the complexity of employment by sector.
  auto found_economy = surroundings_.economy(region);
  if (!found_economy) return std::unexpected(found_economy.error());
  economy = std::move(*found_economy);
  if (!economy) {
    out.missing.push_back(missing(Missing::employment,
                                  N_("There are no employment figures by sector for {country} in the data: "
                                     "the engine cannot judge which sectors {region} could grow."),
                                  {{"country", country_name}, {"region", out.region_name}}));
  } else {
    out.missing.push_back(missing(Missing::sector_divisions,
                                  N_("Regional employment is published by NACE section, not by division: "
                                     "sector needs are judged for whole sections."),
                                  {}));
    auto policies = surroundings_.policies_in(who, region);
    if (!policies) return std::unexpected(policies.error());
    std::vector<const SectorOutlook*> open;
    for (const auto& s : economy->sectors)
      if (!s.present && s.density * s.outlook_gain > 0) open.push_back(&s);
    std::stable_sort(open.begin(), open.end(), [](const SectorOutlook* a, const SectorOutlook* b) {
      return a->density * a->outlook_gain > b->density * b->outlook_gain;
    });
    std::size_t added = 0;
    for (const auto* s : open) {
      if (added >= kSectorNeeds) break;
      if (concerns(*policies, s->sector)) continue;
      Need need;
      need.key = need_key(NeedKind::sector, s->sector);
      need.kind = NeedKind::sector;
      need.code = s->sector;
      need.title = surroundings_.sector_name(s->sector, language);
      need.density = s->density;
      need.outlook_gain = s->outlook_gain;
      need.opportunity = s->density * s->outlook_gain;
      need.complexity = s->complexity;
      need.year = economy->year;
      out.needs.push_back(std::move(need));
      ++added;
    }
  }
  for (const auto& n : out.needs) {
    accounts::Target target;
    if (!n.area.str().empty()) target.areas = {n.area.str()};
    if (accounts::allowed(who, accounts::Action::curate_recommendations, target)) out.curator = true;
  }
  return out;
}

}  // namespace cps::learning
