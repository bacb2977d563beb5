// The first worksheet of an XLSX workbook, as the long layout (region,sector,year,value[,flag])
// or as a plain table of text cells: numbers, shared strings and inline strings, placed by
// their cell references. Workbooks are zip archives, so reading one is guarded against zip
// bombs.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/error.hpp"
#include "export/table.hpp"
#include "readers/observation_table.hpp"

namespace cps::readers {

struct XlsxLimits {
  std::size_t max_unpacked_bytes = 200u << 20;  // all parts read, after decompression
  std::size_t max_ratio = 200;                  // unpacked / packed size of a part over 1 MB
  std::size_t max_table_rows = 10000;           // rows under the header read_xlsx_table takes
};

// Issues name the worksheet's row and column. Fails (unprocessable, naming "file") for a
// file that is not a workbook or is over the limits, and naming "line 1" for a wrong header.
Result<ObservationTable> read_xlsx(std::string_view bytes, const ReadProgress& progress = {},
                                   const XlsxLimits& limits = {});

// The first worksheet as a table: its first row that has a cell is the header (trailing
// empty cells left out), each later row one row of the table, padded to the header's width;
// rows the sheet leaves out come back empty, so row i of the table is the sheet's row
// header + 1 + i. Fails (unprocessable) naming "file" for a file that is not a workbook or is
// over the limits, and "row N" for a cell right of the header's last column or a broken
// shared-text reference.
Result<exports::Table> read_xlsx_table(std::string_view bytes, const XlsxLimits& limits = {});

}  // namespace cps::readers
