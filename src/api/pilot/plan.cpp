// A pilot's milestones and risks: added, changed and deleted by the lead's and the
// participants' staff, each change naming the pilot's revision it started from.
#include "api/pilot/parts.hpp"
#include "domain/pilot/pilot_input.hpp"

namespace cps::api {

using namespace pilot_parts;
using namespace cps::pilot;

http::Response PilotEndpoints::add_milestone(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto milestone = read_milestone(json::value(std::move(in->body)));
  if (!milestone) return error_response(r, milestone.error());
  milestone->id = MilestoneId();
  http::Response res = changed(r, v, pilots_.save_milestone(v.principal, in->id, in->revision, std::move(*milestone)));
  if (res.result() == bhttp::status::ok) res.result(bhttp::status::created);
  return res;
}

http::Response PilotEndpoints::save_milestone(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto id = id_in_path<MilestoneId>(r, "milestone");
  if (!id) return error_response(r, id.error());
  auto milestone = read_milestone(json::value(std::move(in->body)));
  if (!milestone) return error_response(r, milestone.error());
  milestone->id = *id;
  return changed(r, v, pilots_.save_milestone(v.principal, in->id, in->revision, std::move(*milestone)));
}

http::Response PilotEndpoints::delete_milestone(http::Request& r, const Visit& v) {
  auto in = read_query_change(r, Revision::required);
  if (!in) return error_response(r, in.error());
  auto id = id_in_path<MilestoneId>(r, "milestone");
  if (!id) return error_response(r, id.error());
  return changed(r, v, pilots_.delete_milestone(v.principal, in->id, in->revision, *id));
}

http::Response PilotEndpoints::add_risk(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto risk = read_risk(json::value(std::move(in->body)));
  if (!risk) return error_response(r, risk.error());
  risk->id = RiskId();
  http::Response res = changed(r, v, pilots_.save_risk(v.principal, in->id, in->revision, std::move(*risk)));
  if (res.result() == bhttp::status::ok) res.result(bhttp::status::created);
  return res;
}

http::Response PilotEndpoints::save_risk(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto id = id_in_path<RiskId>(r, "risk");
  if (!id) return error_response(r, id.error());
  auto risk = read_risk(json::value(std::move(in->body)));
  if (!risk) return error_response(r, risk.error());
  risk->id = *id;
  return changed(r, v, pilots_.save_risk(v.principal, in->id, in->revision, std::move(*risk)));
}

http::Response PilotEndpoints::delete_risk(http::Request& r, const Visit& v) {
  auto in = read_query_change(r, Revision::required);
  if (!in) return error_response(r, in.error());
  auto id = id_in_path<RiskId>(r, "risk");
  if (!id) return error_response(r, id.error());
  return changed(r, v, pilots_.delete_risk(v.principal, in->id, in->revision, *id));
}

}  // namespace cps::api
