// Assessments: what they add up to for one region and across regions — the scorecard and the
// benchmark (heat map, spread per criterion without names, structural peers that score higher).
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/assessment_service/internal.hpp"

namespace cps::assessment {

using namespace service_parts;
using i18n::N_;

namespace {

std::optional<int> difference(std::optional<int> a, std::optional<int> b) {
  if (!a || !b) return std::nullopt;
  return *a - *b;
}

// The weighted mean of the levels there are; nullopt when there is none.
struct WeightedMean {
  double sum = 0, weights = 0;
  void add(std::optional<int> level, double weight) {
    if (!level) return;
    sum += *level * weight;
    weights += weight;
  }
  std::optional<double> value() const {
    return weights > 0 ? std::optional<double>(sum / weights) : std::nullopt;
  }
};

Scorecard build_scorecard(const Assessment& a, const Framework& f,
                          const std::vector<reference::ThematicArea>& areas,
                          const std::string& language, bool peers_visible) {
  Scorecard card;
  card.region = a.region;
  card.assessment = a.id;
  card.period = a.period;
  card.framework_version = a.framework_version;
  card.status = a.status;
  card.published_at = a.published_at;
  for (const auto& c : f.criteria) {
    CriterionResult r;
    r.criterion = c.code;
    r.title = c.text(language).title;
    r.area = c.area;
    r.weight = c.weight;
    std::optional<int>* frames[] = {&r.past, &r.current, &r.target};
    for (auto frame : kAllTimeframes) {
      const Score* used = used_score(a, c.code, frame);
      *frames[std::size_t(frame)] = level_of(used);
      if (left_out(used)) ++r.left_out;
      if (level_of(used) && used->evidence.empty()) r.without_evidence = true;
    }
    r.gap = difference(r.target, r.current);
    r.change = difference(r.current, r.past);
    if (peers_visible) {
      WeightedMean peers;
      for (const auto& s : a.scores)
        if (s.source == Source::peer && s.criterion == c.code && s.timeframe == Timeframe::current)
          peers.add(level_of(&s), 1);
      if (auto mean = peers.value()) {
        r.peer_current = int(std::lround(*mean));
        const Score* self = nullptr;
        for (const auto& s : a.scores)
          if (s.source == Source::self && s.criterion == c.code &&
              s.timeframe == Timeframe::current)
            self = &s;
        if (auto own = level_of(self)) r.diverges = std::abs(*own - *mean) >= f.divergence;
      }
    }
    card.criteria.push_back(std::move(r));
  }
  for (const auto& area : areas) {
    WeightedMean past, current, target;
    std::size_t criteria = 0, left_out = 0;
    for (const auto& r : card.criteria) {
      if (r.area != area.code) continue;
      ++criteria;
      past.add(r.past, r.weight);
      current.add(r.current, r.weight);
      target.add(r.target, r.weight);
      if (!r.current) ++left_out;
    }
    if (criteria == 0) continue;
    card.areas.push_back(AreaResult{area.code, area.name, past.value(), current.value(),
                                    target.value(), criteria, left_out});
  }
  return card;
}

}  // namespace

Result<Scorecard> AssessmentService::scorecard(const Principal& who, const RegionCode& region,
                                               std::optional<AssessmentId> assessment,
                                               const std::string& language) {
  auto areas = reference_.areas(language);
  if (!areas) return std::unexpected(areas.error());
  Scorecard card;
  auto ok = repository_.read([&](AssessmentStore& store) -> Status {
    std::optional<Assessment> chosen;
    if (assessment) {
      auto a = load_visible(store, who, *assessment);
      if (!a) return std::unexpected(a.error());
      if (a->region != region) return not_found();
      chosen = std::move(*a);
    } else {
      auto all =
          store.assessments(AssessmentFilter{.region = region}, AssessmentStore::Depth::whole);
      if (!all) return std::unexpected(all.error());
      for (auto& a : *all)  // newest period first
        if (may_see(who, a)) {
          chosen = std::move(a);
          break;
        }
      if (!chosen) return not_found();
    }
    auto framework = load_framework(store, chosen->framework_version);
    if (!framework) return std::unexpected(framework.error());
    card =
        build_scorecard(*chosen, *framework, *areas, language, may_see_peer_scores(who, *chosen));
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  card.region_name = region_name(reference_, region);
  return card;
}

Result<Benchmark> AssessmentService::benchmark(const Principal& who,
                                               std::optional<RegionCode> region,
                                               const std::string& language) {
  if (region && !reference_.region(region->str()))
    return fail(ErrorKind::invalid, N_("Choose regions from the list."), "region");
  auto areas = reference_.areas(language);
  if (!areas) return std::unexpected(areas.error());
  Benchmark out;
  out.region = region;
  auto ok = repository_.read([&](AssessmentStore& store) -> Status {
    auto latest_version = store.latest_framework_version();
    if (!latest_version) return std::unexpected(latest_version.error());
    if (!*latest_version) return {};
    auto framework = load_framework(store, **latest_version);
    if (!framework) return std::unexpected(framework.error());
    out.framework_version = framework->version;
    auto latest = latest_published(store, who);
    if (!latest) return std::unexpected(latest.error());
    auto compared = compare_with(store, *latest, *framework);
    if (!compared) return std::unexpected(compared.error());
    for (const auto& area : *areas)
      if (!framework->criteria_of(area.code).empty()) {
        out.areas.push_back(area.code);
        out.area_names.push_back(area.name);
      }
    for (const auto& row : *compared) {
      BenchmarkRow b;
      b.region = row.assessment->region;
      b.region_name = region_name(reference_, b.region);
      b.country = row.assessment->country;
      b.assessment = row.assessment->id;
      for (const auto& area : out.areas) {
        WeightedMean mean;
        for (const auto* c : framework->criteria_of(area))
          mean.add(row.current(c->code), c->weight);
        b.areas[area.str()] = mean.value();
      }
      out.rows.push_back(std::move(b));
    }
    for (const auto& c : framework->criteria) {
      CriterionSpread spread;
      spread.criterion = c.code;
      spread.title = c.text(language).title;
      spread.area = c.area;
      std::vector<int> levels;
      for (const auto& row : *compared) {
        if (auto level = row.current(c.code)) levels.push_back(*level);
        if (row.left_out_on(c.code)) ++spread.left_out;
      }
      std::sort(levels.begin(), levels.end());
      spread.regions = levels.size();
      if (!levels.empty()) {
        spread.lowest = levels.front();
        spread.highest = levels.back();
        spread.median =
            levels[(levels.size() - 1) / 2];  // the lower middle one: a level that was given
      }
      out.spreads.push_back(std::move(spread));
    }
    if (!region) return {};
    auto ranked = regional_.structural_peers(*region, kRegionsRanked);
    if (!ranked) return std::unexpected(ranked.error());
    auto peers = assessed_peers(*ranked, *region, *compared);
    const Compared* own = nullptr;
    std::map<std::string, const Compared*> by_region;
    for (const auto& row : *compared) {
      by_region[row.assessment->region.str()] = &row;
      if (row.assessment->region == *region) own = &row;
    }
    for (const auto& c : framework->criteria) {
      PeerComparison p;
      p.criterion = c.code;
      p.title = c.text(language).title;
      p.own = own ? own->current(c.code) : std::nullopt;
      if (p.own)
        for (const auto& [peer, distance] : peers) {
          auto it = by_region.find(peer.str());
          if (it == by_region.end() || peer == *region) continue;
          auto level = it->second->current(c.code);
          if (level && *level > *p.own)
            p.ahead.push_back(PeerAhead{peer, region_name(reference_, peer), distance, *level});
        }
      out.peers.push_back(std::move(p));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace cps::assessment
