// Reading comma-separated files record by record (RFC 4180: quoted fields, "" inside quotes,
// CRLF or LF), for every import that takes CSV.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace cps::exports {

// Records of a CSV file, one at a time, with the line each starts on (quoted fields may
// span lines). A byte-order mark before the first record is skipped. Cells are returned as
// written: unquoted cells keep their spaces.
class CsvRecords {
 public:
  enum class Read { record, end, bad_quotes };

  explicit CsvRecords(std::istream& in, char separator = ',');
  // The next record's cells. bad_quotes: a quoted field was not closed, or text followed its
  // closing quote; the rest of that line is skipped and `cells` holds what was read.
  Read next(std::vector<std::string>& cells);
  std::size_t line() const { return record_line_; }
  std::size_t bytes() const { return bytes_; }

 private:
  int get();
  int peek();

  std::streambuf* in_;
  char separator_;
  std::size_t line_ = 1;
  std::size_t record_line_ = 0;
  std::size_t bytes_ = 0;
  bool first_ = true;
};

}  // namespace cps::exports
