#include "api/table_files.hpp"

#include <sstream>

#include "api/json.hpp"
#include "core/text.hpp"
#include "export/csv_records.hpp"
#include "http/request.hpp"
#include "i18n/catalogue.hpp"
#include "readers/xlsx.hpp"

namespace cps::api {

namespace bhttp = http::bhttp;
using i18n::N_;

namespace {

Error at_line(std::string message, std::size_t line) {
  return Error{ErrorKind::invalid, std::move(message), "line " + std::to_string(line)};
}

Result<std::vector<std::vector<std::string>>> csv_rows(std::string_view csv) {
  // No multi-byte character holds a line feed, so the first bad line is where one breaks.
  for (std::size_t start = 0, line = 1; start < csv.size(); ++line) {
    std::size_t end = std::min(csv.find('\n', start), csv.size());
    if (!text::is_valid_utf8(csv.substr(start, end - start)))
      return std::unexpected(at_line(N_("The file is not UTF-8 text."), line));
    start = end + 1;
  }
  std::istringstream in{std::string(csv)};
  exports::CsvRecords records(in);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> cells;
  for (;;) {
    auto read = records.next(cells);
    if (read == exports::CsvRecords::Read::end) break;
    if (read == exports::CsvRecords::Read::bad_quotes)
      return std::unexpected(
          at_line(N_("A quoted cell is not closed, or text follows its closing quote."), records.line()));
    if (cells.size() == 1 && cells[0].empty()) continue;  // a blank line
    for (auto& cell : cells) cell = exports::csv_text(cell);
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace

TableForm table_form_of(const http::Request& r) {
  return r.path.ends_with(".xlsx") ? TableForm::xlsx : TableForm::csv;
}

http::Response file_response(const http::Request& r, std::string_view type, std::string bytes,
                             const std::string& file_name) {
  http::Response res = http::make_response(r, bhttp::status::ok, type, std::move(bytes));
  res.set(bhttp::field::content_disposition, "attachment; filename=\"" + file_name + "\"");
  return res;
}

http::Response table_response(const http::Request& r, const exports::Table& table, TableForm form,
                              const std::string& stem) {
  if (form == TableForm::csv) return file_response(r, "text/csv; charset=utf-8", exports::to_csv(table), stem + ".csv");
  auto bytes = exports::to_xlsx(table);
  if (!bytes) return error_response(r, bytes.error());
  return file_response(r, kXlsxType, std::move(*bytes), stem + ".xlsx");
}

Result<std::vector<std::vector<std::string>>> uploaded_rows(const http::Request& r, TableForm form) {
  std::string_view type = r.header(bhttp::field::content_type);
  if (form == TableForm::csv) {
    if (!http::media_type_is(type, "text/csv"))
      return fail(ErrorKind::unsupported_media_type, N_("Send the file as text/csv."), "Content-Type");
    return csv_rows(r.raw.body());
  }
  if (!http::media_type_is(type, kXlsxType))
    return fail(ErrorKind::unsupported_media_type, N_("Send the file as an XLSX workbook."), "Content-Type");
  readers::XlsxLimits limits;
  limits.max_unpacked_bytes = 64u << 20;  // a table of a few thousand rows is far smaller
  auto table = readers::read_xlsx_table(r.raw.body(), limits);
  if (!table) return std::unexpected(table.error());
  std::vector<std::vector<std::string>> rows;
  rows.reserve(table->rows.size() + 1);
  rows.push_back(std::move(table->columns));
  for (auto& row : table->rows) rows.push_back(std::move(row));
  return rows;
}

}  // namespace cps::api
