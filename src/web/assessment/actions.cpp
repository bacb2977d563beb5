// The small forms of the overview: the flow's steps, assigning reviewers and answering an
// invitation, submitting a review, comments, recommendations with the region's responses,
// the action plan and its follow-up. Each posts, calls one service method and goes back to
// the overview; a refusal shows the overview again with the message.
#include "web/assessment/parts.hpp"

namespace cps::web {

namespace {

int revision_of(const Form& f) {
  auto n = text::parse_int(f.get("revision"));
  return n ? int(*n) : 0;
}

}  // namespace

http::Response AssessmentPages::refused(http::Request& r, Language lang, const Visit& v,
                                        const Error& error) {
  return overview_page(r, lang, v, form_error(site_, lang, error), form_status(error));
}

http::Response AssessmentPages::move(http::Request& r, Language lang, const Visit& v,
                                     const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto step = parse_name(f.get("step"), kStepNames);
  if (!step)
    return site_.error_page(r, Error{ErrorKind::invalid, "Choose a step from the list.", "step"});
  auto done = assessments_.move(v.principal, *id, revision_of(f), *step, text::trim(f.get("note")));
  if (!done) return refused(r, lang, v, done.error());
  return see_other(site_, r, assessment_href(lang, *id) + "?done=step");
}

http::Response AssessmentPages::assign(http::Request& r, Language lang, const Visit& v,
                                       const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto user = text::parse_int(f.get("reviewer"));
  if (!user || *user <= 0) {
    Error e{ErrorKind::invalid, N_("Choose a reviewer from the list."), "reviewer"};
    return refused(r, lang, v, e);
  }
  auto done =
      assessments_.assign_reviewer(v.principal, *id, revision_of(f), accounts::UserId(*user));
  if (!done) return refused(r, lang, v, done.error());
  return see_other(site_, r, assessment_href(lang, *id) + "?done=assigned#reviewers");
}

http::Response AssessmentPages::invitation(http::Request& r, Language lang, const Visit& v,
                                           const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  std::string answer = f.get("answer");
  if (answer != "accept" && answer != "decline")
    return site_.error_page(r, Error{ErrorKind::invalid, "Choose a step from the list.", "answer"});
  auto done = assessments_.answer_invitation(
      v.principal, *id, revision_of(f),
      answer == "accept" ? InvitationAnswer::accept : InvitationAnswer::decline,
      text::trim(f.get(answer == "accept" ? "conflicts" : "reason")));
  if (!done) return refused(r, lang, v, done.error());
  return see_other(site_, r, assessment_href(lang, *id) + "?done=answered#reviewers");
}

http::Response AssessmentPages::submit_review(http::Request& r, Language lang, const Visit& v,
                                              const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = assessments_.submit_review(v.principal, *id, revision_of(f));
  if (!done) return refused(r, lang, v, done.error());
  return see_other(site_, r, assessment_href(lang, *id) + "?done=review");
}

http::Response AssessmentPages::comment(http::Request& r, Language lang, const Visit& v,
                                        const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  std::optional<CommentId> reply_to;
  if (auto n = text::parse_int(f.get("reply_to")); n && *n > 0) reply_to = CommentId(*n);
  auto done = assessments_.comment(v.principal, *id, f.get("criterion"), reply_to, f.get("body"));
  if (!done) return refused(r, lang, v, done.error());
  return see_other(site_, r, assessment_href(lang, *id) + "?done=comment#comments");
}

http::Response AssessmentPages::recommend(http::Request& r, Language lang, const Visit& v,
                                          const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  RecommendationInput input{AreaCode(f.get("area")), f.get("criterion"), f.get("text")};
  auto done = assessments_.recommend(v.principal, *id, std::move(input));
  if (!done) return refused(r, lang, v, done.error());
  return see_other(site_, r, assessment_href(lang, *id) + "?done=recommended#recommendations");
}

http::Response AssessmentPages::respond(http::Request& r, Language lang, const Visit& v,
                                        const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  auto rid = http::path_id<RecommendationId>(r, "rid");
  if (!id || !rid) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto response = parse_name(f.get("response"), kResponseNames);
  if (!response || *response == Response::pending) {
    Error e{ErrorKind::invalid, N_("Choose a response: accepted, partly accepted or rejected."),
            "response"};
    return refused(r, lang, v, e);
  }
  auto done = assessments_.respond(v.principal, *id, *rid, *response, text::trim(f.get("reason")));
  if (!done) return refused(r, lang, v, done.error());
  return see_other(site_, r, assessment_href(lang, *id) + "?done=responded#recommendations");
}

http::Response AssessmentPages::plan_action(http::Request& r, Language lang, const Visit& v,
                                            const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  auto rid = http::path_id<RecommendationId>(r, "rid");
  if (!id || !rid) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  ActionInput input{text::trim(f.get("action")), text::trim(f.get("owner")),
                    text::trim(f.get("deadline"))};
  auto done = assessments_.plan_action(v.principal, *id, *rid, std::move(input));
  if (!done) return refused(r, lang, v, done.error());
  return see_other(site_, r, assessment_href(lang, *id) + "?done=planned#recommendations");
}

http::Response AssessmentPages::follow_up(http::Request& r, Language lang, const Visit& v,
                                          const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  auto aid = http::path_id<ActionId>(r, "aid");
  if (!id || !aid) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto status = parse_name(f.get("status"), kActionStatusNames);
  if (!status)
    return site_.error_page(r, Error{ErrorKind::invalid, "Choose a step from the list.", "status"});
  auto done =
      assessments_.follow_up(v.principal, *id, *aid, *status, text::trim(f.get("follow_up")));
  if (!done) return refused(r, lang, v, done.error());
  return see_other(site_, r, assessment_href(lang, *id) + "?done=followed#recommendations");
}

}  // namespace cps::web
