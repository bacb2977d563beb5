// The assessment flow through AssessmentService with the real policy and in-memory ports: from
// draft to published, the refusals the issue names, who sees what, the audit lines, and that a
// failed step writes nothing.
#include "domain/assessment/assessment_service.hpp"

#include <gtest/gtest.h>

#include "domain/assessment/testing/service_fixture.hpp"

namespace cps::assessment {
namespace {

using accounts::Role;
using AssessmentFlow = AssessmentFixture;
using AssessmentRefusals = AssessmentFixture;
using AssessmentVisibility = AssessmentFixture;

template <class T>
ErrorKind kind_of(const Result<T>& r) {
  EXPECT_FALSE(r);
  return r ? ErrorKind::internal : r.error().kind;
}

TEST_F(AssessmentFlow, a_self_assessment_goes_from_draft_to_published) {
  auto a = draft();
  EXPECT_EQ(a.status, AssessmentStatus::draft);
  EXPECT_EQ(a.framework_version, 1);
  EXPECT_EQ(a.country.str(), "RO");
  EXPECT_EQ(a.revision, 1);
  a = ok(service_.save_scores(team_, a.id, a.revision, full_self_scores()));
  EXPECT_EQ(a.revision, 2);
  EXPECT_EQ(a.scores.size(), 12u);
  a = ok(service_.save_swot(team_, a.id, a.revision,
                            Swot{AreaCode("WG1"), "Universities", "", "", "Brain drain"}));
  a = ok(service_.move(team_, a.id, a.revision, Step::submit, ""));
  EXPECT_EQ(a.status, AssessmentStatus::submitted);
  EXPECT_EQ(a.submitted_at, now_);
  a = ok(service_.assign_reviewer(coordinator_, a.id, a.revision, accounts::UserId(2)));
  EXPECT_EQ(a.status, AssessmentStatus::in_review);
  ASSERT_EQ(a.reviewers.size(), 1u);
  EXPECT_EQ(a.reviewers[0].status, ReviewerStatus::invited);
  a = ok(service_.answer_invitation(greek_, a.id, a.revision, InvitationAnswer::accept, "None."));
  EXPECT_EQ(a.reviewers[0].conflicts, "None.");
  a = ok(service_.save_scores(greek_, a.id, a.revision, peer_scores(4)));
  a = ok(service_.submit_review(greek_, a.id, a.revision));
  EXPECT_EQ(a.reviewers[0].status, ReviewerStatus::submitted);
  auto agreed = typed("WG1.1", Timeframe::current, 4, "Agreed after the visit.");
  a = ok(service_.save_scores(coordinator_, a.id, a.revision, {agreed}));
  a = ok(service_.move(coordinator_, a.id, a.revision, Step::consolidate, "Met on 3 May."));
  EXPECT_EQ(a.status, AssessmentStatus::consolidated);
  // Every self score has an agreed one now; the coordinator's own stays.
  std::size_t agreed_count = 0;
  for (const auto& s : a.scores)
    if (s.source == Source::agreed) {
      ++agreed_count;
      if (s.criterion == "WG1.1" && s.timeframe == Timeframe::current) {
        EXPECT_EQ(s.rating.level, 4);
      }
    }
  EXPECT_EQ(agreed_count, 12u);
  a = ok(service_.move(coordinator_, a.id, a.revision, Step::publish, ""));
  EXPECT_EQ(a.status, AssessmentStatus::published);
  EXPECT_EQ(a.published_at, now_);
  EXPECT_EQ(
      repository_.audit_actions(),
      (std::vector<std::string>{
          "assessment.framework_saved", "assessment.created", "assessment.scored",
          "assessment.swot_saved", "assessment.submitted", "assessment.reviewer_assigned",
          "assessment.invitation_accepted", "assessment.scored", "assessment.review_submitted",
          "assessment.scored", "assessment.consolidated", "assessment.published"}));
  const auto& last = repository_.state().audit.back();
  EXPECT_EQ(last.target, "assessment:" + std::to_string(a.id.value()));
  EXPECT_EQ(last.actor_label, coordinator_.label);
  EXPECT_EQ(last.client, coordinator_.client);
  EXPECT_EQ(last.at, now_);
  EXPECT_EQ(repository_.state().audit.front().target, "framework:1");
}

TEST_F(AssessmentFlow, a_declining_reviewer_says_why_and_is_replaced) {
  auto a = submitted();
  a = ok(service_.assign_reviewer(coordinator_, a.id, a.revision, accounts::UserId(2)));
  auto silent =
      service_.answer_invitation(greek_, a.id, a.revision, InvitationAnswer::decline, " ");
  ASSERT_FALSE(silent);
  EXPECT_EQ(silent.error().field, "text");
  a = ok(service_.answer_invitation(greek_, a.id, a.revision, InvitationAnswer::decline,
                                    "I advised them last year."));
  EXPECT_EQ(a.reviewers[0].status, ReviewerStatus::declined);
  EXPECT_EQ(a.reviewers[0].decline_reason, "I advised them last year.");
  // The declined reviewer no longer sees the unpublished assessment.
  EXPECT_EQ(kind_of(service_.assessment(greek_, a.id)), ErrorKind::not_found);
  a = ok(service_.assign_reviewer(coordinator_, a.id, a.revision, accounts::UserId(4)));
  EXPECT_EQ(a.reviewers.size(), 2u);
  auto again =
      service_.answer_invitation(hungarian_, a.id, a.revision, InvitationAnswer::accept, "");
  ASSERT_TRUE(again);
  EXPECT_EQ(kind_of(service_.answer_invitation(hungarian_, a.id, again->revision,
                                               InvitationAnswer::accept, "")),
            ErrorKind::conflict);
}

TEST_F(AssessmentFlow, a_returned_assessment_goes_back_to_its_reviewers_when_resubmitted) {
  auto a = in_review();
  auto no_note = service_.move(coordinator_, a.id, a.revision, Step::send_back, "");
  ASSERT_FALSE(no_note);
  EXPECT_EQ(no_note.error().field, "note");
  a = ok(service_.move(coordinator_, a.id, a.revision, Step::send_back, "Add evidence for WG2."));
  EXPECT_EQ(a.status, AssessmentStatus::draft);
  EXPECT_EQ(a.return_note, "Add evidence for WG2.");
  a = ok(service_.save_scores(team_, a.id, a.revision, {typed("WG2.1", Timeframe::current, 2)}));
  a = ok(service_.move(team_, a.id, a.revision, Step::submit, ""));
  EXPECT_EQ(a.status, AssessmentStatus::in_review);
  EXPECT_EQ(a.return_note, "");
}

TEST_F(AssessmentFlow, submitting_needs_every_criterion_answered_now_and_for_the_target) {
  auto a = draft();
  auto scores = full_self_scores();
  std::erase_if(scores, [](const ScoreInput& s) {
    return s.criterion == "WG2.2" && s.timeframe == Timeframe::target;
  });
  a = ok(service_.save_scores(team_, a.id, a.revision, scores));
  auto r = service_.move(team_, a.id, a.revision, Step::submit, "");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::unprocessable);
  EXPECT_EQ(r.error().field, "scores.WG2.2");
  ScoreInput no_data;
  no_data.criterion = "WG2.2";
  no_data.timeframe = Timeframe::target;
  no_data.rating.answer = Answer::no_data;
  a = ok(service_.save_scores(team_, a.id, a.revision, {no_data}));
  EXPECT_TRUE(service_.move(team_, a.id, a.revision, Step::submit, ""));
}

TEST_F(AssessmentFlow, a_review_is_submitted_once_every_criterion_has_a_current_peer_score) {
  auto a = in_review();
  auto some = peer_scores(4);
  some.pop_back();
  a = ok(service_.save_scores(greek_, a.id, a.revision, some));
  auto r = service_.submit_review(greek_, a.id, a.revision);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "scores.WG2.2");
  auto early = service_.move(coordinator_, a.id, a.revision, Step::consolidate, "");
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().field, "reviewers");
}

