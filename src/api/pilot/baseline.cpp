// A pilot's approved baseline and its change control (modification requests and the lead
// partner's decisions), and its evaluations at mid-term and end.
#include "api/pilot/parts.hpp"
#include "domain/pilot/pilot_input.hpp"

namespace cps::api {

using namespace pilot_parts;
using namespace cps::pilot;

http::Response PilotEndpoints::approve(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  return changed(r, v, pilots_.approve_baseline(v.principal, in->id, in->revision));
}

http::Response PilotEndpoints::request_modification(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto modification = read_modification(json::value(std::move(in->body)));
  if (!modification) return error_response(r, modification.error());
  http::Response res = changed(r, v, pilots_.request_modification(v.principal, in->id, in->revision, std::move(*modification)));
  if (res.result() == bhttp::status::ok) res.result(bhttp::status::created);
  return res;
}

// {revision, decision: "approve" | "reject", note}
http::Response PilotEndpoints::decide_modification(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto modification = id_in_path<ModificationId>(r, "modification");
  if (!modification) return error_response(r, modification.error());
  auto named = text_member(in->body, "decision");
  if (!named) return error_response(r, named.error());
  std::optional<Decision> decision;
  if (*named == "approve") decision = Decision::approve;
  if (*named == "reject") decision = Decision::reject;
  if (!decision) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "decision"});
  auto note = text_member(in->body, "note");
  if (!note) return error_response(r, note.error());
  return changed(r, v, pilots_.decide_modification(v.principal, in->id, in->revision, *modification, *decision, *note));
}

// PUT …/evaluations/{stage} (mid_term | final): the stage's evaluation, replacing an earlier one.
http::Response PilotEndpoints::evaluate(http::Request& r, const Visit& v) {
  auto in = read_change(r);
  if (!in) return error_response(r, in.error());
  auto stage = parse_name(r.param("stage"), kEvaluationStageNames);
  if (!stage) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  // The address names the stage.
  in->body["stage"] = to_string(*stage);
  auto evaluation = read_evaluation(json::value(std::move(in->body)));
  if (!evaluation) return error_response(r, evaluation.error());
  return changed(r, v, pilots_.evaluate(v.principal, in->id, in->revision, std::move(*evaluation)));
}

}  // namespace cps::api
