// Indicator values as one table, written for the download and read back from an upload in the
// same columns (see indicator_table.hpp). The cells come as they stand in the file: a CSV
// reader gives them through exports::csv_text first, so that what to_csv wrote reads back.
#include "domain/pilot/indicator_table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::pilot {

using i18n::N_;

namespace {

inline constexpr std::size_t kMaxRows = 5000;

// The shortest text that reads back as the same double ("12", "0.25", "1e+15").
std::string figure(double value) {
  char out[32];
  auto [end, ec] = std::to_chars(out, out + sizeof out, value);
  return ec == std::errc() ? std::string(out, end) : std::string();
}

std::optional<double> number_of(std::string_view cell) {
  auto s = text::trim_view(cell);
  double out = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(out)) return std::nullopt;
  return out;
}

std::string where(std::size_t row, std::string_view column) {
  return "row " + std::to_string(row) + ": " + std::string(column);
}

}  // namespace

exports::Table values_table(const Pilot& pilot) {
  exports::Table table;
  table.name = "values";
  for (const char* column : kValueColumns) table.columns.emplace_back(column);
  table.types = {exports::ColumnType::text,   exports::ColumnType::text,   exports::ColumnType::text,
                 exports::ColumnType::number, exports::ColumnType::number, exports::ColumnType::text,
                 exports::ColumnType::text};
  for (const auto& indicator : pilot.indicators) {
    auto values = indicator.values;
    std::sort(values.begin(), values.end(),
              [](const IndicatorValue& a, const IndicatorValue& b) { return a.period < b.period; });
    for (const auto& v : values)
      table.rows.push_back({indicator.code, indicator.name, std::string(to_string(indicator.unit)),
                            std::to_string(v.period), figure(v.value), v.evidence, v.comment});
  }
  return table;
}

Result<std::vector<ValueInput>> read_values_table(const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty())
    return fail(ErrorKind::unprocessable, N_("The table needs the columns indicator, period and value."), "row 1");
  if (rows.size() > kMaxRows + 1)
    return fail(ErrorKind::unprocessable, N_("A table of values has at most 5000 rows."), "rows");
  std::map<std::string, std::size_t> position;
  for (std::size_t i = 0; i < rows.front().size(); ++i)
    position.emplace(text::to_lower_ascii(text::trim_view(rows.front()[i])), i);
  for (const char* required : {"indicator", "period", "value"})
    if (!position.contains(required))
      return fail(ErrorKind::unprocessable, N_("The table needs the columns indicator, period and value."), "row 1");
  auto cell = [&](const std::vector<std::string>& row, const char* column) -> std::string {
    auto it = position.find(column);
    if (it == position.end() || it->second >= row.size()) return {};
    return text::trim(row[it->second]);
  };
  std::vector<ValueInput> out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    std::size_t line = r + 1;  // as a spreadsheet numbers it, the header being row 1
    if (std::all_of(row.begin(), row.end(), [](const std::string& c) { return text::trim_view(c).empty(); }))
      continue;
    std::string value_cell = cell(row, "value");
    if (value_cell.empty()) continue;  // no value for that period
    ValueInput v;
    v.indicator = cell(row, "indicator");
    if (v.indicator.empty())
      return fail(ErrorKind::unprocessable, N_("Name the indicator by its code."), where(line, "indicator"));
    auto period = text::parse_int(cell(row, "period"));
    if (!period || *period < 1 || *period > 6)
      return fail(ErrorKind::unprocessable, "Choose a reporting period from 1 to 6.", where(line, "period"));
    v.period = int(*period);
    auto value = number_of(value_cell);
    if (!value) return fail(ErrorKind::unprocessable, "This must be a number.", where(line, "value"));
    v.value = *value;
    v.evidence = cell(row, "evidence");
    v.comment = cell(row, "comment");
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace cps::pilot