TEST_F(AssessmentFlow, evidence_labels_come_from_the_knowledge_base) {
  auto a = draft();
  auto s = typed("WG1.1", Timeframe::current, 3);
  s.evidence = {{EvidenceKind::knowledge_item, "7", ""},
                {EvidenceKind::indicator, "gdp", "GDP per head"}};
  a = ok(service_.save_scores(team_, a.id, a.revision, {s}));
  ASSERT_EQ(a.scores.size(), 1u);
  EXPECT_EQ(a.scores[0].evidence[0].label, "Innovation vouchers");
  EXPECT_EQ(a.scores[0].by, team_.user);
  EXPECT_EQ(a.scores[0].source, Source::self);
}

TEST_F(AssessmentFlow, frameworks_get_the_next_version_whatever_the_input_says) {
  auto f = sample_framework();
  f.version = 17;
  f.note = "Clearer levels for WG2.";
  auto refused = service_.save_framework(team_, f);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::forbidden);
  auto stored = ok(service_.save_framework(coordinator_, f));
  EXPECT_EQ(stored.version, 2);
  EXPECT_EQ(ok(service_.framework(std::nullopt)).note, "Clearer levels for WG2.");
  EXPECT_EQ(ok(service_.framework(1)).note, sample_framework().note);
  EXPECT_EQ(ok(service_.frameworks()).size(), 2u);
  EXPECT_EQ(repository_.state().audit.back().target, "framework:2");
  // A second start-up keeps what is there.
  EXPECT_EQ(ok(service_.ensure_framework("ignored")).version, 2);
  f.criteria[0].weight = 9;
  auto bad = service_.save_framework(coordinator_, f);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "criteria[0].weight");
}

