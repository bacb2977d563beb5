// Comparative evaluation of pilots: how far each indicator got towards its target, pilot by
// pilot and period by period, so that pilots transferring the same practice or working in the
// same area can be set side by side. Pure functions; the service feeds them stored pilots.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/pilot/pilot.hpp"

namespace cps::pilot {

// The share of the way from baseline to target that a value covers: 0 at the baseline, 1 at
// the target, above 1 beyond it, below 0 when it moved the wrong way.
//   higher is better: (value − baseline) / (target − baseline); without a baseline the
//     baseline is 0 (counts start from nothing).
//   lower is better: (baseline − value) / (baseline − target); without a baseline the ratio
//     cannot be judged (nullopt): "lower" needs a starting point.
//   target equal to the baseline: 1 when the value is at least as good as the target, else 0.
std::optional<double> achievement_ratio(const Indicator& indicator, double value);

// The indicator's latest value (highest period) and its ratio; nullopt before any value.
struct IndicatorProgress {
  std::string code;
  std::optional<int> period;       // of the latest value
  std::optional<double> value;     // the latest value
  std::optional<double> ratio;     // nullopt: no value yet, or cannot be judged
  bool met = false;                // ratio ≥ 1
  std::vector<std::pair<int, std::optional<double>>> ratio_by_period;  // periods with a value
};
IndicatorProgress progress_of(const Indicator& indicator);

// A pilot's standing: how many targets are met, and the mean ratio with each indicator's
// ratio capped at 1.5 (one runaway indicator must not hide the others) over the indicators
// that can be judged.
struct PilotAchievement {
  PilotId pilot;
  std::size_t indicators = 0;
  std::size_t judged = 0;  // with a value and a ratio
  std::size_t met = 0;
  std::optional<double> mean_ratio;
  std::vector<IndicatorProgress> per_indicator;
  // Mean capped ratio of the indicators judged in each period, for the progress chart.
  std::vector<std::pair<int, double>> by_period;
};
inline constexpr double kRatioCap = 1.5;
PilotAchievement achievement_of(const Pilot& pilot);

// "3 of 4 targets met" — the line on a knowledge item's page, as numbers for translation.
struct TargetsMet {
  std::size_t met = 0;
  std::size_t of = 0;
};
TargetsMet targets_met(const PilotAchievement& achievement);

}  // namespace cps::pilot
