// multipart/form-data bodies (RFC 7578): the parts of a form with a file in it. The parts
// point into the body they were parsed from; keep the body alive while using them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace cps::http {

struct MultipartPart {
  std::string name;          // the form field
  std::string file_name;     // "" for a plain field; the browser's file name otherwise
  bool is_file = false;      // the part had a filename parameter (even an empty one)
  std::string content_type;  // as sent, "" when absent
  std::string_view data;     // the bytes, inside the body
};

struct MultipartLimits {
  std::size_t max_parts = 64;
  std::size_t max_header_bytes = 8 * 1024;  // of each part's header block
};

// The boundary of a Content-Type `multipart/form-data; boundary=…`, or nullopt.
std::optional<std::string> multipart_boundary(std::string_view content_type);

// Splits a body into its parts. Fails (invalid) for a body that does not follow the
// format: no boundary, a part without Content-Disposition form-data and a name, headers
// over the limit, too many parts, or no closing delimiter (a cut-off upload).
Result<std::vector<MultipartPart>> parse_multipart(std::string_view content_type,
                                                   std::string_view body,
                                                   const MultipartLimits& limits = {});

}  // namespace cps::http