TEST_F(AssessmentRefusals, a_second_assessment_for_the_same_region_and_period) {
  draft();
  auto second = service_.create(team_, NewAssessment{RegionCode("RO21"), 1, std::nullopt});
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().kind, ErrorKind::conflict);
  EXPECT_EQ(second.error().field, "period");
  EXPECT_EQ(second.error().message,
            "This region already has an assessment for this reporting period.");
  EXPECT_TRUE(service_.create(team_, NewAssessment{RegionCode("RO21"), 2, std::nullopt}));
}

TEST_F(AssessmentRefusals, opening_an_assessment) {
  auto field = [&](const accounts::Principal& who, NewAssessment in) {
    auto r = service_.create(who, in);
    EXPECT_FALSE(r);
    return r ? std::string() : r.error().field;
  };
  EXPECT_EQ(field(team_, {RegionCode("RO22"), 1, std::nullopt}),
            "organisation");  // not the team's region
  EXPECT_EQ(field(team_, {RegionCode("XX11"), 1, std::nullopt}), "region");
  EXPECT_EQ(field(team_, {RegionCode("RO2"), 1, std::nullopt}), "region");  // a macro-region
  EXPECT_EQ(field(team_, {RegionCode("RO21"), 7, std::nullopt}), "period");
  EXPECT_EQ(
      kind_of(service_.create(neighbour_, {RegionCode("RO21"), 1, accounts::OrganisationId(10)})),
      ErrorKind::forbidden);
  EXPECT_EQ(
      kind_of(service_.create(anonymous_, {RegionCode("RO21"), 1, accounts::OrganisationId(10)})),
      ErrorKind::unauthenticated);
  // A national assessment: an organisation anywhere in the country.
  EXPECT_TRUE(service_.create(team_, {RegionCode("RO"), 1, std::nullopt}));
  // A coordinator opens one for a team.
  EXPECT_TRUE(service_.create(coordinator_, {RegionCode("RO22"), 1, accounts::OrganisationId(11)}));
  EXPECT_EQ(audit_lines(), 3u);
}

