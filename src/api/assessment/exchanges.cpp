// What people say about an assessment and what a peer review ends in: comments, the
// reviewers' recommendations, the region's response to each, its action plan and follow-up.
#include <algorithm>

#include "api/assessment/parts.hpp"
#include "api/paging.hpp"
#include "domain/assessment/score_input.hpp"

namespace cps::api {

using namespace assessment_parts;
using namespace cps::assessment;

namespace {

std::string recommendations_href(AssessmentId id) {
  return "/api/v1/assessments/" + std::to_string(id.value()) + "/recommendations";
}

// The request's assessment id and JSON body (for the POSTs of this file).
struct Posted {
  AssessmentId id;
  json::object body;
};

Result<Posted> read_post(const http::Request& r) {
  if (auto ok = check_query(r, {}); !ok) return std::unexpected(ok.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return std::unexpected(id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return std::unexpected(body.error());
  return Posted{*id, std::move(*body)};
}

// What was just made is not among what the service lists: a bug, logged with what it was.
Error saved_but_unread(const char* what) {
  return Error{ErrorKind::internal, "What was saved cannot be read back.", {}, what};
}

}  // namespace

http::Response AssessmentEndpoints::comments(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return error_response(r, id.error());
  auto all = assessments_.comments(v.principal, *id);
  if (!all) return error_response(r, all.error());
  json::array items;
  for (const auto& c : *all) items.push_back(comment_json(c));
  return page_of(r, std::move(items), *page);
}

http::Response AssessmentEndpoints::comment(http::Request& r, const Visit& v) {
  auto in = read_post(r);
  if (!in) return error_response(r, in.error());
  auto criterion = text_member(in->body, "criterion");
  if (!criterion) return error_response(r, criterion.error());
  auto text = text_member(in->body, "body");
  if (!text) return error_response(r, text.error());
  std::optional<CommentId> reply_to;
  if (auto* to = in->body.if_contains("reply_to"); to && !to->is_null()) {
    if (!to->is_int64() || to->as_int64() < 1)
      return error_response(r, Error{ErrorKind::invalid, "This must be a whole number above zero.", "reply_to"});
    reply_to = CommentId(to->as_int64());
  }
  auto made = assessments_.comment(v.principal, in->id, *criterion, reply_to, *text);
  if (!made) return error_response(r, made.error());
  auto all = assessments_.comments(v.principal, in->id);
  if (!all) return error_response(r, all.error());
  auto it = std::find_if(all->begin(), all->end(), [&](const Comment& c) { return c.id == *made; });
  if (it == all->end()) return error_response(r, saved_but_unread("comment"));
  return created(r, comment_json(*it), "/api/v1/assessments/" + std::to_string(in->id.value()) + "/comments");
}

http::Response AssessmentEndpoints::recommendations(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto id = id_in_path<AssessmentId>(r);
  if (!id) return error_response(r, id.error());
  auto all = assessments_.recommendations(v.principal, *id);
  if (!all) return error_response(r, all.error());
  json::array items;
  for (const auto& rec : *all) items.push_back(recommendation_json(rec));
  return page_of(r, std::move(items), *page);
}

http::Response AssessmentEndpoints::recommend(http::Request& r, const Visit& v) {
  auto in = read_post(r);
  if (!in) return error_response(r, in.error());
  auto input = read_recommendation(in->body);
  if (!input) return error_response(r, input.error());
  auto made = assessments_.recommend(v.principal, in->id, std::move(*input));
  if (!made) return error_response(r, made.error());
  auto all = assessments_.recommendations(v.principal, in->id);
  if (!all) return error_response(r, all.error());
  auto it = std::find_if(all->begin(), all->end(), [&](const Recommendation& rec) { return rec.id == *made; });
  if (it == all->end()) return error_response(r, saved_but_unread("recommendation"));
  return created(r, recommendation_json(*it), recommendations_href(in->id));
}

http::Response AssessmentEndpoints::respond(http::Request& r, const Visit& v) {
  auto in = read_post(r);
  if (!in) return error_response(r, in.error());
  auto recommendation = id_in_path<RecommendationId>(r, "recommendation");
  if (!recommendation) return error_response(r, recommendation.error());
  auto named = text_member(in->body, "response");
  if (!named) return error_response(r, named.error());
  auto response = parse_name(*named, kResponseNames);
  if (!response || *response == Response::pending)
    return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "response"});
  auto reason = text_member(in->body, "reason");
  if (!reason) return error_response(r, reason.error());
  auto answered = assessments_.respond(v.principal, in->id, *recommendation, *response, *reason);
  if (!answered) return error_response(r, answered.error());
  return json_response(r, recommendation_json(*answered));
}

http::Response AssessmentEndpoints::plan_action(http::Request& r, const Visit& v) {
  auto in = read_post(r);
  if (!in) return error_response(r, in.error());
  auto recommendation = id_in_path<RecommendationId>(r, "recommendation");
  if (!recommendation) return error_response(r, recommendation.error());
  auto input = read_action(in->body);
  if (!input) return error_response(r, input.error());
  auto made = assessments_.plan_action(v.principal, in->id, *recommendation, std::move(*input));
  if (!made) return error_response(r, made.error());
  auto all = assessments_.recommendations(v.principal, in->id);
  if (!all) return error_response(r, all.error());
  for (const auto& rec : *all)
    for (const auto& action : rec.actions)
      if (action.id == *made) return created(r, action_json(action), recommendations_href(in->id));
  return error_response(r, saved_but_unread("action"));
}

http::Response AssessmentEndpoints::follow_up(http::Request& r, const Visit& v) {
  auto in = read_post(r);
  if (!in) return error_response(r, in.error());
  auto action = id_in_path<ActionId>(r, "action");
  if (!action) return error_response(r, action.error());
  auto named = text_member(in->body, "status");
  if (!named) return error_response(r, named.error());
  auto status = parse_name(*named, kActionStatusNames);
  if (!status) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "status"});
  auto what = text_member(in->body, "follow_up");
  if (!what) return error_response(r, what.error());
  auto followed = assessments_.follow_up(v.principal, in->id, *action, *status, *what);
  if (!followed) return error_response(r, followed.error());
  return json_response(r, action_json(*followed));
}

}  // namespace cps::api
