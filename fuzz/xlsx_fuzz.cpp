// Workbooks uploaded as datasets: the long layout and the plain table reader, under small
// limits so that a zip bomb is refused quickly rather than filling the fuzzer's memory.
#include "fuzz/readers_fuzz.hpp"
#include "readers/xlsx.hpp"

using namespace cps;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes = fuzz::text(data, size);
  readers::XlsxLimits limits;
  limits.max_unpacked_bytes = 8u << 20;
  limits.max_table_rows = 1000;
  if (auto table = readers::read_xlsx(bytes, {}, limits)) fuzz::check_table(*table);
  if (auto table = readers::read_xlsx_table(bytes, limits)) {
    fuzz::require(table->rows.size() <= limits.max_table_rows, "no more rows than the limit");
    for (const auto& column : table->columns) fuzz::require(text::is_valid_utf8(column), "headings are UTF-8");
    for (const auto& row : table->rows) {
      fuzz::require(row.size() == table->columns.size(), "rows are as wide as the header");
      for (const auto& cell : row) fuzz::require(text::is_valid_utf8(cell), "cells are UTF-8");
    }
  }
  return 0;
}