TEST_F(AssessmentRefusals, scores_that_break_a_rule_write_nothing) {
  auto a = draft();
  std::size_t lines = audit_lines();
  auto refused = [&](ScoreInput s) {
    auto r = service_.save_scores(team_, a.id, a.revision, {typed("WG2.1", Timeframe::past, 3), s});
    EXPECT_FALSE(r);
    return r ? Error{} : r.error();
  };
  auto e = refused(typed("WG1.1", Timeframe::current, 6));
  EXPECT_EQ(e.field, "scores.1.level");
  EXPECT_EQ(e.message, "A level is a whole number from 1 to 5.");
  e = refused(typed("WG1.2", Timeframe::current, 4, ""));
  EXPECT_EQ(e.field, "scores.1.justification");
  EXPECT_EQ(e.message, "This criterion needs a justification for its score.");
  e = refused(typed("WG7.1", Timeframe::current, 4));
  EXPECT_EQ(e.message, "This criterion is not in the assessment's framework.");
  auto unpublished = typed("WG1.1", Timeframe::current, 3);
  unpublished.evidence = {{EvidenceKind::knowledge_item, "8", ""}};
  e = refused(unpublished);
  EXPECT_EQ(e.field, "scores.1.evidence.0.reference");
  EXPECT_EQ(e.message, "Evidence must name a published knowledge item.");
  auto unknown_indicator = typed("WG1.1", Timeframe::current, 3);
  unknown_indicator.evidence = {{EvidenceKind::indicator, "lq:Z99", ""}};
  EXPECT_EQ(refused(unknown_indicator).message,
            "The regional analytics do not know this indicator.");
  auto bad_address = typed("WG1.1", Timeframe::current, 3);
  bad_address.evidence = {{EvidenceKind::document, "www.example.org/plan", ""}};
  EXPECT_EQ(refused(bad_address).message,
            "A document is named by its web address (http or https).");
  auto unchanged = ok(service_.assessment(team_, a.id));
  EXPECT_TRUE(unchanged.scores.empty());
  EXPECT_EQ(unchanged.revision, a.revision);
  EXPECT_EQ(audit_lines(), lines);
}

TEST_F(AssessmentRefusals, a_stale_revision_is_refused_and_writes_nothing) {
  auto a = draft();
  auto first =
      ok(service_.save_scores(team_, a.id, a.revision, {typed("WG1.1", Timeframe::current, 3)}));
  std::size_t lines = audit_lines();
  auto r = service_.save_scores(team_, a.id, a.revision, {typed("WG2.1", Timeframe::current, 1)});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::conflict);
  EXPECT_EQ(r.error().field, "revision");
  EXPECT_TRUE(
      r.error().message.starts_with("Somebody changed this assessment since you opened it."));
  auto now = ok(service_.assessment(team_, a.id));
  EXPECT_EQ(now.scores.size(), 1u);
  EXPECT_EQ(now.revision, first.revision);
  EXPECT_EQ(audit_lines(), lines);
  EXPECT_EQ(kind_of(service_.move(team_, a.id, a.revision, Step::submit, "")), ErrorKind::conflict);
}

TEST_F(AssessmentRefusals, a_change_whose_audit_line_fails_is_undone_whole) {
  auto a = draft();
  repository_.state().audit_failure =
      Error{ErrorKind::unavailable, "The database is not available."};
  auto r = service_.save_scores(team_, a.id, a.revision, full_self_scores());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::unavailable);
  EXPECT_FALSE(service_.move(team_, a.id, a.revision, Step::submit, ""));
  EXPECT_FALSE(service_.comment(team_, a.id, "", std::nullopt, "Lost?"));
  repository_.state().audit_failure.reset();
  auto unchanged = ok(service_.assessment(team_, a.id));
  EXPECT_TRUE(unchanged.scores.empty());
  EXPECT_EQ(unchanged.revision, a.revision);
  EXPECT_EQ(unchanged.status, AssessmentStatus::draft);
  EXPECT_TRUE(ok(service_.comments(team_, a.id)).empty());
}

TEST_F(AssessmentRefusals, editing_a_submitted_assessment) {
  auto a = submitted();
  for (auto r :
       {service_.save_scores(team_, a.id, a.revision, {typed("WG1.1", Timeframe::current, 4)}),
        service_.save_details(team_, a.id, a.revision, "Changed.", Disclosure::public_scores),
        service_.save_swot(team_, a.id, a.revision, Swot{AreaCode("WG1"), "x", "", "", ""})}) {
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::conflict);
    EXPECT_EQ(r.error().message,
              "This assessment has been submitted and can no longer be edited. A coordinator may "
              "send it back to its "
              "team.");
  }
}

