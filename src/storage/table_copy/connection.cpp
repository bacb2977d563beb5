#include "storage/table_copy/connection.hpp"

#include "storage/table_copy/connections.hpp"

namespace cps::storage::table_copy {

Result<std::unique_ptr<Connection>> Connection::open(const DatabaseUrl& url, Missing missing) {
  if (url.dialect == Dialect::sqlite) return open_sqlite(url, missing);
  return open_postgres(url);
}

std::string quote_name(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void append_canonical(std::string& line, const Row& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) line += '\t';
    if (row[i].null) {
      line += "\\N";
      continue;
    }
    for (char c : row[i].text) {
      switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c;
      }
    }
  }
  line += '\n';
}

}  // namespace cps::storage::table_copy
