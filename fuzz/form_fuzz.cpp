// application/x-www-form-urlencoded bodies (every form post) and query strings: what parses
// encodes back to text that parses to the same pairs.
#include "core/text.hpp"
#include "fuzz/fuzz.hpp"
#include "http/request.hpp"

using namespace cps;

namespace {

std::string encode(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::string out;
  for (const auto& [key, value] : pairs) {
    if (!out.empty()) out += '&';
    out += text::encode_uri_component(key) + '=' + text::encode_uri_component(value);
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto pairs = http::parse_form(fuzz::text(data, size));
  if (!pairs) return 0;
  auto again = http::parse_form(encode(*pairs));
  fuzz::require(again.has_value(), "encoded pairs parse again");
  // Pairs with an empty key and value ("=") are dropped on the way back only when empty on
  // both sides, which encode never writes: the lists must be equal.
  fuzz::require(*again == *pairs, "encoded pairs parse to the same pairs");
  return 0;
}
