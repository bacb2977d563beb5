// The long layout (region,sector,year,value[,flag]) in the first worksheet of an XLSX
// workbook: numbers, shared strings and inline strings, placed by their cell references.
// Workbooks are zip archives, so reading one is guarded against zip bombs.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/error.hpp"
#include "readers/observation_table.hpp"

namespace cps::readers {

struct XlsxLimits {
  std::size_t max_unpacked_bytes = 200u << 20;  // all parts read, after decompression
  std::size_t max_ratio = 200;                  // unpacked / packed size of a part over 1 MB
};

// Issues name the worksheet's row and column. Fails (unprocessable, naming "file") for a
// file that is not a workbook or is over the limits, and naming "line 1" for a wrong header.
Result<ObservationTable> read_xlsx(std::string_view bytes, const ReadProgress& progress = {},
                                   const XlsxLimits& limits = {});

}  // namespace cps::readers
