// Scenarios from a finished Delphi study: the drivers and the key uncertainties picked from its
// statements, a 2 × 2 frame whose two axes are each one uncertainty with its two poles, and a
// narrative (Markdown) per quadrant linked to the statements whose results stand behind it.
// One frame per study; a change is a new revision of the whole frame. Its reader is in
// delphi_input.hpp with the other input shapes.
#pragma once

#include <string>
#include <vector>

#include "core/enum_names.hpp"
#include "domain/foresight/delphi.hpp"

namespace cps::foresight {

// A quadrant by the poles of the two axes it lies at: first the horizontal axis (x), then the
// vertical one (y).
enum class Quadrant { high_high, low_high, low_low, high_low };
inline constexpr EnumName<Quadrant> kQuadrantNames[] = {{Quadrant::high_high, "high_high"},
                                                        {Quadrant::low_high, "low_high"},
                                                        {Quadrant::low_low, "low_low"},
                                                        {Quadrant::high_low, "high_low"}};
static_assert(names_each_value_once(kQuadrantNames));
inline constexpr auto kAllQuadrants = values_of(kQuadrantNames);
std::string_view to_string(Quadrant q);
bool x_high(Quadrant q);
bool y_high(Quadrant q);

// An axis: a key uncertainty and what its two ends mean ("public funding dries up" …).
struct ScenarioAxis {
  StatementId statement;
  std::string low;
  std::string high;
};

struct Scenario {
  Quadrant quadrant = Quadrant::high_high;
  std::string title;
  std::string narrative;                  // Markdown
  std::vector<StatementId> statements;    // the statements and results behind it
};

struct ScenarioFrame {
  StudyId study;
  std::vector<StatementId> drivers;        // near-certain forces shaping every scenario
  std::vector<StatementId> uncertainties;  // important and open; the axes are two of them
  ScenarioAxis x;
  ScenarioAxis y;
  std::vector<Scenario> scenarios;  // one per quadrant, in kAllQuadrants order
  int revision = 0;                 // 0 before the first is saved
  Seconds updated_at = 0;
};

}  // namespace cps::foresight
