// JSON in and out of the API: responses, strict query parameters and bodies.
#pragma once

#include <boost/json.hpp>
#include <initializer_list>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "http/problem.hpp"
#include "http/request.hpp"
#include "http/types.hpp"

namespace cps::api {

http::Response json_response(const http::Request& request, const boost::json::value& value,
                             http::bhttp::status status = http::bhttp::status::ok);
http::Response error_response(const http::Request& request, const Error& error);
// The problem of `error` with what was wrong where listed under `key` ("problems", "issues"),
// for a file read in one go; detail, parameter and instance are there even when empty.
http::Response error_response_listing(const http::Request& request, const Error& error,
                                      std::string_view key, boost::json::array list);

// Fails (invalid, naming the parameter) when the query has a parameter outside `allowed` or
// one of them twice: a typo in an integrator's URL must not silently return everything.
Status check_query(const http::Request& request, std::initializer_list<std::string_view> allowed);

// The `lang` query parameter of texts in the answer: en when absent, else one of the
// interface's languages (invalid, naming "lang").
Result<std::string> language_parameter(const http::Request& request);

// Parses a JSON body (invalid when it is not JSON, unprocessable when it is not an object).
Result<boost::json::object> parse_object(std::string_view body);

// The id in the path parameter `name`; not found when it is not a whole number above zero.
template <class Id>
Result<Id> id_in_path(const http::Request& r, std::string_view name = "id") {
  auto id = http::path_id<Id>(r, name);
  if (!id) return fail(ErrorKind::not_found, "Not found.");
  return *id;
}

// The body's "revision": the revision of the thing the change started from.
Result<int> revision_of(const boost::json::object& body);
// The text member `key`, "" when absent or null.
Result<std::string> text_member(const boost::json::object& body, std::string_view key);
// A JSON answer with its Location (201 for what a POST made).
http::Response created(const http::Request& r, const boost::json::object& body, const std::string& location);

}  // namespace cps::api
