// Reading the cells every statistical layout shares: numbers, years, Eurostat flags, and
// records of comma-separated files (RFC 4180: quoted fields, "" inside quotes, CRLF).
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/csv_records.hpp"

namespace cps::readers {

// Without surrounding spaces, tabs and carriage returns.
std::string_view trim_cell(std::string_view s);
// What an issue quotes of a cell: its first `max_bytes` at most, never ending inside a UTF-8
// sequence, so that the quote of a UTF-8 cell is UTF-8 (issues are stored and shown).
std::string quote_cell(std::string_view cell, std::size_t max_bytes);
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

// The CSV reader every layout shares.
using exports::CsvRecords;

}  // namespace cps::readers
