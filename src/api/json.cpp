#include "api/json.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "i18n/languages.hpp"

namespace cps::api {

http::Response json_response(const http::Request& request, const boost::json::value& value,
                             http::bhttp::status status) {
  return http::make_response(request, status, "application/json", boost::json::serialize(value));
}

http::Response error_response(const http::Request& request, const Error& error) {
  if (error.kind == ErrorKind::internal || error.kind == ErrorKind::unavailable)
    spdlog::error("request {} {}: {} ({})", request.request_id, request.path, error.message,
                  error.detail);
  return http::problem_response(request, http::to_problem(error));
}

http::Response error_response_listing(const http::Request& request, const Error& error,
                                      std::string_view key, boost::json::array list) {
  http::Problem problem = http::to_problem(error);
  boost::json::object body{{"type", http::problem_type_uri(problem.type)},
                           {"title", problem.type.title},
                           {"status", int(problem.type.status)},
                           {"detail", problem.detail},
                           {"parameter", problem.field},
                           {"instance", "urn:request:" + request.request_id}};
  body[key] = std::move(list);
  return http::make_response(request, problem.type.status, "application/problem+json",
                             boost::json::serialize(body));
}

Status check_query(const http::Request& request, std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : request.query) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      return fail(ErrorKind::invalid, "This parameter is not known here.", key);
    if (request.query_count(key) > 1)
      return fail(ErrorKind::invalid, "This parameter is given more than once.", key);
  }
  return {};
}

Result<std::string> language_parameter(const http::Request& request) {
  auto lang = request.query_value("lang").value_or("en");
  if (!i18n::parse_language(lang))
    return fail(ErrorKind::invalid, "The language must be one of en, ro, sq, hu, el.", "lang");
  return lang;
}

Result<boost::json::object> parse_object(std::string_view body) {
  boost::system::error_code ec;
  boost::json::parse_options options;
  options.max_depth = 32;
  boost::json::value v = boost::json::parse(body, ec, {}, options);
  if (ec) return fail(ErrorKind::invalid, "The body is not valid JSON.", "body", ec.message());
  if (!v.is_object())
    return fail(ErrorKind::unprocessable, "The body must be a JSON object.", "body");
  return std::move(v.as_object());
}

Result<int> revision_of(const boost::json::object& body) {
  auto* revision = body.if_contains("revision");
  if (!revision || !revision->is_int64() || revision->as_int64() < 1 || revision->as_int64() > 1'000'000'000)
    return fail(ErrorKind::invalid, "Give the revision you edited.", "revision");
  return int(revision->as_int64());
}

Result<std::string> text_member(const boost::json::object& body, std::string_view key) {
  auto* value = body.if_contains(key);
  if (!value || value->is_null()) return std::string();
  if (!value->is_string()) return fail(ErrorKind::invalid, "This member must be a string.", std::string(key));
  return std::string(value->as_string());
}

http::Response created(const http::Request& r, const boost::json::object& body, const std::string& location) {
  http::Response res = json_response(r, body, http::bhttp::status::created);
  res.set(http::bhttp::field::location, location);
  return res;
}

}  // namespace cps::api
