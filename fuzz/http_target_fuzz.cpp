// The request target as the server gets it from a client: origin-form path and query string,
// then the year parameter pages and the API read from that query.
#include "core/text.hpp"
#include "fuzz/fuzz.hpp"
#include "http/request.hpp"

using namespace cps;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  http::Request request;
  request.raw.target(std::string(fuzz::text(data, size)));
  if (!http::parse_target(request)) return 0;
  fuzz::require(!request.path.empty() && request.path.front() == '/', "a parsed path starts with /");
  fuzz::require(text::is_valid_utf8(request.path), "a parsed path is UTF-8");
  fuzz::require(request.path.find('\0') == std::string::npos, "a parsed path has no NUL");
  for (const auto& [key, value] : request.query) {
    fuzz::require(text::is_valid_utf8(key) && text::is_valid_utf8(value), "query pairs are UTF-8");
    fuzz::require(key.find('\0') == std::string::npos && value.find('\0') == std::string::npos,
                  "query pairs have no NUL");
  }
  if (auto year = http::year_parameter(request); year && *year)
    fuzz::require(**year >= 1900 && **year <= 2100, "a year parameter is in its range");
  return 0;
}
