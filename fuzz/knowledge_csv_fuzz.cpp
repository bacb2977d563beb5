// The knowledge base's CSV download read back as an import: items and the lines of their rows
// stay together, and every line named is a line of the file.
#include <algorithm>

#include "domain/knowledge/item_table.hpp"
#include "fuzz/fuzz.hpp"

using namespace cps;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view csv = fuzz::text(data, size);
  std::vector<knowledge::KnowledgeService::ImportProblem> problems;
  auto items = knowledge::items_of_csv(csv, problems);
  if (!items) return 0;
  fuzz::require(items->rows.size() == items->items.size(), "each item has its rows");
  std::size_t lines = std::count(csv.begin(), csv.end(), '\n') + 1;
  for (const auto& rows : items->rows)
    for (const auto& [language, line] : rows)
      fuzz::require(line >= 2 && line <= lines, "a row's line is a line of the file after the header");
  items->locate(problems);
  return 0;
}
