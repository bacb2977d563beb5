#include "api/paging.hpp"

#include "api/json.hpp"
#include "core/text.hpp"

namespace cps::api {

Result<PageRequest> page_request(const http::Request& request, PageLimits limits) {
  PageRequest page{limits.default_limit, 0};
  if (auto l = request.query_value("limit")) {
    auto n = text::parse_int(*l);
    if (!n || *n < 1 || std::size_t(*n) > limits.max_limit) {
      auto e = Error{ErrorKind::invalid, "The limit must be a whole number from 1 to {max}.", "limit"};
      e.values = {{"max", std::to_string(limits.max_limit)}};
      return std::unexpected(std::move(e));
    }
    page.limit = std::size_t(*n);
  }
  if (auto c = request.query_value("cursor")) {
    auto decoded = text::decode_base64url(*c);
    auto n = decoded ? text::parse_int(*decoded) : std::nullopt;
    if (!n || *n < 0 || std::size_t(*n) > kMaxCursorOffset || (limits.aligned && std::size_t(*n) % page.limit != 0))
      return fail(ErrorKind::invalid, "This cursor is not valid here.", "cursor");
    page.offset = std::size_t(*n);
  }
  return page;
}

std::optional<std::string> next_cursor(const PageRequest& page, std::size_t total) {
  if (page.offset + page.limit >= total || page.offset + page.limit > kMaxCursorOffset) return std::nullopt;
  return text::encode_base64url(std::to_string(page.offset + page.limit));
}

http::Response page_response(const http::Request& request, boost::json::object body, boost::json::array items,
                             std::size_t total, const PageRequest& page) {
  auto next = next_cursor(page, total);
  body["items"] = std::move(items);
  body["total"] = total;
  body["next_cursor"] = next ? boost::json::value(*next) : boost::json::value(nullptr);
  http::Response res = json_response(request, body);
  if (next) {
    // The next page's address keeps the caller's other parameters.
    std::string link = request.path + "?";
    for (const auto& [k, v] : request.query)
      if (k != "cursor") link += text::encode_uri_component(k) + "=" + text::encode_uri_component(v) + "&";
    link += "cursor=" + *next;
    res.set(http::bhttp::field::link, "<" + link + ">; rel=\"next\"");
  }
  return res;
}

http::Response page_of(const http::Request& request, boost::json::array all, const PageRequest& page,
                       boost::json::object body) {
  std::size_t total = all.size();
  boost::json::array items;
  for (std::size_t i = page.offset; i < total && i < page.offset + page.limit; ++i) items.push_back(std::move(all[i]));
  return page_response(request, std::move(body), std::move(items), total, page);
}

}  // namespace cps::api
