// JSON request bodies of the API: parse_object, then the knowledge item's body reader (the
// largest shape the API takes) with the write-and-read-again check.
#include "api/json.hpp"
#include "domain/knowledge/item_input.hpp"
#include "fuzz/fuzz.hpp"

using namespace cps;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto body = api::parse_object(fuzz::text(data, size));
  if (!body) {
    fuzz::require(body.error().kind == ErrorKind::invalid || body.error().kind == ErrorKind::unprocessable,
                  "a refused body is invalid or unprocessable");
    return 0;
  }
  (void)api::revision_of(*body);
  (void)api::text_member(*body, "reason");
  auto item = knowledge::read_input(*body);
  if (!item) return 0;
  auto again = knowledge::read_input(knowledge::input_json(*item));
  fuzz::require(again.has_value() && *again == *item, "an item body reads again to the same item");
  return 0;
}
