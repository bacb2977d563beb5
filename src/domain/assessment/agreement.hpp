// How far two raters agree on ordered levels beyond chance: Cohen's kappa with quadratic
// weights, used to compare self and peer levels per criterion (a low value points at a vague
// level descriptor).
#pragma once

#include <optional>
#include <utility>
#include <vector>

namespace cps::assessment {

// Quadratic-weighted Cohen's kappa of the pairs (first rater's level, second rater's level),
// levels from `lowest` to `highest`: 1 − Σ w·observed / Σ w·expected with w = (i − j)² and the
// expected counts from the two raters' margins. Nullopt with fewer than `min_pairs` pairs, a
// level out of range, or no spread (the expected disagreement is zero).
std::optional<double> weighted_kappa(const std::vector<std::pair<int, int>>& pairs, int lowest = 1,
                                     int highest = 5, std::size_t min_pairs = 3);

}  // namespace cps::assessment
