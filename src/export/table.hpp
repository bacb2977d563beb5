// A table of text cells and its CSV and XLSX forms, for the exports of every list.
#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"

namespace cps::exports {

struct Table {
  std::string name;                  // the sheet's name in a workbook
  std::vector<std::string> columns;  // header row
  std::vector<std::vector<std::string>> rows;
};

// RFC 4180 CSV in UTF-8 with CRLF line ends. A cell that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe.
std::string to_csv(const Table& table);

// An Office Open XML workbook with one sheet: a bold, frozen header row and every cell as text.
Result<std::string> to_xlsx(const Table& table);

}  // namespace cps::exports
