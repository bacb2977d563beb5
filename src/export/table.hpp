// A table of text cells and its CSV and XLSX forms (one table or several as sheets), for the exports of every list, and the
// cell encodings an import reads back.
#pragma once

#include <optional>
#include <string>
#include <string_view>
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

// RFC 4180 CSV in UTF-8 with CRLF line ends. A text cell that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe, and
// so is one that starts with an apostrophe, so that csv_text can always undo it.
std::string to_csv(const Table& table);

// A cell of a CSV file written by to_csv as it was in the table: without the one apostrophe
// put before formulas and apostrophes.
std::string csv_text(std::string_view cell);

// A list in one cell: the values joined with ";", where a ";" or "\" inside a value is
// written "\;" or "\\". No values (or one empty value) make an empty cell.
std::string list_cell(const std::vector<std::string>& values);
// The values of a list cell; nullopt when a "\" is followed by anything but ";" or "\".
// An empty cell is no values.
std::optional<std::vector<std::string>> parse_list_cell(std::string_view cell);

// {"name": …, "items": [{column: value, …}, …]}: number columns as JSON numbers (null when
// empty), the others as strings.
std::string to_json(const Table& table);

// An Office Open XML workbook with one sheet: a bold, frozen header row, figures as numbers
// and every other cell as text.
Result<std::string> to_xlsx(const Table& table);
// A workbook with one sheet per table, in order, each as to_xlsx writes its one; sheet names
// made unique (" (2)", " (3)" … added to a repeated name).
Result<std::string> to_xlsx(const std::vector<Table>& tables);

}  // namespace cps::exports
