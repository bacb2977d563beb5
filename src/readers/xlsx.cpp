#include "readers/xlsx.hpp"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "files/zip_archive.hpp"
#include "i18n/catalogue.hpp"
#include "readers/long_table.hpp"

namespace cps::readers {

using i18n::N_;

namespace {

Error not_a_workbook() {
  return Error{ErrorKind::unprocessable, "This is not an XLSX workbook (or it is damaged).",
               "file"};
}

Error too_packed() {
  return Error{
      ErrorKind::unprocessable,
      "The workbook unpacks to far more data than a table of statistics holds; it was not read.",
      "file"};
}

// The parts of a workbook, read within the limits (files::ZipArchive), with the messages of
// this reader.
class Workbook {
 public:
  explicit Workbook(files::ZipArchive zip) : zip_(std::move(zip)) {}
  Result<std::optional<std::string>> part(const std::string& name) {
    auto bytes = zip_.entry(name);
    if (!bytes)
      return std::unexpected(files::is_over_limits(bytes.error()) ? too_packed()
                                                                  : not_a_workbook());
    return bytes;
  }

 private:
  files::ZipArchive zip_;
};

template <class Handler>
Status parse_xml(const std::string& xml, Handler& handler) {
  if (!files::visit_xml(xml, handler)) return std::unexpected(not_a_workbook());
  return {};
}

using files::XmlAttributes;

// xl/workbook.xml: the relationship id of the first sheet.
struct WorkbookXml final : files::XmlVisitor {
  std::string first_sheet;
  void open(std::string_view name, const XmlAttributes& attrs) override {
    if (name == "sheet" && first_sheet.empty()) first_sheet = attrs.get("id");
  }
  void close(std::string_view) override {}
  void text(std::string_view) override {}
};

// xl/_rels/workbook.xml.rels: targets by relationship id.
struct RelationshipsXml final : files::XmlVisitor {
  std::map<std::string, std::string> targets;
  void open(std::string_view name, const XmlAttributes& attrs) override {
    if (name == "Relationship") targets[std::string(attrs.get("Id"))] = attrs.get("Target");
  }
  void close(std::string_view) override {}
  void text(std::string_view) override {}
};

// xl/sharedStrings.xml: the text of each <si>, phonetic runs left out.
struct SharedStringsXml final : files::XmlVisitor {
  std::vector<std::string> strings;
  bool in_text = false;
  int phonetic = 0;
  void open(std::string_view name, const XmlAttributes&) override {
    if (name == "si")
      strings.emplace_back();
    else if (name == "rPh")
      ++phonetic;
    else if (name == "t" && !phonetic && !strings.empty())
      in_text = true;
  }
  void close(std::string_view name) override {
    if (name == "t")
      in_text = false;
    else if (name == "rPh")
      --phonetic;
  }
  void text(std::string_view s) override {
    if (in_text) strings.back().append(s);
  }
};

// "BC12" → column 55 (from 1); 0 when the reference has no letters.
std::size_t column_of(std::string_view ref) {
  std::size_t column = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + std::size_t(c - 'A' + 1);
    if (column > 16384) return 0;  // past Excel's last column
  }
  return column;
}

// The worksheet: rows of cells by column, each row handed on as it ends.
struct SheetXml final : files::XmlVisitor {
  const std::vector<std::string>* shared = nullptr;
  std::function<void(std::size_t row, std::vector<std::string>& cells)> on_row;
  std::function<void(Issue)> on_issue;
  std::size_t row = 0, next_row = 1, column = 0, next_column = 1;
  std::string type, value;
  bool in_value = false, in_inline = false;
  std::vector<std::string> cells;

