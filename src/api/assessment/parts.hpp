// What the assessment endpoints' files share: reading the assessment id of the path and the
// members every body of a step carries (the revision it started from, texts).
#pragma once

#include <boost/json.hpp>
#include <string>
#include <string_view>

#include "api/assessment_endpoints.hpp"
#include "api/assessment_json.hpp"
#include "api/json.hpp"
#include "core/error.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "http/request.hpp"

namespace cps::api::assessment_parts {

namespace json = boost::json;
namespace bhttp = http::bhttp;

// The id in the path parameter `name`; not found when it is not a whole number above zero.
template <class Id>
Result<Id> id_in_path(const http::Request& r, std::string_view name = "id") {
  auto id = http::path_id<Id>(r, name);
  if (!id) return fail(ErrorKind::not_found, "Not found.");
  return *id;
}

// The body's "revision": the revision of the assessment the change started from.
Result<int> revision_of(const json::object& body);
// The text member `key`, "" when absent or null.
Result<std::string> text_member(const json::object& body, std::string_view key);

// A JSON answer with its Location (201 for what a POST made).
http::Response created(const http::Request& r, const json::object& body, const std::string& location);

}  // namespace cps::api::assessment_parts
