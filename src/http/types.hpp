// The HTTP vocabulary every handler uses.
#pragma once

#include <boost/beast/http.hpp>

#include "http/shared_body.hpp"
#include <any>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cps::http {

namespace bhttp = boost::beast::http;
using RawRequest = bhttp::request<bhttp::string_body>;
using Response = bhttp::response<SharedBody>;

struct Request {
  RawRequest raw;
  std::string path;                                         // percent-decoded path, as routed
  std::vector<std::pair<std::string, std::string>> query;   // decoded, in order
  std::vector<std::pair<std::string, std::string>> params;  // from the route pattern
  std::string_view route;  // the matched pattern (owned by the router), "" when none
  std::string request_id;  // echoed in X-Request-Id and in logs
  std::string client;      // remote address
  // What middleware above the handlers learnt about the request (who is signing it), kept
  // so that it is worked out once per request.
  mutable std::any state;

  bhttp::verb method() const { return raw.method(); }
  // The first value of a query parameter, when present (even empty).
  std::optional<std::string> query_value(std::string_view name) const;
  // How many times a query parameter occurs.
  std::size_t query_count(std::string_view name) const;
  std::string param(std::string_view name) const;
  std::string_view header(bhttp::field field) const;
  // The value of a cookie sent with the request, when present.
  std::optional<std::string_view> cookie(std::string_view name) const;
};

using Handler = std::function<Response(Request&)>;

// A response with the given status, content type and body, keep-alive as the request asked.
Response make_response(const Request& request, bhttp::status status, std::string_view content_type,
                       std::string body);
Response redirect(const Request& request, bhttp::status status, std::string location);

}  // namespace cps::http
