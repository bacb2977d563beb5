// A table of text cells and its CSV and XLSX forms, for the exports of every list.
#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"

namespace cps::exports {

// Number columns hold figures written with a '.' decimal point ("" for none); they stay
// numbers in every format.
enum class ColumnType { text, number };

struct Table {
  std::string name;                  // the sheet's name in a workbook
  std::vector<std::string> columns;  // header row
  std::vector<std::vector<std::string>> rows;
  std::vector<ColumnType> types = {};  // per column; columns not listed are text
};

// RFC 4180 CSV in UTF-8 with CRLF line ends. A cell that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe.
std::string to_csv(const Table& table);

// {"name": …, "items": [{column: value, …}, …]}: number columns as JSON numbers (null when
// empty), the others as strings.
std::string to_json(const Table& table);

// An Office Open XML workbook with one sheet: a bold, frozen header row, figures as numbers
// and every other cell as text.
Result<std::string> to_xlsx(const Table& table);

}  // namespace cps::exports
