#include "readers/cells.hpp"

#include <charconv>
#include <cmath>

namespace cps::readers {

std::string_view trim_cell(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string quote_cell(std::string_view cell, std::size_t max_bytes) {
  if (cell.size() <= max_bytes) return std::string(cell);
  std::size_t n = max_bytes;
  // cell[n], the first byte left out, is a continuation byte when the cut is inside a sequence.
  while (n > 0 && (static_cast<unsigned char>(cell[n]) & 0xC0) == 0x80) --n;
  return std::string(cell.substr(0, n));
}

std::optional<double> parse_number(std::string_view s) {
  // from_chars takes no leading '+'; spreadsheets and some extracts write one.
  if (s.size() > 1 && s.front() == '+' && s[1] != '-') s.remove_prefix(1);
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v))
    return std::nullopt;
  return v;
}

std::optional<int> parse_year(std::string_view s) {
  // Spreadsheets store a year typed as a number as "2015" or, from some writers, "2015.0".
  if (s.size() > 4 && s.substr(4).find_first_not_of(".0") == std::string_view::npos && s[4] == '.')
    s = s.substr(0, 4);
  if (s.size() != 4 || s.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  int year = 0;
  std::from_chars(s.data(), s.data() + s.size(), year);
  if (year < 1900 || year > 2100) return std::nullopt;
  return year;
}

bool is_flags(std::string_view s) {
  return s.find_first_not_of("bcdefinprsuz") == std::string_view::npos;
}

bool is_not_available(std::string_view s) {
  return s.empty() || s == ":" || s == "..";
}

}  // namespace cps::readers
