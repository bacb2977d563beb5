#include "domain/foresight/delphi.hpp"

namespace cps::foresight {

std::string_view to_string(StatementKind k) { return name_of(k, kStatementKindNames); }
std::string_view to_string(RoundState s) { return name_of(s, kRoundStateNames); }
std::string_view to_string(Standing s) { return name_of(s, kStandingNames); }
bool is_rating(StatementKind k) { return k != StatementKind::time_horizon; }

}  // namespace cps::foresight
