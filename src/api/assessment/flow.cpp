// The assessment's flow: its steps (submit, send back, consolidate, publish), reviewers'
// candidates and assignment, their answer to the invitation and the submitted review. Each body names the
// revision it started from; the answer is the assessment as it is after the step.
#include "api/assessment/parts.hpp"
#include "api/paging.hpp"

namespace cps::api {

using namespace assessment_parts;
using namespace cps::assessment;

namespace {

// The assessment id of the path and the body of a step, with its revision.
struct StepRequest {
  AssessmentId id;
  json::object body;
  int revision = 0;
};

Result<StepRequest> read_step(const http::Request& r) {
  if (auto ok = check_query(r, {}); !ok) return std::unexpected(ok.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return std::unexpected(id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return std::unexpected(body.error());
  auto revision = revision_of(*body);
  if (!revision) return std::unexpected(revision.error());
  return StepRequest{*id, std::move(*body), *revision};
}

}  // namespace

http::Response AssessmentEndpoints::submit(http::Request& r, const Visit& v) { return move(r, v, Step::submit); }
http::Response AssessmentEndpoints::send_back(http::Request& r, const Visit& v) { return move(r, v, Step::send_back); }
http::Response AssessmentEndpoints::consolidate(http::Request& r, const Visit& v) { return move(r, v, Step::consolidate); }
http::Response AssessmentEndpoints::publish(http::Request& r, const Visit& v) { return move(r, v, Step::publish); }

http::Response AssessmentEndpoints::move(http::Request& r, const Visit& v, Step step) {
  auto in = read_step(r);
  if (!in) return error_response(r, in.error());
  auto note = text_member(in->body, "note");
  if (!note) return error_response(r, note.error());
  auto moved = assessments_.move(v.principal, in->id, in->revision, step, *note);
  if (!moved) return error_response(r, moved.error());
  return json_response(r, assessment_json(*moved, assessments_.capabilities(v.principal, *moved)));
}

// Members who may review it (from another country), experienced organisations first: whom a
// coordinator chooses from.
http::Response AssessmentEndpoints::reviewer_candidates(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return error_response(r, id.error());
  auto people = assessments_.reviewer_candidates(v.principal, *id);
  if (!people) return error_response(r, people.error());
  json::array items;
  for (const auto& p : *people) items.push_back(reviewer_candidate_json(p));
  return page_of(r, std::move(items), *page);
}

http::Response AssessmentEndpoints::assign_reviewer(http::Request& r, const Visit& v) {
  auto in = read_step(r);
  if (!in) return error_response(r, in.error());
  auto* user = in->body.if_contains("user");
  if (!user || !user->is_int64() || user->as_int64() < 1)
    return error_response(r, Error{ErrorKind::invalid, "This must be a whole number above zero.", "user"});
  auto assigned = assessments_.assign_reviewer(v.principal, in->id, in->revision, accounts::UserId(user->as_int64()));
  if (!assigned) return error_response(r, assigned.error());
  return json_response(r, assessment_json(*assigned, assessments_.capabilities(v.principal, *assigned)));
}

http::Response AssessmentEndpoints::answer_invitation(http::Request& r, const Visit& v) {
  auto in = read_step(r);
  if (!in) return error_response(r, in.error());
  auto named = text_member(in->body, "answer");
  if (!named) return error_response(r, named.error());
  std::optional<InvitationAnswer> answer;
  if (*named == "accept") answer = InvitationAnswer::accept;
  if (*named == "decline") answer = InvitationAnswer::decline;
  if (!answer) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "answer"});
  // Conflicts of interest when accepting ("" for none), the reason when declining.
  auto text = text_member(in->body, "text");
  if (!text) return error_response(r, text.error());
  auto answered = assessments_.answer_invitation(v.principal, in->id, in->revision, *answer, *text);
  if (!answered) return error_response(r, answered.error());
  return json_response(r, assessment_json(*answered, assessments_.capabilities(v.principal, *answered)));
}

http::Response AssessmentEndpoints::submit_review(http::Request& r, const Visit& v) {
  auto in = read_step(r);
  if (!in) return error_response(r, in.error());
  auto submitted = assessments_.submit_review(v.principal, in->id, in->revision);
  if (!submitted) return error_response(r, submitted.error());
  return json_response(r, assessment_json(*submitted, assessments_.capabilities(v.principal, *submitted)));
}

}  // namespace cps::api
