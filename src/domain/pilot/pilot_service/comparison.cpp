// Pilots side by side: the comparative evaluation (ranking by achievement, groups of pilots
// that transfer the same practice or work in the same area, the periods of the progress chart)
// and, for a knowledge item's page, the pilots that tested it with their results.
#include <algorithm>
#include <map>
#include <set>

#include "domain/pilot/pilot_service.hpp"
#include "domain/pilot/pilot_service/internal.hpp"

namespace cps::pilot {

using namespace service_parts;

namespace {

// Higher mean ratio first, pilots that cannot be judged yet last; then more targets met.
bool ranks_before(const PilotCard& a, const PilotCard& b) {
  const auto& x = a.achievement;
  const auto& y = b.achievement;
  if (x.mean_ratio.has_value() != y.mean_ratio.has_value()) return x.mean_ratio.has_value();
  if (x.mean_ratio && *x.mean_ratio != *y.mean_ratio) return *x.mean_ratio > *y.mean_ratio;
  if (x.met != y.met) return x.met > y.met;
  return a.pilot.id < b.pilot.id;
}

// The evaluation that speaks last: the final one once there is one, else the mid-term one.
const Evaluation* latest_evaluation(const Pilot& p) {
  const Evaluation* out = nullptr;
  for (const auto& e : p.evaluations)
    if (!out || std::pair(e.stage, e.at) > std::pair(out->stage, out->at)) out = &e;
  return out;
}

}  // namespace

Result<Comparison> PilotService::compare(const Principal& who, PilotFilter filter, const std::string& language) {
  auto cards = list(who, std::move(filter), language);
  if (!cards) return std::unexpected(cards.error());
  Comparison out;
  out.ranked = std::move(*cards);
  std::stable_sort(out.ranked.begin(), out.ranked.end(), ranks_before);
  std::map<std::int64_t, Comparison::Group> practices;
  std::map<std::string, Comparison::Group> areas;
  std::set<int> periods;
  for (const auto& card : out.ranked) {
    for (const auto& t : card.pilot.transfers) {
      auto& group = practices[t.item];
      group.key = std::to_string(t.item);
      if (group.label.empty()) group.label = t.item_title;
      group.pilots.push_back(card.pilot.id);
    }
    for (const auto& a : card.pilot.areas) {
      auto& group = areas[a.str()];
      group.key = a.str();
      group.label = a.str();
      group.pilots.push_back(card.pilot.id);
    }
    for (const auto& [period, ratio] : card.achievement.by_period) periods.insert(period);
  }
  // A practice is compared only where two pilots or more tried it.
  for (auto& [item, group] : practices)
    if (group.pilots.size() >= 2) out.by_practice.push_back(std::move(group));
  for (auto& [area, group] : areas) out.by_area.push_back(std::move(group));
  out.periods.assign(periods.begin(), periods.end());
  return out;
}

Result<std::vector<TestedIn>> PilotService::tested_in(const Principal& who, std::int64_t item,
                                                      const std::string& language) {
  auto found = tested_in(who, std::vector<std::int64_t>{item}, language);
  if (!found) return std::unexpected(found.error());
  auto hit = found->find(item);
  return hit == found->end() ? std::vector<TestedIn>{} : std::move(hit->second);
}

Result<std::map<std::int64_t, std::vector<TestedIn>>> PilotService::tested_in(const Principal& who,
                                                                              const std::vector<std::int64_t>& items,
                                                                              const std::string& language) {
  std::map<std::int64_t, std::vector<TestedIn>> out;
  if (items.empty()) return out;
  std::vector<Pilot> pilots;
  auto ok = repository_.read([&](PilotStore& store) -> Status {
    auto found = store.pilots(PilotFilter{.transfers_any = items});
    if (!found) return std::unexpected(found.error());
    for (const auto& header : *found) {
      if (!may_see(who, header)) continue;
      auto whole = store.pilot(header.id);
      if (!whole) return std::unexpected(whole.error());
      if (*whole) pilots.push_back(std::move(**whole));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  const std::set<std::int64_t> wanted(items.begin(), items.end());
  for (const auto& p : pilots) {
    TestedIn t;
    t.pilot = p.id;
    t.title = text_in(p, language).title;
    t.regions = p.regions;
    t.status = p.status;
    t.targets = targets_met(achievement_of(p));
    if (const auto* e = latest_evaluation(p)) {
      t.result = e->result;
      t.lessons = e->lessons;
    }
    std::set<std::int64_t> counted;  // a pilot that transfers an item twice counts once for it
    for (const auto& transfer : p.transfers)
      if (wanted.contains(transfer.item) && counted.insert(transfer.item).second) out[transfer.item].push_back(t);
  }
  return out;
}

}  // namespace cps::pilot
