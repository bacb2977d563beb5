// JSON in and out of the API: responses, strict query parameters and bodies.
#pragma once

#include <boost/json.hpp>
#include <initializer_list>
#include <string_view>

#include "core/error.hpp"
#include "http/problem.hpp"
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

}  // namespace cps::api
