// The one paging of the API's lists: `limit` (how many items, 1 to the list's maximum) and
// `cursor` (the opaque `next_cursor` of the previous page, a position this API issued); the
// answer holds `items`, `total` (over every page) and `next_cursor` (null on the last page),
// and a `Link: <…>; rel="next"` header while there is a next page. A bad limit or cursor is
// refused as invalid, naming the parameter.
#pragma once

#include <boost/json.hpp>
#include <cstddef>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "http/request.hpp"
#include "http/types.hpp"

namespace cps::api {

// What a list allows: the page size without `limit` and the largest one asked for. A list
// that was answered whole before it took paging has a default that holds it whole.
struct PageLimits {
  std::size_t default_limit = 100;
  std::size_t max_limit = 500;
  // Whether the cursor must fall on a page boundary of the limit (lists the service pages
  // by page number, such as the knowledge search).
  bool aligned = false;
};

// The lists that were answered whole before they took paging: a default page that still holds
// every item of today's data (the longest, the organisations, holds under 100), so that a
// client that sends no limit gets what it got.
inline constexpr PageLimits kWholeList{.default_limit = 500, .max_limit = 500};

struct PageRequest {
  std::size_t limit = 0;
  std::size_t offset = 0;  // the position of the page's first item
};

// The largest position a cursor may name.
inline constexpr std::size_t kMaxCursorOffset = 1'000'000;

// Reads `limit` and `cursor` of the request's query (check_query has allowed them).
Result<PageRequest> page_request(const http::Request& request, PageLimits limits);

// The cursor of the page after `page` in a list of `total` items; none on the last page.
std::optional<std::string> next_cursor(const PageRequest& page, std::size_t total);

// The answer of a page of `total` items whose `items` the caller has cut (for lists the
// service pages): `body` with items, total and next_cursor added, and the Link header.
http::Response page_response(const http::Request& request, boost::json::object body, boost::json::array items,
                             std::size_t total, const PageRequest& page);

// The answer of a list held whole: `all` cut to the page asked for, with `body`'s other
// members (a list's own fields beside its items).
http::Response page_of(const http::Request& request, boost::json::array all, const PageRequest& page,
                       boost::json::object body = {});

}  // namespace cps::api
