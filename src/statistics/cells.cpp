#include "statistics/cells.hpp"

#include <charconv>
#include <cmath>

namespace cps::statistics {

std::string_view trim_cell(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
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

CsvRecords::CsvRecords(std::istream& in, char separator) : in_(in.rdbuf()), separator_(separator) {}

int CsvRecords::get() {
  int c = in_ ? in_->sbumpc() : std::char_traits<char>::eof();
  if (c == std::char_traits<char>::eof()) return c;
  ++bytes_;
  if (c == '\n') ++line_;
  return c;
}

int CsvRecords::peek() {
  return in_ ? in_->sgetc() : std::char_traits<char>::eof();
}

CsvRecords::Read CsvRecords::next(std::vector<std::string>& cells) {
  constexpr int eof = std::char_traits<char>::eof();
  cells.clear();
  if (first_) {
    first_ = false;
    if (peek() == 0xEF) {
      std::string bom;
      for (int i = 0; i < 3 && peek() != eof; ++i) bom += char(get());
      if (bom != "\xEF\xBB\xBF") {
        // Not a byte-order mark: these bytes start the first cell.
        cells.emplace_back(bom);
      }
    }
  }
  if (cells.empty() && peek() == eof) return Read::end;
  record_line_ = line_;
  if (cells.empty()) cells.emplace_back();
  bool bad = false;
  for (;;) {
    int c = get();
    if (c == eof) return bad ? Read::bad_quotes : Read::record;
    if (c == '\n') return bad ? Read::bad_quotes : Read::record;
    if (c == '\r') {
      if (peek() == '\n') continue;
      return bad ? Read::bad_quotes : Read::record;
    }
    if (bad) continue;  // skipping the rest of a line whose quotes are broken
    if (c == separator_) {
      cells.emplace_back();
      continue;
    }
    std::string& cell = cells.back();
    if (c == '"' && trim_cell(cell).empty()) {
      cell.clear();
      // A quoted field: up to the closing quote, "" standing for one quote.
      for (;;) {
        int q = get();
        if (q == eof) return Read::bad_quotes;
        if (q == '"') {
          if (peek() == '"') {
            get();
            cell += '"';
            continue;
          }
          break;
        }
        cell += char(q);
      }
      // Only spaces may follow the closing quote before the separator or the line end.
      while (peek() == ' ') get();
      int after = peek();
      if (after != eof && after != separator_ && after != '\n' && after != '\r') bad = true;
      continue;
    }
    cell += char(c);
  }
}

}  // namespace cps::statistics
