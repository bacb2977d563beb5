#include "domain/knowledge/item_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <cmath>
#include <map>
#include <sstream>

#include "core/text.hpp"
#include "domain/knowledge/item_input.hpp"
#include "export/csv_records.hpp"
#include "i18n/catalogue.hpp"

namespace cps::knowledge {

namespace json = boost::json;
using i18n::N_;
using ImportProblem = KnowledgeService::ImportProblem;

namespace {

enum Column : std::size_t {
  id, slug, kind, status, original_language, areas, countries, regions, sectors, timeframe, start_year, end_year,
  instrument, funding_source, budget_amount, budget_currency, budget_eur_rate, budget_rate_date, budget_eur,
  target_groups, contact_organisation, contact_person, sources,
  // One language version: the columns that differ between the rows of an item.
  language, translation, title, summary, body, results, lessons, transferability,
  column_count
};

constexpr std::string_view kColumns[column_count] = {
    "id", "slug", "kind", "status", "original_language", "areas", "countries", "regions", "sectors", "timeframe",
    "start_year", "end_year", "instrument", "funding_source", "budget_amount", "budget_currency",
    "budget_eur_rate", "budget_rate_date", "budget_eur", "target_groups", "contact_organisation",
    "contact_person", "sources", "language", "translation", "title", "summary", "body", "results", "lessons",
    "transferability"};

constexpr Column kNumberColumns[] = {id,          start_year, end_year, budget_amount, budget_eur_rate,
                                     budget_eur,  contact_organisation, contact_person};

// Columns an import may go without: they are written for readers, not read back, or (sectors)
// came after files that people may still import.
bool optional_column(std::size_t c) { return c == id || c == status || c == budget_eur || c == sectors; }

// Figures in full, as short as reading them back gives the same number.
std::string figure(double v) { return fmt::format("{}", v); }

std::string optional_number(const std::optional<int>& v) { return v ? std::to_string(*v) : ""; }

std::string sources_cell(const std::vector<Source>& sources) {
  if (sources.empty()) return "";
  return json::serialize(sources_json(sources));
}

std::optional<double> parse_figure(std::string_view s) {
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// A problem of one cell, or nullopt.
using CellProblem = std::optional<std::string>;

CellProblem read_list(std::string_view cell, std::vector<std::string>& out) {
  auto values = exports::parse_list_cell(cell);
  if (!values) return N_("In a list, a backslash must come before a semicolon or another backslash.");
  out = std::move(*values);
  return std::nullopt;
}

CellProblem read_year(std::string_view cell, std::optional<int>& out) {
  if (cell.empty()) return std::nullopt;
  auto n = text::parse_int(cell);
  if (!n || !is_year(*n)) return year_error("").message;
  out = int(*n);
  return std::nullopt;
}

CellProblem read_id(std::string_view cell, std::optional<std::int64_t>& out) {
  if (cell.empty()) return std::nullopt;
  auto n = text::parse_int(cell);
  if (!n || *n <= 0) return N_("This must be a whole number above zero.");
  out = *n;
  return std::nullopt;
}

// The sources in their JSON shape (what the download writes); any fault of the cell gets the
// message on its shape, as the cell holds one value.
CellProblem read_sources_cell(std::string_view cell, std::vector<Source>& out) {
  const char* shape = N_("Give the sources as a JSON list of objects with title, url, publisher and year.");
  if (cell.empty()) return std::nullopt;
  boost::system::error_code ec;
  json::parse_options options;
  options.max_depth = 4;
  json::value v = json::parse(cell, ec, {}, options);
  if (ec || !v.is_array()) return shape;
  auto sources = knowledge::read_sources(v);
  if (!sources) return shape;
  out = std::move(*sources);
  return std::nullopt;
}

struct Row {
  std::size_t line = 0;
  std::vector<std::string> cells;  // by Column; "" for columns the file leaves out
};

// Reads the item columns of `row` into `in`, adding a problem per cell that breaks a rule.
void read_item(const Row& row, ItemInput& in, std::size_t item, std::vector<ImportProblem>& problems) {
  const auto& c = row.cells;
  auto report = [&](Column column, const CellProblem& p) {
    if (p) problems.push_back({item, std::string(kColumns[column]), *p, row.line});
  };
  in.slug = c[slug];
  if (auto k = parse_kind(c[kind]))
    in.kind = *k;
  else
    report(kind, N_("Choose the kind of item."));
  in.original_language = c[original_language];
  report(areas, read_list(c[areas], in.areas));
  report(countries, read_list(c[countries], in.countries));
  report(regions, read_list(c[regions], in.regions));
  report(sectors, read_list(c[sectors], in.sectors));
  report(target_groups, read_list(c[target_groups], in.target_groups));
  if (auto t = parse_timeframe(c[timeframe].empty() ? "current" : c[timeframe]))
    in.timeframe = *t;
  else
    report(timeframe, N_("Choose the time frame."));
  report(start_year, read_year(c[start_year], in.start_year));
  report(end_year, read_year(c[end_year], in.end_year));
  if (!c[instrument].empty()) {
    in.instrument = parse_instrument(c[instrument]);
    if (!in.instrument) report(instrument, N_("Choose the instrument from the list."));
  }
  in.funding_source = c[funding_source];
  if (!c[budget_amount].empty() || !c[budget_currency].empty() || !c[budget_eur_rate].empty() ||
      !c[budget_rate_date].empty()) {
    Budget b;
    if (auto amount = parse_figure(c[budget_amount]))
      b.amount = *amount;
    else
      report(budget_amount, N_("The budget must be a positive amount."));
    if (!c[budget_currency].empty()) b.currency = c[budget_currency];
    if (!c[budget_eur_rate].empty()) {
      if (auto rate = parse_figure(c[budget_eur_rate]))
        b.eur_rate = *rate;
      else
        report(budget_eur_rate, N_("Give the euro value of one unit of the currency."));
    }
    b.rate_date = c[budget_rate_date];
    in.budget = b;
  }
  std::optional<std::int64_t> organisation, person;
  report(contact_organisation, read_id(c[contact_organisation], organisation));
  report(contact_person, read_id(c[contact_person], person));
  if (organisation) in.contact_organisation = accounts::OrganisationId(*organisation);
  if (person) in.contact_person = accounts::UserId(*person);
  report(sources, read_sources_cell(c[sources], in.sources));
}

// Reads the language version of `row` into `in`.
void read_text(const Row& row, ItemInput& in, std::size_t item, std::vector<ImportProblem>& problems) {
  const auto& c = row.cells;
  ItemText t;
  t.language = c[language];
  t.title = c[title];
  t.summary = c[summary];
  t.body = c[body];
  t.results = c[results];
  t.lessons = c[lessons];
  t.transferability = c[transferability];
  auto tr = parse_translation(c[translation].empty() ? (t.language == in.original_language ? "original" : "human")
                                                     : c[translation]);
  if (!tr)
    problems.push_back({item, std::string(kColumns[translation]), N_("Use original or human."), row.line});
  else
    t.translation = *tr;
  in.texts.push_back(std::move(t));
}

Error line_error(std::string message, std::size_t line) {
  return Error{ErrorKind::invalid, std::move(message), "line " + std::to_string(line)};
}

// The rows of the file by column, after its header; fails on the file's shape.
Result<std::vector<Row>> read_rows(std::string_view csv) {
  if (csv.size() > kMaxImportBytes)
    return fail(ErrorKind::payload_too_large, N_("The file is too large to import (at most 16 MB)."), "file");
  // No multi-byte character holds a line feed, so the first bad line is where one breaks.
  for (std::size_t start = 0, line = 1; start < csv.size(); ++line) {
    std::size_t end = std::min(csv.find('\n', start), csv.size());
    if (!text::is_valid_utf8(csv.substr(start, end - start)))
      return std::unexpected(line_error(N_("The file is not UTF-8 text."), line));
    start = end + 1;
  }
  std::istringstream in{std::string(csv)};
  exports::CsvRecords records(in);
  std::vector<std::string> cells;
  auto read = records.next(cells);
  if (read == exports::CsvRecords::Read::end)
    return fail(ErrorKind::invalid, N_("The file is empty: it needs the header of the knowledge download."), "line 1");
  if (read == exports::CsvRecords::Read::bad_quotes)
    return std::unexpected(line_error(N_("A quoted cell is not closed, or text follows its closing quote."), records.line()));
  // Where each column of the file goes.
  std::vector<std::size_t> position;
  std::vector<bool> present(column_count, false);
  for (const auto& name : cells) {
    auto known = std::find(std::begin(kColumns), std::end(kColumns), name);
    if (known == std::end(kColumns))
      return fail(ErrorKind::invalid, N_("This column is not one of the knowledge download's."), name);
    std::size_t c = std::size_t(known - std::begin(kColumns));
    if (present[c]) return fail(ErrorKind::invalid, N_("This column is given twice in the header."), name);
    present[c] = true;
    position.push_back(c);
  }
  for (std::size_t c = 0; c < column_count; ++c)
    if (!present[c] && !optional_column(c))
      return fail(ErrorKind::invalid, N_("The header lacks this column of the knowledge download."),
                  std::string(kColumns[c]));
  std::vector<Row> rows;
  for (;;) {
    read = records.next(cells);
    if (read == exports::CsvRecords::Read::end) break;
    if (read == exports::CsvRecords::Read::bad_quotes)
      return std::unexpected(
          line_error(N_("A quoted cell is not closed, or text follows its closing quote."), records.line()));
    if (cells.size() == 1 && cells[0].empty()) continue;  // a blank line
    if (cells.size() != position.size())
      return std::unexpected(line_error(N_("This row has a different number of cells than the header."), records.line()));
    Row row{records.line(), std::vector<std::string>(column_count)};
    for (std::size_t i = 0; i < cells.size(); ++i) row.cells[position[i]] = exports::csv_text(cells[i]);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

std::span<const std::string_view> knowledge_columns() { return kColumns; }

exports::Table knowledge_table() {
  exports::Table table{"knowledge", {}, {}, std::vector<exports::ColumnType>(column_count, exports::ColumnType::text)};
  for (auto name : kColumns) table.columns.emplace_back(name);
  for (Column c : kNumberColumns) table.types[c] = exports::ColumnType::number;
  return table;
}

void add_rows(exports::Table& table, const KnowledgeItem& item) {
  const ItemInput& c = item.content;
  std::vector<std::string> shared(column_count);
  shared[id] = std::to_string(item.id.value());
  shared[slug] = c.slug;
  shared[kind] = to_string(c.kind);
  shared[status] = to_string(item.status);
  shared[original_language] = c.original_language;
  shared[areas] = exports::list_cell(c.areas);
  shared[countries] = exports::list_cell(c.countries);
  shared[regions] = exports::list_cell(c.regions);
  shared[sectors] = exports::list_cell(c.sectors);
  shared[timeframe] = to_string(c.timeframe);
  shared[start_year] = optional_number(c.start_year);
  shared[end_year] = optional_number(c.end_year);
  shared[instrument] = c.instrument ? std::string(to_string(*c.instrument)) : "";
  shared[funding_source] = c.funding_source;
  if (c.budget) {
    shared[budget_amount] = figure(c.budget->amount);
    shared[budget_currency] = c.budget->currency;
    shared[budget_eur_rate] = figure(c.budget->eur_rate);
    shared[budget_rate_date] = c.budget->rate_date;
    shared[budget_eur] = figure(c.budget->eur());
  }
  shared[target_groups] = exports::list_cell(c.target_groups);
  shared[contact_organisation] = c.contact_organisation ? std::to_string(c.contact_organisation->value()) : "";
  shared[contact_person] = c.contact_person ? std::to_string(c.contact_person->value()) : "";
  shared[sources] = sources_cell(c.sources);
  for (const auto& t : c.texts) {
    std::vector<std::string> row = shared;
    row[language] = t.language;
    row[translation] = to_string(t.translation);
    row[title] = t.title;
    row[summary] = t.summary;
    row[body] = t.body;
    row[results] = t.results;
    row[lessons] = t.lessons;
    row[transferability] = t.transferability;
    table.rows.push_back(std::move(row));
  }
}

void CsvItems::locate(std::vector<ImportProblem>& problems) const {
  for (auto& p : problems) {
    if (p.line != 0 || p.item == 0 || p.item > rows.size() || rows[p.item - 1].empty()) continue;
    const auto& lines = rows[p.item - 1];
    p.line = lines.front().second;
    std::string_view field = p.field;
    if (field.starts_with("texts")) {
      // texts.<language>[.<column>]: the row of that language.
      std::string_view rest = field.size() > 6 ? field.substr(6) : std::string_view();
      std::string_view language = rest.substr(0, rest.find('.'));
      for (const auto& [l, line] : lines)
        if (l == language) p.line = line;
      p.field = rest.find('.') == std::string_view::npos ? "language" : std::string(rest.substr(rest.find('.') + 1));
    } else if (field.starts_with("budget.")) {
      p.field = "budget_" + std::string(field.substr(7));
    } else if (field.starts_with("sources.")) {
      p.field = "sources";
    }
  }
}

Result<CsvItems> items_of_csv(std::string_view csv, std::vector<ImportProblem>& problems) {
  auto rows = read_rows(csv);
  if (!rows) return std::unexpected(rows.error());
  // Rows by item, in the order items first appear.
  std::vector<std::vector<const Row*>> groups;
  std::map<std::string, std::size_t> group_of;
  for (const Row& row : *rows) {
    std::string key = !row.cells[id].empty()     ? "id " + row.cells[id]
                      : !row.cells[slug].empty() ? "slug " + row.cells[slug]
                                                 : "line " + std::to_string(row.line);
    auto [it, fresh] = group_of.try_emplace(key, groups.size());
    if (fresh) groups.emplace_back();
    groups[it->second].push_back(&row);
  }
  CsvItems out;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const std::size_t item = g + 1;
    const std::size_t before = problems.size();
    const Row& first = *groups[g].front();
    ItemInput in;
    read_item(first, in, item, problems);
    std::vector<std::pair<std::string, std::size_t>> lines;
    for (const Row* row : groups[g]) {
      for (std::size_t c = 0; c < language; ++c)
        if (c != id && row->cells[c] != first.cells[c])
          problems.push_back({item, std::string(kColumns[c]), N_("This differs from the item's first row."), row->line});
      read_text(*row, in, item, problems);
      lines.emplace_back(row->cells[language], row->line);
    }
    if (problems.size() != before) continue;
    out.items.push_back(std::move(in));
    out.rows.push_back(std::move(lines));
  }
  return out;
}

}  // namespace cps::knowledge
