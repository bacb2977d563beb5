// The one reader of each Delphi input shape — a study with its rules, a statement, a panel
// invitation, a round's opening, a panellist's answer sheet — shared by the pages (form fields
// gathered into JSON), the API and the demo. Each refuses with the field at fault. What needs
// the stored study (a rating inside the scale, a reason outside the IQR) the service judges.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/foresight/delphi.hpp"
#include "domain/foresight/delphi_scenarios.hpp"

namespace cps::foresight {

// {"title", "description", "scale_min", "scale_max", "iqr_max", "agreement_from",
//  "agreement_percent", "horizon_iqr_max", "stability_percent", "max_rounds", "horizon_from",
//  "horizon_to"} — rules left out keep their defaults (StopRules); numbers also as text.
struct StudyInput {
  std::string title;
  std::string description;
  StopRules rules;
};
Result<StudyInput> read_study(const boost::json::value& value);

// {"kind": "desirability"|"probability"|"importance"|"time_horizon", "text": "…"}
struct StatementInput {
  StatementKind kind = StatementKind::desirability;
  std::string text;
};
Result<StatementInput> read_statement(const boost::json::value& value);

// {"user": 12, "area": "WG1"} — the area may be left out.
struct PanelInput {
  accounts::UserId user;
  std::string area;
};
Result<PanelInput> read_panel_member(const boost::json::value& value);

// {"closes_at": "YYYY-MM-DD"} or nothing: the day the round is announced to close (UTC
// midnight at its end); 0 for none.
Result<Seconds> read_round_opening(const boost::json::value& value);

// {"answers": [{"statement": 3, "rating": 4, "argument": "…", "reason": "…", "expertise": 4},
//              {"statement": 5, "year": 2035}, {"statement": 6, "never": true}]}
// A statement without rating, year or never is left unanswered (a missing answer).
Result<std::vector<Answer>> read_answers(const boost::json::value& value);

// {"drivers": [3, 4], "uncertainties": [5, 6],
//  "x": {"statement": 5, "low": "…", "high": "…"}, "y": {"statement": 6, "low": "…", "high": "…"},
//  "scenarios": [{"quadrant": "high_high", "title": "…", "narrative": "…", "statements": [3, 5]}, …]}
// Exactly one scenario per quadrant. Whether the statements belong to the study, and the axes
// to the uncertainties, the service judges. The result's scenarios are in kAllQuadrants order.
Result<ScenarioFrame> read_scenario_frame(const boost::json::value& value);

}  // namespace cps::foresight
