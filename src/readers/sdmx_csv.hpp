// SDMX-CSV as Eurostat's API serves it: one observation per line under a header such as
// `DATAFLOW,LAST UPDATE,freq,unit,nace_r2,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG`, and the
// SDMX-CSV 2.0 variant (`STRUCTURE,STRUCTURE_ID,ACTION,…`), with labels either in the cells
// (`unit: Unit of measure`, `THS: Thousand persons`) or in label columns of their own.
#pragma once

#include <istream>

#include "core/error.hpp"
#include "readers/observation_table.hpp"

namespace cps::readers {

// Every column other than the structural ones (DATAFLOW, STRUCTURE…, LAST UPDATE, ACTION,
// freq, CONF_STATUS, label columns), geo, TIME_PERIOD, OBS_VALUE and OBS_FLAG is a
// dimension. Only annual periods are read; others are reported. A header without geo,
// TIME_PERIOD or OBS_VALUE fails (unprocessable, naming line 1).
Result<ObservationTable> read_sdmx_csv(std::istream& in, const ReadProgress& progress = {});

}  // namespace cps::readers
