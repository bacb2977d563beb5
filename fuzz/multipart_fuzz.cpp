// multipart/form-data uploads: the first line of the input is the Content-Type header, the
// rest the body. Every part's bytes lie inside the body, within the limits.
#include "core/text.hpp"
#include "fuzz/fuzz.hpp"
#include "http/multipart.hpp"

using namespace cps;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = fuzz::text(data, size);
  std::size_t newline = input.find('\n');
  if (newline == std::string_view::npos) return 0;
  std::string_view content_type = input.substr(0, newline);
  std::string_view body = input.substr(newline + 1);
  if (auto boundary = http::multipart_boundary(content_type))
    fuzz::require(!boundary->empty() && boundary->size() <= 70, "a boundary has 1 to 70 characters");
  http::MultipartLimits limits;
  limits.max_parts = 16;
  auto parts = http::parse_multipart(content_type, body, limits);
  if (!parts) return 0;
  fuzz::require(parts->size() <= limits.max_parts, "no more parts than the limit");
  for (const auto& part : *parts) {
    fuzz::require(fuzz::inside(part.data, body), "a part's bytes lie inside the body");
    fuzz::require(part.is_file || part.file_name.empty(), "only a file part has a file name");
    for (const std::string* name : {&part.name, &part.file_name})
      fuzz::require(text::is_valid_utf8(*name) && name->find('\0') == std::string::npos,
                    "names are UTF-8 without NUL");
  }
  return 0;
}
