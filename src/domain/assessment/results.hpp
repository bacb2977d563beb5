// What assessments add up to: a region's scorecard, the comparison with other regions (its
// structural peers first), its learning needs, the agreement between self and peer scores,
// and the map of information gaps and bottlenecks for the steering bodies.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/assessment/assessment.hpp"

namespace cps::assessment {

// A criterion's level in one time frame as a result shows it: the agreed score once
// consolidated, the self score before; nullopt for not applicable, no data or not scored.
struct CriterionResult {
  std::string criterion;
  std::string title;  // in the language asked for
  AreaCode area;
  double weight = 1;
  std::optional<int> past, current, target;
  std::optional<int> gap;     // target − current
  std::optional<int> change;  // current − past
  std::optional<int> peer_current;  // mean of the peers' current levels, rounded
  bool diverges = false;            // self and peer current levels at least the framework's divergence apart
  bool without_evidence = false;    // a level given with no evidence
  std::size_t left_out = 0;         // time frames answered not applicable or no data
};

// Weighted means over an area's criteria that have a level (null when none has).
struct AreaResult {
  AreaCode area;
  std::string name;  // in the language asked for
  std::optional<double> past, current, target;
  std::size_t criteria = 0;
  std::size_t left_out = 0;  // criteria without a level in the current time frame
};

struct Scorecard {
  RegionCode region;
  std::string region_name;
  AssessmentId assessment;
  int period = 0;
  int framework_version = 0;
  AssessmentStatus status = AssessmentStatus::draft;
  Seconds published_at = 0;
  std::vector<AreaResult> areas;            // in area order: the radar chart's axes
  std::vector<CriterionResult> criteria;    // in framework order
};

// One row of the heat map: a region's weighted mean current level per area.
struct BenchmarkRow {
  RegionCode region;
  std::string region_name;
  CountryCode country;
  AssessmentId assessment;
  std::map<std::string, std::optional<double>> areas;  // area code → mean current level
};

// How one criterion is spread over the regions compared, without naming them.
struct CriterionSpread {
  std::string criterion;
  std::string title;
  AreaCode area;
  std::size_t regions = 0;    // with a level
  std::size_t left_out = 0;   // answered not applicable or no data
  std::optional<int> lowest, median, highest;
};

// A structurally similar region that scores higher on a criterion.
struct PeerAhead {
  RegionCode region;
  std::string region_name;
  double distance = 0;  // structural distance (smaller is more alike)
  int level = 0;
};

struct PeerComparison {
  std::string criterion;
  std::string title;
  std::optional<int> own;        // the region's current level
  std::vector<PeerAhead> ahead;  // nearest first
};

struct Benchmark {
  std::vector<AreaCode> areas;
  std::vector<std::string> area_names;
  std::vector<BenchmarkRow> rows;        // regions whose latest published scores the viewer may see
  std::vector<CriterionSpread> spreads;  // per criterion, over those regions
  std::optional<RegionCode> region;      // when the viewer chose a region to compare
  std::vector<PeerComparison> peers;     // for that region, per criterion
  int framework_version = 0;             // rows compare only assessments of comparable criteria
};

struct PracticeRef {
  std::int64_t id = 0;
  std::string title;
  std::string slug;
};

struct LearningNeed {
  std::string criterion;
  std::string title;
  AreaCode area;
  int current = 0;
  int target = 0;
  int gap = 0;
  std::vector<PracticeRef> practices;  // published knowledge items on its area
  std::vector<PeerAhead> regions;      // regions scoring high on it, structural peers first
};

// Agreement between self and peer current levels on one criterion over every consolidated
// or published assessment: quadratic-weighted Cohen's kappa (null with fewer than 3 pairs
// or no spread) — a low value points at a vague level descriptor.
struct Agreement {
  std::string criterion;
  std::string title;
  std::size_t pairs = 0;
  std::optional<double> kappa;
  std::optional<double> mean_difference;  // peer − self
};

// Counts and age of what exists for one thematic area in one country.
struct CoverageCell {
  AreaCode area;
  CountryCode country;
  std::size_t practices = 0;    // published knowledge items
  std::size_t assessments = 0;  // published assessments with a level in the area
  std::size_t datasets = 0;     // datasets with figures for the country's regions
  std::optional<Seconds> newest;  // the newest of them
};

struct AssessmentRef {
  AssessmentId id;
  RegionCode region;
  std::string region_name;
  AssessmentStatus status = AssessmentStatus::draft;
  Seconds since = 0;  // when it entered its status
};

struct ScoreWithoutEvidence {
  AssessmentId assessment;
  RegionCode region;
  std::string criterion;
  Timeframe timeframe = Timeframe::current;
};

struct WaitingRequest {
  AssessmentId assessment;
  RegionCode region;
  accounts::UserId reviewer;
  std::string reviewer_name;
  Seconds since = 0;
};

struct UnansweredComment {
  AssessmentId assessment;
  RegionCode region;
  CommentId comment;
  std::string criterion;
  std::string author_name;
  Seconds at = 0;
};

struct GapsReport {
  std::vector<AreaCode> areas;
  std::vector<std::string> area_names;
  std::vector<CountryCode> countries;
  std::vector<CoverageCell> coverage;                   // areas × countries
  std::vector<RegionCode> regions_without_assessment;   // partner regions with none in the current period
  std::vector<ScoreWithoutEvidence> without_evidence;   // self levels on criteria that expect evidence
  std::vector<AssessmentRef> stale_reviews;             // submitted or in review for more than `days`
  std::vector<WaitingRequest> unanswered_requests;      // reviewer invitations not answered for `days`
  std::vector<UnansweredComment> unanswered_comments;   // reviewers' comments the team has not answered
  int days = 14;
  int period = 0;  // the current reporting period
};

}  // namespace cps::assessment
