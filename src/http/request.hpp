// Turning a raw request target into the decoded path and query a handler routes on.
#pragma once

#include "core/error.hpp"
#include "http/types.hpp"

namespace cps::http {

// Parses the origin-form target of request.raw into path and query. Fails (kind invalid)
// on targets that are not origin-form, bad percent-encoding, NUL bytes or invalid UTF-8.
Status parse_target(Request& request);

// Decodes an application/x-www-form-urlencoded body or query string into pairs.
Result<std::vector<std::pair<std::string, std::string>>> parse_form(std::string_view encoded);

}  // namespace cps::http
