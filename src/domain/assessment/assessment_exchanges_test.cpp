// What happens around a review through AssessmentService: comments and answers, and what a
// peer review ends in — recommendations, the region's responses, the action plan and its
// follow-up — each with its audit line, refused for those who take no part.
#include <gtest/gtest.h>

#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/testing/service_fixture.hpp"

namespace cps::assessment {
namespace {

using AssessmentExchanges = AssessmentFixture;

TEST_F(AssessmentExchanges, reviewers_comment_and_the_team_answers) {
  auto a = in_review();
  auto question =
      ok(service_.comment(greek_, a.id, "WG1.2", std::nullopt, " Which budget line funds this? "));
  auto answer =
      ok(service_.comment(team_, a.id, "WG1.2", question, "Line 4.2 of the regional programme."));
  auto all = ok(service_.comments(coordinator_, a.id));
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].body, "Which budget line funds this?");
  EXPECT_EQ(all[0].author_name, greek_.display_name);
  EXPECT_EQ(all[1].reply_to, question);
  EXPECT_EQ(all[1].id, answer);
  EXPECT_EQ(repository_.audit_actions().back(), "assessment.commented");
  auto field = [&](const accounts::Principal& who, std::string criterion,
                   std::optional<CommentId> reply, std::string body) {
    auto r = service_.comment(who, a.id, criterion, reply, body);
    EXPECT_FALSE(r);
    return r ? std::string() : r.error().field;
  };
  EXPECT_EQ(field(team_, "", std::nullopt, "  "), "body");
  EXPECT_EQ(field(team_, "WG9.9", std::nullopt, "Hm."), "criterion");
  EXPECT_EQ(field(team_, "", CommentId(999), "Hm."), "reply_to");
  EXPECT_EQ(service_.comment(neighbour_, a.id, "", std::nullopt, "Hm.").error().kind,
            ErrorKind::not_found);
}

TEST_F(AssessmentExchanges,
       members_reading_a_published_assessment_do_not_read_the_review_conversation) {
  auto a = published();
  ok(service_.comment(greek_, a.id, "", std::nullopt, "Well documented."));
  EXPECT_EQ(ok(service_.comments(neighbour_, a.id)).size(), 0u);
  EXPECT_EQ(ok(service_.comments(team_, a.id)).size(), 1u);
  EXPECT_EQ(service_.comment(neighbour_, a.id, "", std::nullopt, "Nice.").error().kind,
            ErrorKind::forbidden);
}

TEST_F(AssessmentExchanges, a_peer_review_ends_in_recommendations_responses_and_actions) {
  auto a = reviewed();
  auto rid = ok(service_.recommend(
      greek_, a.id,
      RecommendationInput{AreaCode("WG1"), "WG1.2", "Fund the cluster managers for five years."}));
  auto general = ok(service_.recommend(
      coordinator_, a.id,
      RecommendationInput{AreaCode("WG2"), "", "Join an international network."}));
  auto rejected = service_.respond(team_, a.id, general, Response::rejected, "");
  ASSERT_FALSE(rejected);
  EXPECT_EQ(rejected.error().field, "reason");
  auto r = ok(service_.respond(team_, a.id, rid, Response::partly,
                               "Three years is what the budget allows."));
  EXPECT_EQ(r.response, Response::partly);
  auto action_id = ok(service_.plan_action(
      team_, a.id, rid,
      ActionInput{"A multi-annual call", "Regional Development Agency", "2027-03-31"}));
  auto bad_date =
      service_.plan_action(team_, a.id, rid, ActionInput{"A call", "Agency", "2027-02-30"});
  ASSERT_FALSE(bad_date);
  EXPECT_EQ(bad_date.error().field, "deadline");
  EXPECT_EQ(
      service_.plan_action(team_, a.id, rid, ActionInput{"A call", "", "2027-02-28"}).error().field,
      "owner");
  now_ += 200 * 86400;
  auto silent = service_.follow_up(team_, a.id, action_id, ActionStatus::done, "");
  ASSERT_FALSE(silent);
  EXPECT_EQ(silent.error().field, "follow_up");
  auto done = ok(service_.follow_up(team_, a.id, action_id, ActionStatus::done,
                                    "The call opened in March; 14 clusters applied."));
  EXPECT_EQ(done.status, ActionStatus::done);
  EXPECT_EQ(done.followed_up_on, "2026-12-14");
  auto all = ok(service_.recommendations(team_, a.id));
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].response_reason, "Three years is what the budget allows.");
  ASSERT_EQ(all[0].actions.size(), 1u);
  EXPECT_EQ(all[0].actions[0].follow_up, "The call opened in March; 14 clusters applied.");
  EXPECT_EQ(all[1].response, Response::pending);
  auto actions = repository_.audit_actions();
  EXPECT_EQ(
      std::vector<std::string>(actions.end() - 5, actions.end()),
      (std::vector<std::string>{"assessment.recommended", "assessment.recommended",
                                "assessment.recommendation_answered", "assessment.action_planned",
                                "assessment.action_followed_up"}));
}

TEST_F(AssessmentExchanges,
       recommendations_come_from_reviewers_and_coordinators_in_review_or_later) {
  auto a = submitted();
  EXPECT_EQ(
      service_.recommend(coordinator_, a.id, {AreaCode("WG1"), "", "Too early."}).error().kind,
      ErrorKind::conflict);
  a = ok(service_.assign_reviewer(coordinator_, a.id, a.revision, accounts::UserId(2)));
  a = ok(service_.answer_invitation(greek_, a.id, a.revision, InvitationAnswer::accept, ""));
  EXPECT_EQ(service_.recommend(team_, a.id, {AreaCode("WG1"), "", "Self-praise."}).error().kind,
            ErrorKind::forbidden);
  EXPECT_EQ(
      service_.recommend(greek_, a.id, {AreaCode("WG1"), "WG2.1", "Wrong area."}).error().field,
      "criterion");
  EXPECT_EQ(service_.recommend(greek_, a.id, {AreaCode("WG5"), "", "Unknown area."}).error().field,
            "area");
  EXPECT_EQ(service_.recommend(greek_, a.id, {AreaCode("WG1"), "", " "}).error().field, "text");
  auto rid =
      ok(service_.recommend(greek_, a.id, {AreaCode("WG1"), "", "Map the cluster's firms."}));
  EXPECT_EQ(service_.respond(greek_, a.id, rid, Response::accepted, "").error().kind,
            ErrorKind::forbidden);
  EXPECT_EQ(
      service_.respond(team_, a.id, RecommendationId(999), Response::accepted, "").error().kind,
      ErrorKind::not_found);
  EXPECT_TRUE(service_.respond(team_, a.id, rid, Response::accepted, ""));
}

}  // namespace
}  // namespace cps::assessment
