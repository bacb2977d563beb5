// An API request's query string as the list endpoints read it: the strict parameter check,
// `lang`, and the paging of `limit` and `cursor`; a page read stays within its limits.
#include "api/json.hpp"
#include "api/paging.hpp"
#include "fuzz/fuzz.hpp"
#include "i18n/languages.hpp"

using namespace cps;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  http::Request request;
  request.raw.target("/api/v1/knowledge?" + std::string(fuzz::text(data, size)));
  if (!http::parse_target(request)) return 0;
  if (!api::check_query(request, {"q", "lang", "limit", "cursor", "area"})) return 0;
  if (auto lang = api::language_parameter(request)) fuzz::require(i18n::parse_language(*lang).has_value(), "lang is known");
  for (api::PageLimits limits : {api::PageLimits{}, api::kWholeList, api::PageLimits{20, 100, true}}) {
    auto page = api::page_request(request, limits);
    if (!page) {
      fuzz::require(page.error().field == "limit" || page.error().field == "cursor", "a refused page names its parameter");
      continue;
    }
    fuzz::require(page->limit >= 1 && page->limit <= limits.max_limit, "the limit is within the list's");
    fuzz::require(page->offset <= api::kMaxCursorOffset, "the cursor is within its range");
    if (limits.aligned) fuzz::require(page->offset % page->limit == 0, "an aligned cursor is on a page boundary");
    // The cursor of the next page is one this API accepts again.
    if (auto next = api::next_cursor(*page, api::kMaxCursorOffset)) {
      http::Request following;
      following.raw.target("/api/v1/knowledge?limit=" + std::to_string(page->limit) + "&cursor=" + *next);
      fuzz::require(http::parse_target(following).has_value(), "a next cursor is a valid query");
      auto again = api::page_request(following, limits);
      fuzz::require(!again || again->offset == page->offset + page->limit, "a next cursor names the next page");
    }
  }
  return 0;
}
