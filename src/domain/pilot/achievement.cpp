// The comparative evaluation's arithmetic: how far each value got from baseline to target, and
// a pilot's standing over its indicators (see achievement.hpp).
#include "domain/pilot/achievement.hpp"

#include <algorithm>
#include <map>

namespace cps::pilot {

namespace {

// Ratios are quotients of decimal figures: 0.3 of the way computed as 0.29999… still counts.
inline constexpr double kTolerance = 1e-9;

bool reached(double ratio) { return ratio >= 1 - kTolerance; }

}  // namespace

std::optional<double> achievement_ratio(const Indicator& indicator, double value) {
  double target = indicator.target.value;
  if (indicator.direction == Direction::lower_is_better) {
    if (!indicator.baseline) return std::nullopt;
    double baseline = indicator.baseline->value;
    if (target == baseline) return value <= target ? 1.0 : 0.0;
    return (baseline - value) / (baseline - target);
  }
  double baseline = indicator.baseline ? indicator.baseline->value : 0.0;
  if (target == baseline) return value >= target ? 1.0 : 0.0;
  return (value - baseline) / (target - baseline);
}

IndicatorProgress progress_of(const Indicator& indicator) {
  IndicatorProgress out;
  out.code = indicator.code;
  std::vector<const IndicatorValue*> values;
  for (const auto& v : indicator.values) values.push_back(&v);
  std::sort(values.begin(), values.end(),
            [](const IndicatorValue* a, const IndicatorValue* b) { return a->period < b->period; });
  for (const auto* v : values) out.ratio_by_period.emplace_back(v->period, achievement_ratio(indicator, v->value));
  if (values.empty()) return out;
  const auto* latest = values.back();
  out.period = latest->period;
  out.value = latest->value;
  out.ratio = out.ratio_by_period.back().second;
  out.met = out.ratio && reached(*out.ratio);
  return out;
}

PilotAchievement achievement_of(const Pilot& pilot) {
  PilotAchievement out;
  out.pilot = pilot.id;
  out.indicators = pilot.indicators.size();
  double sum = 0;
  std::map<int, std::pair<double, std::size_t>> periods;  // period → (sum of capped ratios, count)
  for (const auto& indicator : pilot.indicators) {
    auto progress = progress_of(indicator);
    if (progress.ratio) {
      ++out.judged;
      if (progress.met) ++out.met;
      sum += std::min(*progress.ratio, kRatioCap);
    }
    for (const auto& [period, ratio] : progress.ratio_by_period)
      if (ratio) {
        periods[period].first += std::min(*ratio, kRatioCap);
        ++periods[period].second;
      }
    out.per_indicator.push_back(std::move(progress));
  }
  if (out.judged > 0) out.mean_ratio = sum / double(out.judged);
  for (const auto& [period, total] : periods) out.by_period.emplace_back(period, total.first / double(total.second));
  return out;
}

TargetsMet targets_met(const PilotAchievement& achievement) {
  return TargetsMet{achievement.met, achievement.indicators};
}

}  // namespace cps::pilot
