// Tables as files through the API: a table sent as a CSV or XLSX download, and the rows of an
// uploaded CSV or XLSX file (header first) for the domain's readers of the same format.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "export/table.hpp"
#include "http/types.hpp"

namespace cps::api {

inline constexpr std::string_view kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The two forms of one table; the address's extension names it.
enum class TableForm { csv, xlsx };
TableForm table_form_of(const http::Request& r);  // xlsx for a path ending in .xlsx, else csv

// The bytes as a download named `file_name` (a Content-Disposition attachment).
http::Response file_response(const http::Request& r, std::string_view type, std::string bytes,
                             const std::string& file_name);
// The table in `form`, named stem + ".csv" or ".xlsx".
http::Response table_response(const http::Request& r, const exports::Table& table, TableForm form,
                              const std::string& stem);

// The request body's rows: a CSV file (cells as to_csv wrote them, blank lines left out) or the
// first sheet of an XLSX workbook. Fails with 415 for another Content-Type, and invalid or
// unprocessable naming "line N" or "file" for a body that cannot be read.
Result<std::vector<std::vector<std::string>>> uploaded_rows(const http::Request& r, TableForm form);

}  // namespace cps::api
