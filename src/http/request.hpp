// Turning a raw request target into the decoded path and query a handler routes on.
#pragma once

#include "core/error.hpp"
#include "core/text.hpp"
#include "http/types.hpp"

namespace cps::http {

// Parses the origin-form target of request.raw into path and query. Fails (kind invalid)
// on targets that are not origin-form, bad percent-encoding, NUL bytes or invalid UTF-8.
Status parse_target(Request& request);

// Decodes an application/x-www-form-urlencoded body or query string into pairs.
Result<std::vector<std::pair<std::string, std::string>>> parse_form(std::string_view encoded);

// True when a Content-Type header names the media type `type` (given in lower case), in any
// case and with any parameters ("text/csv; charset=utf-8").
bool media_type_is(std::string_view header, std::string_view type);

// The optional `year` query parameter of pages and the API: none when absent or empty (an
// empty choice in a form), else a whole number from 1900 to 2100 (invalid, field "year").
Result<std::optional<int>> year_parameter(const Request& request);

// The id in the path parameter `name` ("/knowledge/{id}") as a strong id: a whole number
// above zero, else nullopt (which handlers answer with "not found").
template <class Id>
std::optional<Id> path_id(const Request& request, std::string_view name) {
  auto id = text::parse_int(request.param(name));
  if (!id || *id <= 0) return std::nullopt;
  return Id(*id);
}

}  // namespace cps::http
