#include "readers/long_table.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"
#include "readers/cells.hpp"

namespace cps::readers {

using i18n::N_;

namespace {
enum Column : std::size_t { region, sector, year, value, flag };
}

Result<LongTableRows> LongTableRows::start(const std::vector<std::string>& header) {
  static const char* const names[] = {"region", "sector", "year", "value", "flag"};
  std::vector<std::string> found;
  for (const auto& h : header) found.push_back(text::to_lower_ascii(trim_cell(h)));
  // Empty cells at the end of a spreadsheet's header row are not columns.
  while (found.size() > 4 && found.back().empty()) found.pop_back();
  bool ok = (found.size() == 4 || found.size() == 5) &&
            std::equal(found.begin(), found.end(), std::begin(names));
  if (!ok)
    return fail(ErrorKind::unprocessable,
                "The header must be region,sector,year,value (and optionally flag).", "line 1");
  LongTableRows rows;
  rows.columns_ = found.size();
  rows.table_.dimension_names = {"sector"};
  rows.table_.sector_dimension = "sector";
  return rows;
}

void LongTableRows::add(std::size_t line, const std::vector<std::string>& raw) {
  std::vector<std::string_view> cells;
  for (const auto& c : raw) cells.push_back(trim_cell(c));
  while (cells.size() > columns_ && cells.back().empty()) cells.pop_back();
  if (std::all_of(cells.begin(), cells.end(), [](std::string_view c) { return c.empty(); })) return;
  auto& issues = table_.issues;
  if (cells.size() > columns_ || cells.size() < 4) {
    issues.push_back({line, std::min(cells.size(), columns_) + 1,
                      N_("The line has a different number of columns than the header."),
                      std::to_string(cells.size())});
    return;
  }
  cells.resize(columns_);
  if (std::any_of(cells.begin(), cells.end(),
                  [](std::string_view c) { return !text::is_valid_utf8(c); })) {
    issues.push_back({line, 1, N_("The line is not valid UTF-8."), ""});
    return;
  }
  Observation o;
  o.line = line;
  o.column = value + 1;
  o.geo = std::string(cells[region]);
  if (o.geo.empty()) {
    issues.push_back({line, region + 1, N_("The region code is empty."), ""});
    return;
  }
  auto y = parse_year(cells[year]);
  if (!y) {
    issues.push_back({line, year + 1, N_("The year is not a whole number from 1900 to 2100."),
                      quote_cell(cells[year], 40)});
    return;
  }
  o.year = *y;
  if (!is_not_available(cells[value])) {
    o.value = parse_number(cells[value]);
    if (!o.value) {
      issues.push_back({line, value + 1, N_("The value is not a number."),
                        quote_cell(cells[value], 40)});
      return;
    }
  }
  if (columns_ == 5) {
    if (!is_flags(cells[flag])) {
      issues.push_back({line, flag + 1, N_("The flag is not one of Eurostat's flag letters."),
                        quote_cell(cells[flag], 40)});
      return;
    }
    o.flags = std::string(cells[flag]);
  }
  o.dimensions = {std::string(cells[sector])};
  if (std::find(table_.years.begin(), table_.years.end(), o.year) == table_.years.end())
    table_.years.push_back(o.year);
  table_.observations.push_back(std::move(o));
}

Result<ObservationTable> read_long_csv(std::istream& in, const ReadProgress& progress) {
  CsvRecords records(in);
  std::vector<std::string> cells;
  auto first = records.next(cells);
  if (first == CsvRecords::Read::end)
    return fail(ErrorKind::unprocessable, "The file is empty.", "line 1");
  if (first == CsvRecords::Read::bad_quotes)
    return fail(ErrorKind::unprocessable,
                "The header must be region,sector,year,value (and optionally flag).", "line 1");
  auto rows = LongTableRows::start(cells);
  if (!rows) return std::unexpected(rows.error());
  std::size_t n = 0;
  for (;;) {
    auto read = records.next(cells);
    if (read == CsvRecords::Read::end) break;
    if (progress && ++n % 4096 == 0) progress(records.bytes());
    if (read == CsvRecords::Read::bad_quotes) {
      rows->report({records.line(), cells.size(),
                    N_("A quotation mark is not closed, or text follows a closing one."), ""});
      continue;
    }
    rows->add(records.line(), cells);
  }
  if (progress) progress(records.bytes());
  return rows->finish();
}

}  // namespace cps::readers
