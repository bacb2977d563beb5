#include "domain/foresight/delphi_statistics.hpp"

#include <algorithm>
#include <cmath>

namespace cps::foresight {

double quantile_type7(const std::vector<double>& sorted, double p) {
  double h = (static_cast<double>(sorted.size()) - 1.0) * p;
  auto low = static_cast<std::size_t>(std::floor(h));
  if (low + 1 >= sorted.size()) return sorted.back();
  return sorted[low] + (h - static_cast<double>(low)) * (sorted[low + 1] - sorted[low]);
}

std::optional<Quartiles> quartiles(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  return Quartiles{quantile_type7(values, 0.25), quantile_type7(values, 0.5), quantile_type7(values, 0.75)};
}

RatingSummary summarise_ratings(const std::vector<std::optional<int>>& ratings, const StopRules& rules) {
  RatingSummary out;
  out.counts.assign(static_cast<std::size_t>(std::max(0, rules.scale_max - rules.scale_min + 1)), 0);
  std::vector<double> values;
  int top = 0, bottom = 0;
  int bottom_to = rules.scale_min + rules.scale_max - rules.agreement_from;
  for (const auto& r : ratings) {
    if (!r || *r < rules.scale_min || *r > rules.scale_max) continue;
    values.push_back(*r);
    ++out.counts[static_cast<std::size_t>(*r - rules.scale_min)];
    if (*r >= rules.agreement_from) ++top;
    if (*r <= bottom_to) ++bottom;
  }
  out.respondents = static_cast<int>(values.size());
  out.quartiles = quartiles(std::move(values));
  if (out.respondents) {
    out.top_percent = 100.0 * top / out.respondents;
    out.bottom_percent = 100.0 * bottom / out.respondents;
  }
  return out;
}

HorizonSummary summarise_horizons(const std::vector<std::optional<Horizon>>& answers) {
  HorizonSummary out;
  std::vector<double> years;
  for (const auto& a : answers) {
    if (!a) continue;
    ++out.respondents;
    if (a->year) years.push_back(*a->year);
    else ++out.never;
  }
  out.quartiles = quartiles(std::move(years));
  return out;
}

namespace {
// Percentages compared with a tolerance so that 7 of 10 meets "70 %".
bool at_least(double value, double bound) { return value + 1e-9 >= bound; }
bool at_most(double value, double bound) { return value <= bound + 1e-9; }
}  // namespace

bool consensus(const RatingSummary& summary, const StopRules& rules) {
  if (!summary.quartiles) return false;
  return at_most(summary.quartiles->iqr(), rules.iqr_max) &&
         at_least(summary.agreement_percent(), rules.agreement_percent);
}

bool consensus(const HorizonSummary& summary, const StopRules& rules) {
  if (summary.respondents == 0) return false;
  if (at_least(summary.never_percent(), rules.agreement_percent)) return true;
  if (!summary.quartiles) return false;
  return at_most(summary.never_percent(), 100.0 - rules.agreement_percent) &&
         at_most(summary.quartiles->iqr(), rules.horizon_iqr_max);
}

Stability stability(const std::map<std::string, Comparable>& before, const std::map<std::string, Comparable>& after) {
  Stability s;
  for (const auto& [key, value] : after) {
    auto earlier = before.find(key);
    if (earlier == before.end()) continue;
    ++s.in_both;
    if (earlier->second != value) ++s.changed;
  }
  return s;
}

bool stable(const Stability& s, const StopRules& rules) {
  return s.in_both > 0 && at_most(s.changed_percent(), rules.stability_percent);
}

Standing standing(bool consensus_in_last, const std::optional<Stability>& last_change, const StopRules& rules) {
  if (consensus_in_last) return Standing::consensus;
  if (last_change && stable(*last_change, rules)) return Standing::stable_dissent;
  return Standing::open;
}

bool outside_iqr(double value, const Quartiles& q) { return value < q.q1 - 1e-9 || value > q.q3 + 1e-9; }

}  // namespace cps::foresight
