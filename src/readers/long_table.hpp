// The plain long layout people make themselves: a header `region,sector,year,value` with an
// optional `flag` column (names exactly these, in any case), then one value per line.
// `sector` may be empty in datasets without sectors. Read from CSV or from the first
// worksheet of an XLSX workbook.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "readers/observation_table.hpp"

namespace cps::readers {

// Turns rows of cells (from either file type) into observations; the cells of a row are by
// column, from column 1.
class LongTableRows {
 public:
  // Fails (unprocessable, naming line 1) when the header is not the long layout.
  static Result<LongTableRows> start(const std::vector<std::string>& header);
  void add(std::size_t line, const std::vector<std::string>& cells);
  void report(Issue issue) { table_.issues.push_back(std::move(issue)); }
  ObservationTable finish() { return std::move(table_); }

 private:
  ObservationTable table_;
  std::size_t columns_ = 4;
};

Result<ObservationTable> read_long_csv(std::istream& in, const ReadProgress& progress = {});

}  // namespace cps::readers
