// The learning engine: from a region's assessment and economy to its learning needs, and for
// each need the published practices ranked by relevance, evidence, structural similarity of
// their origin, transferability and language reach — each with its reasons in plain words
// built from the data, and an honest list of what the engine could not judge.
#pragma once

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/learning/curations.hpp"
#include "domain/learning/learning.hpp"
#include "domain/learning/surroundings.hpp"

namespace cps::learning {

// The thresholds of a need, in one place.
inline constexpr int kLargeGap = 2;                  // target − current, in levels
inline constexpr double kLargeAreaGap = 1.0;         // in weighted-mean levels
inline constexpr double kClearlyBetterArea = 0.5;    // a region's area mean above the region's
inline constexpr std::size_t kCriterionNeeds = 6;
inline constexpr std::size_t kAreaNeeds = 3;
inline constexpr std::size_t kSectorNeeds = 3;
inline constexpr std::size_t kStructuralPeers = 10;
inline constexpr std::size_t kCandidates = 30;       // items read per need before ranking
inline constexpr std::size_t kMostPerNeed = 20;

class LearningService {
 public:
  LearningService(Surroundings& surroundings, CurationSource& curations)
      : surroundings_(surroundings), curations_(curations) {}

  // The region's needs with the figures behind them and what is missing; no recommendations.
  // Fails (not_found, "code") for an unknown region.
  Result<Learning> needs(const accounts::Principal& who, const LearningRequest& request);
  // The needs (or only request.need: invalid for a malformed key, not_found for one the
  // region does not have) with their ranked recommendations, curations applied.
  Result<Learning> recommendations(const accounts::Principal& who, const LearningRequest& request);

 private:
  Result<Learning> find_needs(const accounts::Principal& who, const LearningRequest& request,
                              std::vector<std::pair<RegionCode, double>>& peers,
                              std::optional<RegionEconomy>& economy);

  Surroundings& surroundings_;
  CurationSource& curations_;
};

// "criterion:WG4.2" → (criterion, "WG4.2"); fails (invalid, "need") for anything else.
Result<std::pair<NeedKind, std::string>> parse_need_key(std::string_view key);
std::string need_key(NeedKind kind, std::string_view code);

}  // namespace cps::learning