TEST_F(AssessmentRefusals, reviewers_from_the_assessed_country_or_the_team) {
  auto a = submitted();
  add_person(5, 10, "RO", accounts::Experience::learning);
  auto own = service_.assign_reviewer(coordinator_, a.id, a.revision, accounts::UserId(5));
  ASSERT_FALSE(own);
  EXPECT_EQ(own.error().message, "A reviewer may not belong to the team of the assessed region.");
  auto compatriot = service_.assign_reviewer(coordinator_, a.id, a.revision, accounts::UserId(3));
  ASSERT_FALSE(compatriot);
  EXPECT_EQ(compatriot.error().message, "A reviewer must come from another country.");
  EXPECT_EQ(compatriot.error().field, "user");
  EXPECT_EQ(kind_of(service_.assign_reviewer(coordinator_, a.id, a.revision, accounts::UserId(99))),
            ErrorKind::unprocessable);
  EXPECT_EQ(kind_of(service_.assign_reviewer(team_, a.id, a.revision, accounts::UserId(2))),
            ErrorKind::forbidden);
  a = ok(service_.assign_reviewer(coordinator_, a.id, a.revision, accounts::UserId(2)));
  EXPECT_EQ(kind_of(service_.assign_reviewer(coordinator_, a.id, a.revision, accounts::UserId(2))),
            ErrorKind::conflict);
  EXPECT_EQ(a.status, AssessmentStatus::in_review);
}

TEST_F(AssessmentRefusals, reviewer_candidates_come_from_other_countries_experienced_first) {
  auto a = submitted();
  auto people = ok(service_.reviewer_candidates(coordinator_, a.id));
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].id.value(), 2);  // experienced, Greece
  EXPECT_EQ(people[1].id.value(), 4);  // Hungary
  EXPECT_EQ(kind_of(service_.reviewer_candidates(team_, a.id)), ErrorKind::forbidden);
}

TEST_F(AssessmentRefusals, steps_out_of_order_and_read_only_tokens) {
  auto a = draft();
  EXPECT_EQ(kind_of(service_.move(coordinator_, a.id, a.revision, Step::publish, "")),
            ErrorKind::conflict);
  EXPECT_EQ(kind_of(service_.move(team_, a.id, a.revision, Step::consolidate, "")),
            ErrorKind::forbidden);
  auto token = team_;
  token.via = accounts::Principal::Via::api_token;
  token.token_scope = accounts::TokenScope::read;
  EXPECT_EQ(kind_of(service_.save_scores(token, a.id, a.revision, {})), ErrorKind::forbidden);
  EXPECT_EQ(kind_of(service_.create(token, {RegionCode("RO21"), 3, std::nullopt})),
            ErrorKind::forbidden);
}

TEST_F(AssessmentVisibility, a_draft_is_seen_only_by_its_team_and_coordinators) {
  auto a = draft();
  EXPECT_TRUE(service_.assessment(team_, a.id));
  EXPECT_TRUE(service_.assessment(coordinator_, a.id));
  EXPECT_EQ(kind_of(service_.assessment(neighbour_, a.id)), ErrorKind::not_found);
  EXPECT_EQ(kind_of(service_.assessment(anonymous_, a.id)), ErrorKind::not_found);
  EXPECT_EQ(kind_of(service_.save_scores(neighbour_, a.id, a.revision, {})), ErrorKind::not_found);
  EXPECT_EQ(ok(service_.list(neighbour_, {})).size(), 0u);
  EXPECT_EQ(ok(service_.list(team_, {})).size(), 1u);
  EXPECT_EQ(ok(service_.list(coordinator_, {})).size(), 1u);
}

TEST_F(AssessmentVisibility,
       reviewers_see_what_they_review_and_others_peer_scores_only_after_their_own) {
  auto a = in_review();
  EXPECT_EQ(ok(service_.list(greek_, {})).size(), 1u);
  a = ok(service_.save_scores(greek_, a.id, a.revision, peer_scores(4)));
  // The team does not see peer scores before consolidation; the coordinator does.
  auto peers = [](const Assessment& x) {
    return std::count_if(x.scores.begin(), x.scores.end(),
                         [](const Score& s) { return s.source == Source::peer; });
  };
  EXPECT_EQ(peers(ok(service_.assessment(team_, a.id))), 0);
  EXPECT_EQ(peers(ok(service_.assessment(coordinator_, a.id))), 4);
  EXPECT_EQ(peers(ok(service_.assessment(greek_, a.id))), 4);  // their own
  EXPECT_FALSE(service_.capabilities(team_, a).see_peer_scores);
}

