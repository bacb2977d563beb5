#include "readers/eurostat_tsv.hpp"

#include <charconv>
#include <cmath>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"
#include "readers/cells.hpp"

namespace cps::readers {

using i18n::N_;

namespace {

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    std::size_t at = s.find(separator, start);
    out.push_back(
        s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

std::string_view trim(std::string_view s) {
  return trim_cell(s);
}

// A value cell: "12.5", "12.5 b", ":", ": c". Returns false when it is none of these.
bool read_value(std::string_view cell, std::optional<double>& value, std::string& flags) {
  cell = trim(cell);
  std::string_view number = cell, rest;
  if (auto space = cell.find(' '); space != std::string_view::npos) {
    number = cell.substr(0, space);
    rest = trim(cell.substr(space + 1));
  } else if (!cell.empty() && cell != ":") {
    // Flags may follow the number without a space in some extracts: "4.0bu".
    std::size_t end = cell.find_first_not_of("0123456789.-+eE");
    if (end != std::string_view::npos && end > 0 && is_flags(cell.substr(end))) {
      number = cell.substr(0, end);
      rest = cell.substr(end);
    }
  }
  if (!is_flags(rest)) return false;
  flags = std::string(rest);
  if (number == ":") {
    value.reset();
    return true;
  }
  value = parse_number(number);
  return value.has_value();
}

}  // namespace

Result<ObservationTable> read_eurostat_tsv(std::istream& in, const ReadProgress& progress) {
  ObservationTable table;
  std::string line;
  std::size_t bytes = 0;
  if (!std::getline(in, line))
    return fail(ErrorKind::unprocessable, "The file is empty.", "line 1");
  bytes += line.size() + 1;
  if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
  // The header's codes become the dataset's dimension names, stored and shown.
  if (!text::is_valid_utf8(line)) return fail(ErrorKind::unprocessable, "The line is not valid UTF-8.", "line 1");
  auto header = split(line, '\t');
  auto first = split(trim(header[0]), ',');
  if (header.size() < 2 || first.size() < 2 || trim(first.back()) != "geo\\time")
    return fail(ErrorKind::unprocessable,
                "This is not a Eurostat TSV file: the first column must be named like "
                "unit,nace_r2,geo\\time.",
                "line 1");
  for (std::size_t i = 0; i + 1 < first.size(); ++i)
    table.dimension_names.emplace_back(trim(first[i]));
  for (std::size_t c = 1; c < header.size(); ++c) {
    auto year_text = trim(header[c]);
    int year = 0;
    auto [end, ec] = std::from_chars(year_text.data(), year_text.data() + year_text.size(), year);
    if (ec != std::errc() || end != year_text.data() + year_text.size() || year < 1900 ||
        year > 2100)
      return fail(ErrorKind::unprocessable,
                  "A column heading is not a year (this reader takes annual data).",
                  "line 1, column " + std::to_string(c + 1));
    table.years.push_back(year);
  }

  std::size_t line_no = 1;
  while (std::getline(in, line)) {
    ++line_no;
    bytes += line.size() + 1;
    if (progress && line_no % 4096 == 0) progress(bytes);
    if (trim(line).empty()) continue;
    if (!text::is_valid_utf8(line)) {
      table.issues.push_back({line_no, 1, N_("The line is not valid UTF-8."), ""});
      continue;
    }
    auto cells = split(line, '\t');
    if (cells.size() != header.size()) {
      table.issues.push_back({line_no, std::min(cells.size(), header.size()) + 1,
                              N_("The line has a different number of columns than the header."),
                              std::to_string(cells.size())});
      continue;
    }
    auto keys = split(trim(cells[0]), ',');
    if (keys.size() != table.dimension_names.size() + 1) {
      table.issues.push_back({line_no, 1,
                              N_("The codes do not match the dimensions of the header."),
                              quote_cell(cells[0], 80)});
      continue;
    }
    std::vector<std::string> dimensions;
    for (std::size_t i = 0; i + 1 < keys.size(); ++i) dimensions.emplace_back(trim(keys[i]));
    std::string geo(trim(keys.back()));
    for (std::size_t c = 1; c < cells.size(); ++c) {
      Observation o;
      if (!read_value(cells[c], o.value, o.flags)) {
        table.issues.push_back({line_no, c + 1,
                                N_("The value is not a number, ':' or a number with flags."),
                                quote_cell(trim(cells[c]), 40)});
        continue;
      }
      o.dimensions = dimensions;
      o.geo = geo;
      o.year = table.years[c - 1];
      o.line = line_no;
      o.column = c + 1;
      table.observations.push_back(std::move(o));
    }
  }
  if (progress) progress(bytes);
  return table;
}

}  // namespace cps::readers
