// An in-memory Surroundings and CurationSource for the learning engine's unit tests: what the
// assessments, analytics, knowledge base and pilots would answer, set by each test.
// Test-only code.
#pragma once

#include <algorithm>
#include <map>

#include "domain/learning/curations.hpp"
#include "domain/learning/surroundings.hpp"

namespace cps::learning {

class FakeSurroundings final : public Surroundings {
 public:
  std::map<std::string, Place> places;
  std::optional<assessment::Scorecard> card;
  std::vector<assessment::LearningNeed> gaps;
  std::vector<assessment::BenchmarkRow> rows;
  std::vector<std::pair<RegionCode, double>> peers;
  std::optional<RegionEconomy> economy_row;
  std::vector<knowledge::KnowledgeItem> items;  // every published item
  std::map<std::int64_t, double> search_scores;  // what a search finds, by item
  std::map<std::int64_t, std::vector<PilotOutcome>> pilots;
  bool europe = false;

  Result<std::optional<Place>> place(const RegionCode& region, const std::string&) override {
    auto p = places.find(region.str());
    if (p == places.end()) return std::optional<Place>{};
    return std::optional<Place>{p->second};
  }
  std::string region_name(const RegionCode& region, const std::string&) override {
    auto p = places.find(region.str());
    return p == places.end() ? region.str() : p->second.name;
  }
  Result<std::optional<assessment::Scorecard>> scorecard(const accounts::Principal&, const RegionCode&,
                                                         const std::string&) override {
    return card;
  }
  Result<std::vector<assessment::LearningNeed>> criterion_gaps(const accounts::Principal&, const RegionCode&,
                                                               const std::string&) override {
    return gaps;
  }
  Result<std::vector<assessment::BenchmarkRow>> area_levels(const accounts::Principal&,
                                                            const std::string&) override {
    return rows;
  }
  Result<std::vector<std::pair<RegionCode, double>>> structural_peers(const RegionCode&, std::size_t,
                                                                     Scope) override {
    return peers;
  }
  bool covers(Scope scope) override { return scope == Scope::programme || europe; }
  Result<std::optional<RegionEconomy>> economy(const RegionCode&) override { return economy_row; }
  std::string sector_name(const std::string& sector, const std::string&) override { return "sector " + sector; }
  std::string country_name(const CountryCode& country, const std::string&) override { return country.str(); }
  Result<std::vector<Found>> search(const accounts::Principal&, const std::string&, const std::string&,
                                    std::size_t limit) override {
    std::vector<Found> out;
    for (const auto& i : items)
      if (auto s = search_scores.find(i.id.value()); s != search_scores.end()) out.push_back({i, s->second, {}});
    std::ranges::sort(out, [](const Found& a, const Found& b) { return a.score > b.score; });
    if (out.size() > limit) out.resize(limit);
    return out;
  }
  Result<std::vector<knowledge::KnowledgeItem>> published(const accounts::Principal&, const AreaCode& area,
                                                          std::size_t limit) override {
    std::vector<knowledge::KnowledgeItem> out;
    for (const auto& i : items)
      if (area.str().empty() || std::ranges::find(i.content.areas, area.str()) != i.content.areas.end())
        out.push_back(i);
    if (out.size() > limit) out.resize(limit);
    return out;
  }
  Result<std::optional<knowledge::KnowledgeItem>> published_item(const accounts::Principal&,
                                                                 std::int64_t item) override {
    for (const auto& i : items)
      if (i.id.value() == item) return std::optional{i};
    return std::optional<knowledge::KnowledgeItem>{};
  }
  Result<std::vector<knowledge::KnowledgeItem>> policies_in(const accounts::Principal&,
                                                            const RegionCode& region) override {
    std::vector<knowledge::KnowledgeItem> out;
    for (const auto& i : items)
      if ((i.content.kind == knowledge::Kind::programme || i.content.kind == knowledge::Kind::instrument) &&
          std::ranges::find(i.content.regions, region.str()) != i.content.regions.end())
        out.push_back(i);
    return out;
  }
  Result<std::map<std::int64_t, std::vector<PilotOutcome>>> tested_in(const accounts::Principal&,
                                                                      const std::vector<std::int64_t>& items,
                                                                      const std::string&) override {
    std::map<std::int64_t, std::vector<PilotOutcome>> out;
    for (auto item : items)
      if (auto p = pilots.find(item); p != pilots.end()) out[item] = p->second;
    return out;
  }
};

class FakeCurations final : public CurationSource {
 public:
  std::vector<Curation> pins;
  std::vector<FeedbackTally> counts;
  Result<std::vector<Curation>> curations(const RegionCode&) override { return pins; }
  Result<std::vector<FeedbackTally>> tallies(const RegionCode&) override { return counts; }
};

}  // namespace cps::learning
