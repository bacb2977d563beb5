#include "export/csv_records.hpp"

namespace cps::exports {

namespace {

// Only spaces and tabs so far: a quote after them still opens a quoted field.
bool blank(const std::string& cell) {
  return cell.find_first_not_of(" \t\r") == std::string::npos;
}

}  // namespace

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
    if (c == '"' && blank(cell)) {
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

}  // namespace cps::exports
