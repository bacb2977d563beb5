// Reading the cells every statistical layout shares: numbers, years, Eurostat flags, and
// records of comma-separated files (RFC 4180: quoted fields, "" inside quotes, CRLF).
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cps::statistics {

// Without surrounding spaces, tabs and carriage returns.
std::string_view trim_cell(std::string_view s);
// A decimal number (from_chars syntax, finite), or nullopt.
std::optional<double> parse_number(std::string_view s);
// A year from 1900 to 2100 written as digits only, or nullopt.
std::optional<int> parse_year(std::string_view s);
// Eurostat's flags: b break in series, c confidential, d definition differs, e estimated,
// f forecast, i see metadata, n not significant, p provisional, r revised, s Eurostat
// estimate, u low reliability, z not applicable. True also for "".
bool is_flags(std::string_view s);
// True for the cells that mean "not available": "", ":" and ".." .
bool is_not_available(std::string_view s);

// Records of a CSV file, one at a time, with the line each starts on (quoted fields may
// span lines). A byte-order mark before the first record is skipped.
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

}  // namespace cps::statistics
