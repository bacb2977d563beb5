// Delphi studies of the SEE foresight programme: a panel of invited experts rates statements
// over several rounds; from round 2 each panellist sees the group's answers and may revise.
// The stop rules are fixed before round 1. Plain types; no I/O.
//
// Anonymity: who is on the panel and who took part in a round are kept by person
// (PanelMember, participation); what was answered is kept by an opaque respondent key that
// the service derives from the study and the person with a server secret kept outside the
// database (RespondentKeys). A page, the API or an export never carries that key.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/enum_names.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::foresight {

using Seconds = std::int64_t;  // Unix time, UTC
using StudyId = StrongId<struct StudyIdTag>;
using StatementId = StrongId<struct StatementIdTag>;

// What a statement asks: a rating on the study's scale, or the year by which it happens.
enum class StatementKind { desirability, probability, importance, time_horizon };
inline constexpr EnumName<StatementKind> kStatementKindNames[] = {
    {StatementKind::desirability, "desirability"},
    {StatementKind::probability, "probability"},
    {StatementKind::importance, "importance"},
    {StatementKind::time_horizon, "time_horizon"}};
static_assert(names_each_value_once(kStatementKindNames));
inline constexpr auto kAllStatementKinds = values_of(kStatementKindNames);

enum class RoundState { open, closed };
inline constexpr EnumName<RoundState> kRoundStateNames[] = {{RoundState::open, "open"},
                                                            {RoundState::closed, "closed"}};
static_assert(names_each_value_once(kRoundStateNames));

// Where a statement stands after the last closed round.
//   consensus: the consensus rule held in the last round the statement was asked;
//   stable_dissent: no consensus, but the answers barely moved between its last two rounds;
//   open: neither (yet).
enum class Standing { open, consensus, stable_dissent };
inline constexpr EnumName<Standing> kStandingNames[] = {{Standing::open, "open"},
                                                        {Standing::consensus, "consensus"},
                                                        {Standing::stable_dissent, "stable_dissent"}};
static_assert(names_each_value_once(kStandingNames));

// The study's rules, fixed when round 1 opens and shown to the panel.
struct StopRules {
  int scale_min = 1;
  int scale_max = 5;
  // Consensus on a rating statement: IQR ≤ iqr_max and at least agreement_percent of the
  // answers in one band — the top band [agreement_from, scale_max] or the mirrored bottom band
  // [scale_min, scale_min + scale_max - agreement_from].
  double iqr_max = 1.0;
  int agreement_from = 4;
  double agreement_percent = 70.0;
  // Consensus on a time-horizon statement: IQR of the years ≤ horizon_iqr_max with at most
  // (100 − agreement_percent) % answering "never"; or at least agreement_percent % "never".
  double horizon_iqr_max = 5.0;
  // Stability between two rounds: at most stability_percent of the panellists who answered
  // the statement in both rounds changed their answer.
  double stability_percent = 15.0;
  int max_rounds = 3;
  // The years a time-horizon answer may name.
  int horizon_from = 2025;
  int horizon_to = 2100;
};

struct Study {
  StudyId id;
  std::string title;
  std::string description;  // plain text
  StopRules rules;
  accounts::UserId organiser;
  int revision = 1;
  Seconds created_at = 0;
  Seconds updated_at = 0;
  // Filled when read.
  int rounds_held = 0;    // rounds opened so far
  bool round_open = false;
  bool finished = false;  // max rounds closed, or every statement settled after a closed round
};

struct Statement {
  StatementId id;
  StudyId study;
  int position = 0;  // order in the study, from 1
  StatementKind kind = StatementKind::desirability;
  std::string text;
  int first_round = 1;  // the round it was first asked in
};

struct Round {
  StudyId study;
  int number = 0;  // from 1
  RoundState state = RoundState::open;
  Seconds opened_at = 0;
  Seconds closes_at = 0;  // the announced end (reminders go out before it); 0 when none
  Seconds closed_at = 0;
  std::vector<StatementId> statements;  // asked in this round
};

// A panellist as the organiser invites them. Country and organisation type come from the
// person's organisation; the area is the thematic area they are invited for.
struct PanelMember {
  accounts::UserId user;
  std::string area;  // "WG1"… or "" when none
  Seconds invited_at = 0;
  // Filled when read.
  std::string name;
  std::optional<CountryCode> country;
  std::string organisation_type;  // the organisation's role, "" when none
};

// The panellist's answer to one statement in one round, stored under the respondent key.
struct Answer {
  StatementId statement;
  std::optional<int> rating;  // a rating statement, within the scale
  std::optional<int> year;    // a time-horizon statement: the year …
  bool never = false;         // … or "never"
  std::string argument;       // why (plain text); shown to others anonymously
  std::string reason;         // required from round 2 when staying outside the group's IQR
  // The panellist's own rating of their expertise on the statement (kExpertiseMin to
  // kExpertiseMax), if given; results can be broken down by it like by country.
  std::optional<int> expertise;
};
inline constexpr int kExpertiseMin = 1;
inline constexpr int kExpertiseMax = 5;

// What the respondent was (at the time of answering), kept with the answers for breakdowns
// shown only from kBreakdownMinimum respondents on.
struct RespondentProfile {
  std::string country;
  std::string organisation_type;
  std::string area;
};
inline constexpr int kBreakdownMinimum = 5;

std::string_view to_string(StatementKind k);
std::string_view to_string(RoundState s);
std::string_view to_string(Standing s);
bool is_rating(StatementKind k);

}  // namespace cps::foresight
