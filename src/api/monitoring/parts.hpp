// What the monitoring endpoints' files share: the includes and names every handler uses, and
// the reading of an uploaded file (the body itself, or the part named "file" of a form).
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "api/json.hpp"
#include "api/monitoring_endpoints.hpp"
#include "api/monitoring_json.hpp"
#include "core/error.hpp"
#include "domain/monitoring/monitoring_service.hpp"
#include "http/request.hpp"

namespace cps::api::monitoring_parts {

namespace json = boost::json;
namespace bhttp = http::bhttp;

struct UploadedFile {
  std::string name;
  std::string bytes;
};
// The file of an upload: the part named "file" of a multipart/form-data body (its name the
// part's), or the whole body (its name in ?file_name=).
Result<UploadedFile> uploaded_file(const http::Request& r);

// A whole number above zero in the query parameter `name`, when given (invalid otherwise).
Result<std::optional<int>> number_parameter(const http::Request& r, std::string_view name);

}  // namespace cps::api::monitoring_parts
