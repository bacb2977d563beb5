#include "readers/sdmx_csv.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"
#include "readers/cells.hpp"

namespace cps::readers {

using i18n::N_;

namespace {

// "unit: Unit of measure" → "unit"; "THS: Thousand persons" → "THS".
std::string_view code_of(std::string_view cell) {
  cell = trim_cell(cell);
  if (auto colon = cell.find(": "); colon != std::string_view::npos)
    cell = trim_cell(cell.substr(0, colon));
  return cell;
}

// Dimension ids are codes in one case: Eurostat's in lower case (nace_r2), SDMX's own in
// upper case (REF_AREA). Label headings are words: "Time", "Unit of measure".
bool is_identifier(std::string_view s) {
  auto code = [&](char from, char to) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [&](char c) {
      return (c >= from && c <= to) || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    });
  };
  return code('a', 'z') || code('A', 'Z');
}

const std::set<std::string, std::less<>> kStructural = {
    "DATAFLOW",    "STRUCTURE",   "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION",
    "LAST UPDATE", "LAST_UPDATE", "CONF_STATUS",  "OBS_STATUS"};

enum class Role { ignored, dimension, geo, time, value, flag, frequency };

}  // namespace

Result<ObservationTable> read_sdmx_csv(std::istream& in, const ReadProgress& progress) {
  ObservationTable table;
  CsvRecords records(in);
  std::vector<std::string> cells;
  auto first = records.next(cells);
  if (first == CsvRecords::Read::end)
    return fail(ErrorKind::unprocessable, "The file is empty.", "line 1");
  std::vector<Role> roles;
  std::optional<std::size_t> geo, time, value, flag, frequency;
  std::vector<std::size_t> dimension_columns;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    std::string_view raw = trim_cell(cells[c]);
    std::string_view name = code_of(raw);
    Role role = Role::dimension;
    if (kStructural.contains(name))
      role = Role::ignored;
    else if (name == "geo")
      role = Role::geo;
    else if (name == "TIME_PERIOD")
      role = Role::time;
    else if (name == "OBS_VALUE")
      role = Role::value;
    else if (name == "OBS_FLAG")
      role = Role::flag;
    else if (name == "freq" || name == "FREQ")
      role = Role::frequency;
    // A heading that is not a code ("Unit of measure", "Time") is the label column of the
    // column before it.
    else if (!is_identifier(name))
      role = Role::ignored;
    auto claim = [&](std::optional<std::size_t>& at) {
      if (!at)
        at = c;
      else
        role = Role::ignored;
    };
    if (role == Role::geo) claim(geo);
    if (role == Role::time) claim(time);
    if (role == Role::value) claim(value);
    if (role == Role::flag) claim(flag);
    if (role == Role::frequency) claim(frequency);
    if (role == Role::dimension) {
      dimension_columns.push_back(c);
      table.dimension_names.emplace_back(name);
    }
    roles.push_back(role);
  }
  if (first == CsvRecords::Read::bad_quotes || !geo || !time || !value)
    return fail(ErrorKind::unprocessable,
                "This is not an SDMX-CSV file: the header must have the columns geo, "
                "TIME_PERIOD and OBS_VALUE.",
                "line 1");

  std::set<int> years;
  std::size_t records_read = 0;
  for (;;) {
    auto read = records.next(cells);
    if (read == CsvRecords::Read::end) break;
    std::size_t line = records.line();
    if (progress && ++records_read % 4096 == 0) progress(records.bytes());
    if (read == CsvRecords::Read::bad_quotes) {
      table.issues.push_back({line, cells.size(),
                              N_("A quotation mark is not closed, or text follows a closing one."),
                              ""});
      continue;
    }
    if (cells.size() == 1 && trim_cell(cells[0]).empty()) continue;
    if (cells.size() != roles.size()) {
      table.issues.push_back({line, std::min(cells.size(), roles.size()) + 1,
                              N_("The line has a different number of columns than the header."),
                              std::to_string(cells.size())});
      continue;
    }
    if (std::any_of(cells.begin(), cells.end(),
                    [](const std::string& s) { return !text::is_valid_utf8(s); })) {
      table.issues.push_back({line, 1, N_("The line is not valid UTF-8."), ""});
      continue;
    }
    if (frequency) {
      auto f = code_of(cells[*frequency]);
      if (f != "A") {
        table.issues.push_back({line, *frequency + 1,
                                N_("Only annual data can be read; this period is not a year."),
                                quote_cell(f, 40)});
        continue;
      }
    }
    auto period = trim_cell(cells[*time]);
    auto year = parse_year(period);
    if (!year) {
      bool other_period = period.size() > 4 && parse_year(period.substr(0, 4));
      table.issues.push_back({line, *time + 1,
                              other_period
                                  ? N_("Only annual data can be read; this period is not a year.")
                                  : N_("The year is not a whole number from 1900 to 2100."),
                              quote_cell(period, 40)});
      continue;
    }
    Observation o;
    o.line = line;
    o.column = *value + 1;
    o.year = *year;
    o.geo = std::string(code_of(cells[*geo]));
    if (o.geo.empty()) {
      table.issues.push_back({line, *geo + 1, N_("The region code is empty."), ""});
      continue;
    }
    auto v = trim_cell(cells[*value]);
    if (!is_not_available(v)) {
      o.value = parse_number(v);
      if (!o.value) {
        table.issues.push_back(
            {line, *value + 1, N_("The value is not a number."), quote_cell(v, 40)});
        continue;
      }
    }
    if (flag) {
      auto f = code_of(cells[*flag]);
      if (!is_flags(f)) {
        table.issues.push_back({line, *flag + 1,
                                N_("The flag is not one of Eurostat's flag letters."),
                                quote_cell(f, 40)});
        continue;
      }
      o.flags = std::string(f);
    }
    for (auto c : dimension_columns) o.dimensions.emplace_back(code_of(cells[c]));
    if (years.insert(o.year).second) table.years.push_back(o.year);
    table.observations.push_back(std::move(o));
  }
  if (progress) progress(records.bytes());
  return table;
}

}  // namespace cps::readers