TEST_F(AssessmentVisibility, published_scores_reach_members_but_not_the_public_by_default) {
  auto a = published();
  EXPECT_TRUE(service_.assessment(neighbour_, a.id));
  EXPECT_EQ(ok(service_.list(neighbour_, {})).size(), 1u);
  EXPECT_EQ(kind_of(service_.assessment(anonymous_, a.id)), ErrorKind::not_found);
  EXPECT_EQ(ok(service_.list(anonymous_, {})).size(), 0u);
  // Peer scores stay with the team, its reviewers and the coordinators.
  auto seen = ok(service_.assessment(neighbour_, a.id));
  EXPECT_TRUE(std::none_of(seen.scores.begin(), seen.scores.end(),
                           [](const Score& s) { return s.source == Source::peer; }));
}

TEST_F(AssessmentVisibility, a_region_that_opted_in_shows_its_published_scores_to_everybody) {
  auto open = draft("RO21", 2);
  open = ok(service_.save_details(team_, open.id, open.revision, "", Disclosure::public_scores));
  EXPECT_EQ(kind_of(service_.assessment(anonymous_, open.id)), ErrorKind::not_found);  // a draft
  auto a = published(Disclosure::public_scores);
  auto seen = ok(service_.assessment(anonymous_, a.id));
  EXPECT_EQ(seen.summary, "Our cluster policy.");
  EXPECT_FALSE(seen.scores.empty());
  EXPECT_EQ(ok(service_.list(anonymous_, {})).size(), 1u);
  EXPECT_FALSE(service_.capabilities(anonymous_, seen).comment);
}

TEST_F(AssessmentVisibility, a_region_may_open_or_close_its_published_scores_at_any_step) {
  auto a = published();
  EXPECT_EQ(kind_of(service_.assessment(anonymous_, a.id)), ErrorKind::not_found);
  EXPECT_TRUE(service_.capabilities(team_, a).disclose);
  EXPECT_FALSE(service_.capabilities(neighbour_, a).disclose);
  a = ok(service_.save_details(team_, a.id, a.revision, a.summary, Disclosure::public_scores));
  EXPECT_TRUE(service_.assessment(anonymous_, a.id));
  a = ok(service_.save_details(team_, a.id, a.revision, a.summary, Disclosure::members));
  EXPECT_EQ(kind_of(service_.assessment(anonymous_, a.id)), ErrorKind::not_found);
  // The summary that was reviewed stays as it was.
  EXPECT_EQ(kind_of(service_.save_details(team_, a.id, a.revision, "Rewritten.", Disclosure::members)),
            ErrorKind::conflict);
}

TEST_F(AssessmentVisibility, capabilities_follow_role_and_state) {
  auto a = draft("RO21", 2);
  auto team = service_.capabilities(team_, a);
  EXPECT_TRUE(team.edit && team.submit && team.comment);
  EXPECT_FALSE(team.assign || team.publish || team.review);
  EXPECT_FALSE(service_.capabilities(coordinator_, a).assign);
  EXPECT_FALSE(service_.capabilities(neighbour_, a).comment);
  a = in_review();
  auto coordinator = service_.capabilities(coordinator_, a);
  EXPECT_TRUE(coordinator.assign && coordinator.consolidate && coordinator.send_back &&
              coordinator.recommend);
  EXPECT_FALSE(coordinator.publish || coordinator.edit);
  auto reviewer = service_.capabilities(greek_, a);
  EXPECT_TRUE(reviewer.review && reviewer.comment && reviewer.recommend);
  EXPECT_FALSE(reviewer.answer_invitation || reviewer.edit);
  EXPECT_FALSE(service_.capabilities(team_, a).edit);
  EXPECT_TRUE(service_.capabilities(team_, a).respond);
  EXPECT_FALSE(service_.capabilities(anonymous_, a).comment);
}

}  // namespace
}  // namespace cps::assessment
