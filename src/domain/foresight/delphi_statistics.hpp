// The statistics of a Delphi round, computed from the answers alone (no I/O), and the stop
// rules applied to them.
//
// Quartiles: Hyndman & Fan type 7 (the default of R and of spreadsheet QUARTILE.INC) — for n
// sorted values x[0..n-1] and p in [0, 1], h = (n − 1)·p and
// Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). The median is Q(0.5); IQR = Q(0.75) − Q(0.25).
// Missing answers (a panellist who skipped a statement) are left out of every count.
//
// Stability: the share of the panellists who answered a statement in both rounds and gave a
// different answer in the later one (a different rating; for time horizons a different year,
// or "never" against a year). It is stable when that share is at most the rule's percentage.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/foresight/delphi.hpp"

namespace cps::foresight {

// Q(p) of sorted values by Hyndman & Fan type 7; values must not be empty.
double quantile_type7(const std::vector<double>& sorted, double p);

struct Quartiles {
  double q1 = 0;
  double median = 0;
  double q3 = 0;
  double iqr() const { return q3 - q1; }
};
// nullopt for no values.
std::optional<Quartiles> quartiles(std::vector<double> values);

struct RatingSummary {
  int respondents = 0;                // answers given (missing ones left out)
  std::optional<Quartiles> quartiles;  // nullopt without answers
  std::vector<int> counts;            // answers per scale value, scale_min first
  double top_percent = 0;             // share in [agreement_from, scale_max]
  double bottom_percent = 0;          // share in the mirrored bottom band
  double agreement_percent() const { return top_percent > bottom_percent ? top_percent : bottom_percent; }
};
RatingSummary summarise_ratings(const std::vector<std::optional<int>>& ratings, const StopRules& rules);

// A time-horizon answer: a year, "never", or missing (nullopt in the list).
struct Horizon {
  std::optional<int> year;  // nullopt: never
};
struct HorizonSummary {
  int respondents = 0;                 // years and "never" together
  int never = 0;
  std::optional<Quartiles> quartiles;  // of the years; nullopt when nobody named one
  double never_percent() const { return respondents ? 100.0 * never / respondents : 0; }
};
HorizonSummary summarise_horizons(const std::vector<std::optional<Horizon>>& answers);

bool consensus(const RatingSummary& summary, const StopRules& rules);
bool consensus(const HorizonSummary& summary, const StopRules& rules);

// One answer compared between rounds: -1 stands for "never" in a time horizon.
using Comparable = int;
struct Stability {
  int in_both = 0;   // respondents who answered in both rounds
  int changed = 0;   // … and changed
  double changed_percent() const { return in_both ? 100.0 * changed / in_both : 0; }
};
// Answers of each round by respondent key.
Stability stability(const std::map<std::string, Comparable>& before, const std::map<std::string, Comparable>& after);
// Stable only when someone answered in both rounds and few enough changed.
bool stable(const Stability& s, const StopRules& rules);

// The standing of a statement from its last round's consensus and, when asked in two rounds
// at least, the stability between its last two.
Standing standing(bool consensus_in_last, const std::optional<Stability>& last_change, const StopRules& rules);

// Whether a rating lies outside [q1, q3] of the group (a reason is asked then).
bool outside_iqr(double value, const Quartiles& q);

}  // namespace cps::foresight
