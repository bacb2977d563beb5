// The Eurostat bulk download format (TSV): a first column joining the dimension codes with
// commas and ending in geo (header `unit,nace_r2,age,geo\time`), then one column per year;
// each value is a number or ':' (not available), followed by flags (b break in series,
// u low reliability, c confidential, e estimated, p provisional, …).
#pragma once

#include <istream>

#include "core/error.hpp"
#include "readers/observation_table.hpp"

namespace cps::readers {

// Reads a whole file. A header that is not the Eurostat layout fails (kind unprocessable,
// naming line 1); bad rows and cells become issues and are left out.
Result<ObservationTable> read_eurostat_tsv(std::istream& in, const ReadProgress& progress = {});

}  // namespace cps::readers
