// The knowledge item's file format, shared by the API, the pages and the command line.
// The knowledge base as one table — the CSV and XLSX downloads — and back from CSV: one row
// per language version of an item, the item's fields repeated on each of its rows, so every
// field is one column (docs/knowledge-data-dictionary.md).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/knowledge/knowledge.hpp"
#include "domain/knowledge/knowledge_service.hpp"
#include "export/table.hpp"

namespace cps::knowledge {

// The columns of the download, in order.
std::span<const std::string_view> knowledge_columns();

// An empty table with the download's columns and their types (figures as numbers).
exports::Table knowledge_table();
// Appends the rows of `item`: one per text, in the item's order (the original first).
void add_rows(exports::Table& table, const KnowledgeItem& item);

// Largest CSV file an import reads (the API refuses larger bodies before reading them).
inline constexpr std::size_t kMaxImportBytes = 16 * 1024 * 1024;

// Items read from a CSV file, with the lines their rows are on.
struct CsvItems {
  std::vector<ItemInput> items;
  // Per item, the line of each of its rows by language ("" when the language cell is empty).
  std::vector<std::vector<std::pair<std::string, std::size_t>>> rows;
  // Gives the problems the service found in `items` (by item and field, such as
  // "texts.ro.title" or "budget.currency") the line of their row and the file's column
  // ("title", "budget_currency"): the row of the text's language, else the item's first row.
  void locate(std::vector<KnowledgeService::ImportProblem>& problems) const;
};

// The items of a CSV download (what to_csv(knowledge_table()) writes). Rows with the same
// id — or, without an id, the same slug — are one item, numbered in the order they first
// appear; their item columns must be the same on every row. id, status and budget_eur are
// only read to group rows (imports are drafts and the euro value is computed), so they may
// be left out of the header.
// Cells that break a rule are added to `problems` (item, line, column) and their item is left
// out. The file itself failing — too large (payload_too_large), not UTF-8, a header that is
// not the download's, a quote not closed, a row with another number of cells than the
// header (invalid) — fails naming the line or column.
Result<CsvItems> items_of_csv(std::string_view csv, std::vector<KnowledgeService::ImportProblem>& problems);

}  // namespace cps::knowledge
