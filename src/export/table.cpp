#include "export/table.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace cps::exports {

namespace {

enum class ColumnTypes { apply, ignore };  // the header row is text whatever its column holds

ColumnType type_of(const Table& table, std::size_t column) {
  return column < table.types.size() ? table.types[column] : ColumnType::text;
}

// The cell's figure when it is one written in full ("-1.5", "2e3"), for number columns.
std::optional<double> figure(const std::string& cell) {
  if (cell.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(cell.c_str(), &end);
  if (end != cell.c_str() + cell.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// Cells a spreadsheet would run as a formula, and those that start with the apostrophe that
// marks a guarded cell.
bool needs_guard(std::string_view value) {
  return !value.empty() && std::string_view("=+-@\t\r'").find(value[0]) != std::string_view::npos;
}

void csv_cell(std::string& out, const std::string& cell, ColumnType type) {
  std::string value = cell;
  if (type == ColumnType::number && figure(cell)) {
    out += value;
    return;
  }
  if (needs_guard(value)) value.insert(value.begin(), '\'');
  bool quote = value.find_first_of(",\"\r\n") != std::string::npos;
  if (!quote) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void csv_row(std::string& out, const Table& table, const std::vector<std::string>& cells,
             ColumnTypes types) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out += ',';
    csv_cell(out, cells[i], types == ColumnTypes::apply ? type_of(table, i) : ColumnType::text);
  }
  out += "\r\n";
}

// Sheet names are at most 31 characters and may not hold []:*?/\ .
std::string sheet_name(const std::string& name) {
  std::string out;
  for (char c : name)
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) out += c;
  if (out.empty()) out = "Sheet1";
  if (out.size() > 31) out.resize(31);
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
  if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80)) out.pop_back();
  return out;
}

// Workbook sheet names compare without regard to case; a repeated one gets " (2)", " (3)" …
// within the 31 characters.
std::string unique_sheet_name(const std::string& name, const std::vector<std::string>& taken) {
  auto same = [](const std::string& a, const std::string& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) ==
                                                  std::tolower(static_cast<unsigned char>(y)); });
  };
  auto free = [&](const std::string& n) {
    return std::none_of(taken.begin(), taken.end(), [&](const std::string& t) { return same(t, n); });
  };
  if (free(name)) return name;
  for (int n = 2;; ++n) {
    std::string suffix = " (" + std::to_string(n) + ")";
    std::string candidate = sheet_name(name.substr(0, 31 - suffix.size())) + suffix;
    if (free(candidate)) return candidate;
  }
}

// A bold, frozen header row, figures as numbers and every other cell as text, columns as
// wide as their longest cell (up to 60).
void write_sheet(lxw_worksheet* sheet, const Table& table, lxw_format* bold) {
  std::vector<std::size_t> widths(table.columns.size(), 8);
  auto note_width = [&](std::size_t c, const std::string& s) {
    if (c < widths.size()) widths[c] = std::min<std::size_t>(60, std::max(widths[c], s.size() + 2));
  };
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    worksheet_write_string(sheet, 0, lxw_col_t(c), table.columns[c].c_str(), bold);
    note_width(c, table.columns[c]);
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      if (auto v =
              type_of(table, c) == ColumnType::number ? figure(table.rows[r][c]) : std::nullopt)
        worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), *v, nullptr);
      else
        worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), table.rows[r][c].c_str(),
                               nullptr);
      note_width(c, table.rows[r][c]);
    }
  for (std::size_t c = 0; c < widths.size(); ++c)
    worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), double(widths[c]), nullptr);
  worksheet_freeze_panes(sheet, 1, 0);
}

}  // namespace

std::string to_csv(const Table& table) {
  std::string out;
  csv_row(out, table, table.columns, ColumnTypes::ignore);
  for (const auto& row : table.rows) csv_row(out, table, row, ColumnTypes::apply);
  return out;
}

std::string csv_text(std::string_view cell) {
  if (cell.size() >= 2 && cell[0] == '\'' && needs_guard(cell.substr(1))) cell.remove_prefix(1);
  return std::string(cell);
}

std::string list_cell(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out += ';';
    for (char c : values[i]) {
      if (c == ';' || c == '\\') out += '\\';
      out += c;
    }
  }
  return out;
}

std::optional<std::vector<std::string>> parse_list_cell(std::string_view cell) {
  std::vector<std::string> out;
  if (cell.empty()) return out;
  out.emplace_back();
  for (std::size_t i = 0; i < cell.size(); ++i) {
    char c = cell[i];
    if (c == '\\') {
      if (i + 1 == cell.size() || (cell[i + 1] != ';' && cell[i + 1] != '\\')) return std::nullopt;
      out.back() += cell[++i];
    } else if (c == ';') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

std::string to_json(const Table& table) {
  boost::json::array items;
  for (const auto& row : table.rows) {
    boost::json::object item;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const std::string cell = c < row.size() ? row[c] : std::string();
      if (type_of(table, c) == ColumnType::text) {
        item[table.columns[c]] = cell;
      } else if (auto v = figure(cell)) {
        item[table.columns[c]] = *v;
      } else {
        item[table.columns[c]] = nullptr;
      }
    }
    items.push_back(std::move(item));
  }
  return boost::json::serialize(
      boost::json::object{{"name", table.name}, {"items", std::move(items)}});
}

Result<std::string> to_xlsx(const Table& table) { return to_xlsx(std::vector<Table>{table}); }

Result<std::string> to_xlsx(const std::vector<Table>& tables) {
  // libxlsxwriter 1.1.4 writes to a file only: a private temporary one, removed afterwards.
  std::string path = (std::filesystem::temp_directory_path() / "cps-export-XXXXXX.xlsx").string();
  int fd = ::mkstemps(path.data(), 5);
  if (fd < 0)
    return fail(ErrorKind::internal, "The file cannot be made now.", {}, "mkstemps failed");
  ::close(fd);
  struct Remove {
    std::string p;
    ~Remove() { std::filesystem::remove(p); }
  } remove{path};

  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook)
    return fail(ErrorKind::internal, "The file cannot be made now.", {}, "workbook_new");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  std::vector<std::string> names;
  for (const Table& table : tables) {
    std::string name = unique_sheet_name(sheet_name(table.name), names);
    names.push_back(name);
    write_sheet(workbook_add_worksheet(workbook, name.c_str()), table, bold);
  }
  if (tables.empty()) workbook_add_worksheet(workbook, nullptr);
  if (workbook_close(workbook) != LXW_NO_ERROR)
    return fail(ErrorKind::internal, "The file cannot be made now.", {}, "workbook_close");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace cps::exports