  void open(std::string_view name, const XmlAttributes& attrs) override {
    if (name == "row") {
      auto r = attrs.get("r");
      row = r.empty() ? next_row : std::size_t(std::strtoull(std::string(r).c_str(), nullptr, 10));
      if (row == 0 || row > 1048576) row = next_row;
      next_row = row + 1;
      next_column = 1;
      cells.clear();
    } else if (name == "c") {
      auto ref = attrs.get("r");
      column = ref.empty() ? next_column : column_of(ref);
      if (column == 0) column = next_column;
      next_column = column + 1;
      type = attrs.get("t");
      value.clear();
    } else if (name == "v") {
      in_value = true;
    } else if (name == "is") {
      in_inline = true;
    } else if (name == "t" && in_inline) {
      in_value = true;
    }
  }
  void close(std::string_view name) override {
    if (name == "v" || name == "t")
      in_value = false;
    else if (name == "is")
      in_inline = false;
    else if (name == "c") {
      // Only the first columns matter; a stray cell far to the right is not a reason to
      // allocate thousands of empty ones.
      if (column > 64) {
        if (!value.empty())
          on_issue(
              {row, column, N_("The line has a different number of columns than the header."), ""});
        return;
      }
      std::string cell = value;
      if (type == "s") {
        char* end = nullptr;
        unsigned long long index = std::strtoull(value.c_str(), &end, 10);
        if (value.empty() || *end || index >= shared->size()) {
          on_issue({row, column, N_("The cell refers to a shared text the workbook does not have."),
                    value});
          cell.clear();
        } else {
          cell = (*shared)[index];
        }
      }
      if (cells.size() < column) cells.resize(column);
      cells[column - 1] = std::move(cell);
    } else if (name == "row") {
      on_row(row, cells);
    }
  }
  void text(std::string_view s) override {
    if (in_value) value.append(s);
  }
};

// The first worksheet's XML and the workbook's shared strings: what every reading of a
// workbook starts from.
struct FirstSheet {
  std::string xml;
  std::vector<std::string> shared;
};

Result<FirstSheet> open_first_sheet(std::string_view bytes, const XlsxLimits& limits) {
  auto zip = files::ZipArchive::open(
      bytes, files::ZipLimits{.max_unpacked_bytes = limits.max_unpacked_bytes,
                              .max_ratio = limits.max_ratio});
  if (!zip)
    return std::unexpected(files::is_over_limits(zip.error()) ? too_packed() : not_a_workbook());
  Workbook book(std::move(*zip));

  auto workbook_xml = book.part("xl/workbook.xml");
  if (!workbook_xml) return std::unexpected(workbook_xml.error());
  if (!*workbook_xml) return std::unexpected(not_a_workbook());
  WorkbookXml workbook;
  if (auto ok = parse_xml(**workbook_xml, workbook); !ok) return std::unexpected(ok.error());
  std::string sheet_path = "xl/worksheets/sheet1.xml";
  auto rels_xml = book.part("xl/_rels/workbook.xml.rels");
  if (!rels_xml) return std::unexpected(rels_xml.error());
  if (*rels_xml && !workbook.first_sheet.empty()) {
    RelationshipsXml rels;
    if (auto ok = parse_xml(**rels_xml, rels); !ok) return std::unexpected(ok.error());
    if (auto it = rels.targets.find(workbook.first_sheet); it != rels.targets.end()) {
      const std::string& target = it->second;
      sheet_path = target.starts_with("/") ? target.substr(1) : "xl/" + target;
    }
  }
  SharedStringsXml shared;
  auto strings_xml = book.part("xl/sharedStrings.xml");
  if (!strings_xml) return std::unexpected(strings_xml.error());
  if (*strings_xml)
    if (auto ok = parse_xml(**strings_xml, shared); !ok) return std::unexpected(ok.error());
  auto sheet_xml = book.part(sheet_path);
  if (!sheet_xml) return std::unexpected(sheet_xml.error());
  if (!*sheet_xml) return std::unexpected(not_a_workbook());
  return FirstSheet{std::move(**sheet_xml), std::move(shared.strings)};
}

}  // namespace

