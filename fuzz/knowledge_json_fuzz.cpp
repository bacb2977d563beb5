// The knowledge base's JSON download read back as an import (the API's and the command
// line's): every item read is written in its one JSON shape and read again to the same item.
#include <boost/json.hpp>

#include "domain/knowledge/item_import.hpp"
#include "domain/knowledge/item_input.hpp"
#include "fuzz/fuzz.hpp"

using namespace cps;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<knowledge::KnowledgeService::ImportProblem> problems;
  auto items = knowledge::items_of_download(fuzz::text(data, size), problems);
  if (!items) return 0;
  for (const auto& item : *items) {
    auto again = knowledge::read_input(knowledge::input_json(item));
    fuzz::require(again.has_value(), "an item's JSON reads again");
    fuzz::require(*again == item, "an item's JSON reads to the same item");
  }
  return 0;
}
