// What the assessment endpoints' files share: the includes and names every handler uses
// (reading ids of the path and the members of a step's body is api/json.hpp's).
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

// id_in_path, revision_of, text_member and created come from api/json.hpp.

}  // namespace cps::api::assessment_parts