Result<ObservationTable> read_xlsx(std::string_view bytes, const ReadProgress& progress,
                                   const XlsxLimits& limits) {
  auto first = open_first_sheet(bytes, limits);
  if (!first) return std::unexpected(first.error());
  if (progress) progress(bytes.size() / 2);

  std::optional<LongTableRows> rows;
  std::optional<Error> header_error;
  std::vector<Issue> early;  // issues of cells before the header row
  SheetXml sheet;
  sheet.shared = &first->shared;
  sheet.on_issue = [&](Issue issue) {
    if (rows)
      rows->report(std::move(issue));
    else
      early.push_back(std::move(issue));
  };
  sheet.on_row = [&](std::size_t row, std::vector<std::string>& cells) {
    if (header_error) return;
    if (!rows) {
      auto started = LongTableRows::start(cells);
      if (!started) {
        header_error = started.error();
        header_error->field = "line " + std::to_string(row);
        sheet.stop = true;
        return;
      }
      rows.emplace(std::move(*started));
      for (auto& i : early) rows->report(std::move(i));
      return;
    }
    // Empty cells are not written at all: a missing value ends the row early.
    if (cells.size() < 5) cells.resize(5);
    rows->add(row, cells);
  };
  if (auto ok = parse_xml(first->xml, sheet); !ok && !header_error)
    return std::unexpected(ok.error());
  if (header_error) return std::unexpected(*header_error);
  if (!rows) return fail(ErrorKind::unprocessable, "The file is empty.", "line 1");
  if (progress) progress(bytes.size());
  return rows->finish();
}

Result<exports::Table> read_xlsx_table(std::string_view bytes, const XlsxLimits& limits) {
  auto first = open_first_sheet(bytes, limits);
  if (!first) return std::unexpected(first.error());
  exports::Table table;
  std::size_t header_row = 0;
  std::optional<Error> problem;
  auto refuse = [&](std::size_t row, std::string message) {
    if (problem) return;
    problem = Error{ErrorKind::unprocessable, std::move(message), "row " + std::to_string(row)};
  };
  SheetXml sheet;
  sheet.shared = &first->shared;
  sheet.on_issue = [&](Issue issue) {
    refuse(issue.line, issue.message);
    sheet.stop = true;
  };
  sheet.on_row = [&](std::size_t row, std::vector<std::string>& cells) {
    if (problem) return;
    if (!header_row) {
      while (!cells.empty() && cells.back().empty()) cells.pop_back();
      if (cells.empty()) return;  // blank rows above the header
      header_row = row;
      table.columns = std::move(cells);
      return;
    }
    if (row <= header_row + table.rows.size()) {  // rows out of order: a damaged sheet
      problem = not_a_workbook();
      sheet.stop = true;
      return;
    }
    if (row - header_row > limits.max_table_rows) {
      refuse(row, N_("The table has more rows than can be read at once."));
      sheet.stop = true;
      return;
    }
    if (std::any_of(cells.begin() + std::ptrdiff_t(std::min(cells.size(), table.columns.size())), cells.end(),
                    [](const std::string& c) { return !c.empty(); })) {
      refuse(row, N_("The line has a different number of columns than the header."));
      sheet.stop = true;
      return;
    }
    // Rows without a cell are not written at all: they are put back empty, so that a row of
    // the table is the sheet's row (header_row + 1 + index) that a message names.
    cells.resize(table.columns.size());
    table.rows.resize(row - header_row - 1, std::vector<std::string>(table.columns.size()));
    table.rows.push_back(std::move(cells));
  };
  if (auto ok = parse_xml(first->xml, sheet); !ok && !problem) return std::unexpected(ok.error());
  if (problem) return std::unexpected(*problem);
  if (!header_row) return fail(ErrorKind::unprocessable, "The file is empty.", "row 1");
  return table;
}

}  // namespace cps::readers
