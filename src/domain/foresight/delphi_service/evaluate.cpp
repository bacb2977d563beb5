// The statistics of every statement over the closed rounds: summaries, consensus, stability
// between the rounds it was asked in, its standing, and breakdowns of groups large enough.
#include <algorithm>
#include <map>

#include "domain/foresight/delphi_service/internal.hpp"

namespace cps::foresight {

std::optional<Quartiles> StatementRound::quartiles() const {
  if (rating) return rating->quartiles;
  if (horizon) return horizon->quartiles;
  return std::nullopt;
}

namespace {

// -1 stands for "never" when comparing time horizons between rounds.
Comparable comparable(const Answer& a) {
  if (a.rating) return *a.rating;
  if (a.year) return *a.year;
  return -1;
}

std::vector<BreakdownGroup> breakdowns(const std::vector<const KeyedAnswer*>& answers,
                                       const std::map<std::string, RespondentProfile>& profiles, int& hidden) {
  std::vector<BreakdownGroup> out;
  const std::pair<const char*, std::string RespondentProfile::*> dimensions[] = {
      {"country", &RespondentProfile::country},
      {"organisation_type", &RespondentProfile::organisation_type},
      {"area", &RespondentProfile::area}};
  for (const auto& [name, member] : dimensions) {
    std::map<std::string, std::vector<double>> groups;
    for (const auto* a : answers) {
      auto p = profiles.find(a->respondent);
      if (p == profiles.end() || (p->second.*member).empty()) continue;
      if (a->answer.rating) groups[p->second.*member].push_back(*a->answer.rating);
      else if (a->answer.year) groups[p->second.*member].push_back(*a->answer.year);
    }
    for (auto& [group, values] : groups) {
      if (static_cast<int>(values.size()) < kBreakdownMinimum) {
        ++hidden;
        continue;
      }
      auto q = quartiles(values);
      out.push_back(BreakdownGroup{name, group, static_cast<int>(values.size()), q->median});
    }
  }
  // The panellists' own expertise on the statement, given with the answer itself.
  std::map<int, std::vector<double>> levels;
  for (const auto* a : answers) {
    if (!a->answer.expertise) continue;
    if (a->answer.rating) levels[*a->answer.expertise].push_back(*a->answer.rating);
    else if (a->answer.year) levels[*a->answer.expertise].push_back(*a->answer.year);
  }
  for (auto it = levels.rbegin(); it != levels.rend(); ++it) {
    if (static_cast<int>(it->second.size()) < kBreakdownMinimum) {
      ++hidden;
      continue;
    }
    out.push_back(BreakdownGroup{"expertise", std::to_string(it->first), static_cast<int>(it->second.size()),
                                 quartiles(it->second)->median});
  }
  return out;
}

}  // namespace

std::vector<StatementResult> evaluate(const StopRules& rules, const std::vector<Statement>& statements,
                                      const std::vector<Round>& rounds,
                                      const std::map<int, std::vector<KeyedAnswer>>& answers,
                                      const std::map<std::string, RespondentProfile>& profiles) {
  std::vector<StatementResult> out;
  for (const auto& s : statements) {
    StatementResult result;
    result.statement = s;
    std::optional<std::map<std::string, Comparable>> previous;
    std::vector<const KeyedAnswer*> last;
    for (const auto& r : rounds) {
      if (r.state != RoundState::closed) continue;
      if (std::find(r.statements.begin(), r.statements.end(), s.id) == r.statements.end()) continue;
      std::vector<const KeyedAnswer*> mine;
      if (auto it = answers.find(r.number); it != answers.end())
        for (const auto& a : it->second)
          if (a.answer.statement == s.id) mine.push_back(&a);
      StatementRound round;
      round.round = r.number;
      std::map<std::string, Comparable> now;
      if (is_rating(s.kind)) {
        std::vector<std::optional<int>> ratings;
        for (const auto* a : mine) ratings.push_back(a->answer.rating);
        round.rating = summarise_ratings(ratings, rules);
        round.respondents = round.rating->respondents;
        round.consensus = consensus(*round.rating, rules);
      } else {
        std::vector<std::optional<Horizon>> horizons;
        for (const auto* a : mine)
          horizons.push_back(a->answer.year || a->answer.never ? std::optional<Horizon>(Horizon{a->answer.year})
                                                                : std::nullopt);
        round.horizon = summarise_horizons(horizons);
        round.respondents = round.horizon->respondents;
        round.consensus = consensus(*round.horizon, rules);
      }
      for (const auto* a : mine) now[a->respondent] = comparable(a->answer);
      if (previous) round.change = stability(*previous, now);
      previous = std::move(now);
      last = std::move(mine);
      result.rounds.push_back(std::move(round));
    }
    if (!result.rounds.empty()) {
      result.standing = standing(result.rounds.back().consensus, result.rounds.back().change, rules);
      result.breakdowns = breakdowns(last, profiles, result.hidden_groups);
    }
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace cps::foresight
