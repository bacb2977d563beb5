// What the pilot endpoints' files share: the includes and names every handler uses, and the
// reading of the pilot id and the revision a change started from.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "api/json.hpp"
#include "api/pilot_endpoints.hpp"
#include "api/pilot_json.hpp"
#include "core/error.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "http/request.hpp"

namespace cps::api::pilot_parts {

namespace json = boost::json;
namespace bhttp = http::bhttp;

// The pilot id of the path and the body of a change, with the revision it started from.
struct Change {
  pilot::PilotId id;
  json::object body;
  int revision = 0;
};
// Query: only `lang`.
Result<Change> read_change(const http::Request& r);

// The `revision` query parameter of uploads and deletions (which have no JSON body).
Result<int> revision_parameter(const http::Request& r);

}  // namespace cps::api::pilot_parts
