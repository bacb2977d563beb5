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
// Query: only `lang`, checked before anything changes.
Result<Change> read_change(const http::Request& r);

// The `revision` query parameter of uploads and deletions (which have no JSON body).
Result<int> revision_parameter(const http::Request& r);

// The pilot and the revision of a change without a JSON body (?revision=N&lang=…; the
// revision optional when `revision` says so: then 0).
enum class Revision { required, optional };
struct QueryChange {
  pilot::PilotId id;
  int revision = 0;
};
Result<QueryChange> read_query_change(const http::Request& r, Revision revision);

}  // namespace cps::api::pilot_parts
