#include "domain/foresight/delphi.hpp"

#include "domain/foresight/delphi_scenarios.hpp"

namespace cps::foresight {

std::string_view to_string(StatementKind k) { return name_of(k, kStatementKindNames); }
std::string_view to_string(RoundState s) { return name_of(s, kRoundStateNames); }
std::string_view to_string(Standing s) { return name_of(s, kStandingNames); }
bool is_rating(StatementKind k) { return k != StatementKind::time_horizon; }
std::string_view to_string(Quadrant q) { return name_of(q, kQuadrantNames); }
bool x_high(Quadrant q) { return q == Quadrant::high_high || q == Quadrant::high_low; }
bool y_high(Quadrant q) { return q == Quadrant::high_high || q == Quadrant::low_high; }

}  // namespace cps::foresight
