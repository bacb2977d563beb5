// A Delphi study's results as a table (aggregates only: no respondent, no key, no argument),
// for the CSV export of the API and the pages.
#pragma once

#include "domain/foresight/delphi_service.hpp"
#include "export/table.hpp"

namespace cps::foresight {

// One row per statement and closed round: the statistics, consensus and the change since the
// statement's previous round, and its standing now.
exports::Table results_table(const StudyView& view);

}  // namespace cps::foresight
