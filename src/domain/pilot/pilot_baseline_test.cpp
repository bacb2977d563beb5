// A pilot's approved baseline and what follows it, through PilotService: the plan frozen,
// modification requests approved (the original targets, budget and end date kept beside the
// new ones) or rejected, evaluations by who may evaluate, and the comparison of pilots and
// what a knowledge item's page shows of them.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/pilot/pilot_service.hpp"
#include "domain/pilot/testing/service_fixture.hpp"

namespace cps::pilot {
namespace {

using PilotChangeControl = PilotFixture;
using PilotEvaluation = PilotFixture;
using PilotComparison = PilotFixture;

template <class T>
Error error_of(const Result<T>& r) {
  EXPECT_FALSE(r) << "expected a refusal";
  return r ? Error{ErrorKind::internal, "succeeded"} : r.error();
}

const Indicator& indicator(const Pilot& p, const std::string& code) {
  auto it = std::find_if(p.indicators.begin(), p.indicators.end(), [&](const Indicator& i) { return i.code == code; });
  EXPECT_NE(it, p.indicators.end()) << code;
  static const Indicator kNone;
  return it == p.indicators.end() ? kNone : *it;
}

Modification request(std::string reason) {
  Modification m;
  m.reason = std::move(reason);
  return m;
}

Evaluation evaluation(EvaluationStage stage, int score, std::string result) {
  Evaluation e;
  e.stage = stage;
  for (auto c : kAllDacCriteria) e.scores.push_back(CriterionScore{c, score, ""});
  e.lessons = "Pay the vouchers within ten days.";
  e.result = std::move(result);
  return e;
}

TEST_F(PilotChangeControl, approval_needs_a_plan_and_happens_once) {
  auto p = created();
  auto e = error_of(service_.approve_baseline(lead_partner_, p.id, p.revision));
  EXPECT_EQ(e.field, "logframe");
  p = ok(service_.save_logframe(lead_staff_, p.id, p.revision, logframe()));
  EXPECT_FALSE(service_.capabilities(lead_partner_, p).approve_baseline);
  e = error_of(service_.approve_baseline(lead_partner_, p.id, p.revision));
  EXPECT_EQ(e.field, "indicators");
  p = ok(service_.save_indicator(lead_staff_, p.id, p.revision, std::nullopt, companies()));
  EXPECT_EQ(error_of(service_.approve_baseline(outsider_staff_, p.id, p.revision)).kind, ErrorKind::forbidden);
  p = ok(service_.approve_baseline(sc_member_, p.id, p.revision));
  e = error_of(service_.approve_baseline(lead_partner_, p.id, p.revision));
  EXPECT_EQ(e.kind, ErrorKind::conflict);
  EXPECT_FALSE(service_.capabilities(lead_partner_, p).approve_baseline);
}

TEST_F(PilotChangeControl, an_approved_plan_changes_only_through_a_request) {
  auto p = approved();
  auto before = audit_lines();
  auto in = pilot_input();
  in.budget = EuroCents{20000000};
  auto e = error_of(service_.update(lead_staff_, p.id, p.revision, in));
  EXPECT_EQ(e.kind, ErrorKind::conflict);
  EXPECT_EQ(e.field, "budget");
  in = pilot_input();
  in.ends = "2027-06-30";
  EXPECT_EQ(error_of(service_.update(lead_staff_, p.id, p.revision, in)).field, "ends");
  EXPECT_EQ(error_of(service_.save_logframe(lead_staff_, p.id, p.revision, logframe())).field, "logframe");
  auto higher = companies();
  higher.target.value = 60;
  EXPECT_EQ(error_of(service_.save_indicator(lead_staff_, p.id, p.revision, indicator(p, "I1").id, higher)).field,
            "target");
  auto another = companies();
  another.code = "I3";
  EXPECT_EQ(error_of(service_.save_indicator(lead_staff_, p.id, p.revision, std::nullopt, another)).kind,
            ErrorKind::conflict);
  EXPECT_EQ(error_of(service_.delete_indicator(lead_staff_, p.id, p.revision, indicator(p, "I2").id)).kind,
            ErrorKind::conflict);
  EXPECT_EQ(audit_lines(), before);
  // The name and the source stay the lead's to word.
  auto renamed = companies();
  renamed.name = "Small firms using a voucher";
  renamed.source = "Voucher register";
  p = ok(service_.save_indicator(lead_staff_, p.id, p.revision, indicator(p, "I1").id, renamed));
  EXPECT_EQ(indicator(p, "I1").name, "Small firms using a voucher");
  // The description and status too.
  in = pilot_input();
  in.texts[0].summary = "Vouchers for small firms in Nord-Est.";
  in.status = PilotStatus::running;
  p = ok(service_.update(lead_staff_, p.id, p.revision, in));
  EXPECT_EQ(p.status, PilotStatus::running);
}

TEST_F(PilotChangeControl, an_approved_request_keeps_the_original_targets_beside_the_new_ones) {
  auto p = approved();
  EXPECT_FALSE(service_.capabilities(lead_partner_, p).decide_modification);
  EXPECT_TRUE(service_.capabilities(lead_staff_, p).request_modification);
  auto m = request("The call opened three months late.");
  m.targets = {TargetChange{"I1", Measure{30, "2027-02-28"}}};
  m.budget = EuroCents{12000000};
  m.ends = "2027-06-30";
  p = ok(service_.request_modification(lead_staff_, p.id, p.revision, m));
  ASSERT_EQ(p.modifications.size(), 1u);
  EXPECT_EQ(p.modifications[0].status, ModificationStatus::requested);
  EXPECT_EQ(p.modifications[0].requested_by, lead_staff_.user);
  EXPECT_EQ(indicator(p, "I1").target.value, 40);  // nothing applied before the decision
  EXPECT_TRUE(service_.capabilities(lead_partner_, p).decide_modification);
  EXPECT_FALSE(service_.capabilities(lead_staff_, p).request_modification);
  auto e = error_of(service_.request_modification(lead_staff_, p.id, p.revision, m));
  EXPECT_EQ(e.field, "modifications");
  EXPECT_EQ(error_of(service_.decide_modification(lead_staff_, p.id, p.revision, p.modifications[0].id,
                                                  Decision::approve, ""))
                .kind,
            ErrorKind::forbidden);

  p = ok(service_.decide_modification(lead_partner_, p.id, p.revision, p.modifications[0].id, Decision::approve,
                                      "Agreed at the steering committee."));
  EXPECT_EQ(p.baseline_version, 2);
  EXPECT_EQ(p.modifications[0].status, ModificationStatus::approved);
  EXPECT_EQ(p.modifications[0].version, 2);
  EXPECT_EQ(p.modifications[0].decided_by, lead_partner_.user);
  EXPECT_EQ(indicator(p, "I1").target.value, 30);
  ASSERT_TRUE(indicator(p, "I1").original_target);
  EXPECT_EQ(indicator(p, "I1").original_target->value, 40);
  EXPECT_FALSE(indicator(p, "I2").original_target);
  EXPECT_EQ(p.budget, EuroCents{12000000});
  EXPECT_EQ(p.original_budget, EuroCents{15000000});
  EXPECT_EQ(p.ends, "2027-06-30");
  EXPECT_EQ(p.original_ends, "2027-02-28");

  // A second change keeps the target first approved, not the one in between.
  m = request("More firms applied than expected.");
  m.targets = {TargetChange{"I1", Measure{45, "2027-06-30"}}};
  p = ok(service_.request_modification(lead_staff_, p.id, p.revision, m));
  p = ok(service_.decide_modification(sc_member_, p.id, p.revision, p.modifications[1].id, Decision::approve, ""));
  EXPECT_EQ(p.baseline_version, 3);
  EXPECT_EQ(indicator(p, "I1").target.value, 45);
  EXPECT_EQ(indicator(p, "I1").original_target->value, 40);
  auto actions = repository_.audit_actions();
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "pilot.modification_requested"), 2);
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "pilot.modification_approved"), 2);
}

TEST_F(PilotChangeControl, a_rejection_says_why_and_changes_nothing) {
  auto p = approved();
  auto m = request("Fewer firms in the region than thought.");
  m.targets = {TargetChange{"I1", Measure{20, "2027-02-28"}}};
  p = ok(service_.request_modification(lead_staff_, p.id, p.revision, m));
  auto id = p.modifications.at(0).id;
  auto e = error_of(service_.decide_modification(lead_partner_, p.id, p.revision, id, Decision::reject, "  "));
  EXPECT_EQ(e.field, "note");
  p = ok(service_.decide_modification(lead_partner_, p.id, p.revision, id, Decision::reject,
                                      "Reach the firms of the neighbouring region."));
  EXPECT_EQ(p.modifications[0].status, ModificationStatus::rejected);
  EXPECT_EQ(p.modifications[0].decision_note, "Reach the firms of the neighbouring region.");
  EXPECT_EQ(p.baseline_version, 1);
  EXPECT_EQ(indicator(p, "I1").target.value, 40);
  EXPECT_FALSE(indicator(p, "I1").original_target);
  e = error_of(service_.decide_modification(lead_partner_, p.id, p.revision, id, Decision::approve, ""));
  EXPECT_EQ(e.kind, ErrorKind::conflict);
  EXPECT_EQ(repository_.audit_actions().back(), "pilot.modification_rejected");
}

TEST_F(PilotChangeControl, a_request_is_judged_by_the_plans_rules) {
  auto p = planned();
  auto m = request("Too early.");
  m.budget = EuroCents{100};
  EXPECT_EQ(error_of(service_.request_modification(lead_staff_, p.id, p.revision, m)).field, "baseline");
  p = ok(service_.approve_baseline(lead_partner_, p.id, p.revision));
  m = request("A wrong target.");
  m.targets = {TargetChange{"I2", Measure{40, "2027-02-28"}}};  // "lower is better" going up
  EXPECT_EQ(error_of(service_.request_modification(lead_staff_, p.id, p.revision, m)).field, "targets.0.target.value");
  m.targets = {TargetChange{"I7", Measure{4, "2027-02-28"}}};
  EXPECT_EQ(error_of(service_.request_modification(lead_staff_, p.id, p.revision, m)).field, "targets.0.indicator");
  m = request("Shorter.");
  m.ends = "2025-12-31";
  EXPECT_EQ(error_of(service_.request_modification(lead_staff_, p.id, p.revision, m)).field, "ends");
  m = request("A new logframe.");
  auto entries = logframe();
  entries.resize(2);  // without R1, which I1 measures
  m.logframe = entries;
  EXPECT_EQ(error_of(service_.request_modification(lead_staff_, p.id, p.revision, m)).field, "logframe");
  EXPECT_EQ(error_of(service_.request_modification(participant_staff_, p.id, p.revision, request("Why not."))).kind,
            ErrorKind::forbidden);
}

TEST_F(PilotEvaluation, a_stage_suits_the_pilots_status) {
  auto p = approved();
  auto e = error_of(service_.evaluate(stc_member_, p.id, p.revision, evaluation(EvaluationStage::mid_term, 3, "")));
  EXPECT_EQ(e.kind, ErrorKind::conflict);
  EXPECT_EQ(e.field, "stage");
  p = with_status(p, PilotStatus::running);
  EXPECT_EQ(error_of(service_.evaluate(stc_member_, p.id, p.revision, evaluation(EvaluationStage::final_evaluation, 3, "")))
                .field,
            "stage");
  EXPECT_TRUE(service_.capabilities(wg1_coordinator_, p).evaluate);
  EXPECT_FALSE(service_.capabilities(wg2_coordinator_, p).evaluate);
  EXPECT_EQ(error_of(service_.evaluate(wg2_coordinator_, p.id, p.revision, evaluation(EvaluationStage::mid_term, 3, "")))
                .kind,
            ErrorKind::forbidden);
  EXPECT_EQ(error_of(service_.evaluate(lead_staff_, p.id, p.revision, evaluation(EvaluationStage::mid_term, 3, ""))).kind,
            ErrorKind::forbidden);
  p = ok(service_.evaluate(wg1_coordinator_, p.id, p.revision, evaluation(EvaluationStage::mid_term, 3, "Slow start.")));
  p = ok(service_.evaluate(stc_member_, p.id, p.revision, evaluation(EvaluationStage::mid_term, 4, "Caught up.")));
  ASSERT_EQ(p.evaluations.size(), 1u);  // the stage's evaluation is replaced
  EXPECT_EQ(p.evaluations[0].result, "Caught up.");
  EXPECT_EQ(p.evaluations[0].evaluator, stc_member_.user);
}

TEST_F(PilotEvaluation, every_criterion_is_scored_and_the_lessons_written) {
  auto p = running();
  auto e = evaluation(EvaluationStage::mid_term, 4, "");
  e.scores.pop_back();
  EXPECT_EQ(error_of(service_.evaluate(stc_member_, p.id, p.revision, e)).field, "scores");
  e = evaluation(EvaluationStage::mid_term, 6, "");
  EXPECT_EQ(error_of(service_.evaluate(stc_member_, p.id, p.revision, e)).message,
            "A score is a whole number from 1 to 5.");
  e = evaluation(EvaluationStage::mid_term, 4, "");
  e.lessons = " ";
  EXPECT_EQ(error_of(service_.evaluate(stc_member_, p.id, p.revision, e)).field, "lessons");
}

TEST_F(PilotComparison, pilots_are_ranked_by_achievement_and_grouped_by_practice_and_area) {
  auto first = running();  // transfers item 7, WG1
  auto in = pilot_input();
  in.texts[0].title = "Innovation vouchers for Sud-Est";
  in.areas = {AreaCode("WG1"), AreaCode("WG3")};
  auto second = running(in);
  in = pilot_input();
  in.texts[0].title = "A cluster academy";
  in.transfers = {Transfer{9, std::nullopt, std::nullopt, ""}};
  in.areas = {AreaCode("WG2")};
  auto third = running(in);  // no values: not judged

  // first: I1 20 of 40 (0.5), I2 from 30 to 20 of the way to 10 (0.5) → 0.5
  first = ok(service_.record_values(lead_staff_, first.id, first.revision, {value("I1", 1, 10), value("I1", 2, 20),
                                                                            value("I2", 2, 20)}));
  // second: I1 80 of 40 (2.0, capped at 1.5), I2 at 10 (1.0) → 1.25
  second = ok(service_.record_values(lead_staff_, second.id, second.revision, {value("I1", 2, 80), value("I2", 2, 10)}));

  auto c = ok(service_.compare(anonymous_, {}, "en"));
  ASSERT_EQ(c.ranked.size(), 3u);
  EXPECT_EQ(c.ranked[0].pilot.id, second.id);
  EXPECT_EQ(c.ranked[1].pilot.id, first.id);
  EXPECT_EQ(c.ranked[2].pilot.id, third.id);
  ASSERT_TRUE(c.ranked[0].achievement.mean_ratio);
  EXPECT_DOUBLE_EQ(*c.ranked[0].achievement.mean_ratio, 1.25);
  EXPECT_EQ(c.ranked[0].achievement.met, 2u);
  EXPECT_DOUBLE_EQ(*c.ranked[1].achievement.mean_ratio, 0.5);
  EXPECT_FALSE(c.ranked[2].achievement.mean_ratio);
  ASSERT_EQ(c.by_practice.size(), 1u);  // item 9 is tried by one pilot only
  EXPECT_EQ(c.by_practice[0].key, "7");
  EXPECT_EQ(c.by_practice[0].label, "Innovation vouchers");
  EXPECT_EQ(c.by_practice[0].pilots, (std::vector<PilotId>{second.id, first.id}));
  ASSERT_EQ(c.by_area.size(), 3u);
  EXPECT_EQ(c.by_area[0].key, "WG1");
  EXPECT_EQ(c.by_area[0].pilots, (std::vector<PilotId>{second.id, first.id}));
  EXPECT_EQ(c.by_area[1].key, "WG2");
  EXPECT_EQ(c.periods, (std::vector<int>{1, 2}));

  auto only_wg2 = ok(service_.compare(anonymous_, PilotFilter{.area = AreaCode("WG2")}, "en"));
  ASSERT_EQ(only_wg2.ranked.size(), 1u);
  EXPECT_TRUE(only_wg2.by_practice.empty());
}

TEST_F(PilotComparison, a_knowledge_item_shows_the_pilots_that_tested_it) {
  auto p = running();
  p = ok(service_.record_values(lead_staff_, p.id, p.revision, {value("I1", 1, 40), value("I2", 1, 25)}));
  auto draft = created();  // transfers item 7 too, but only members see it
  auto tested = ok(service_.tested_in(anonymous_, 7, "en"));
  ASSERT_EQ(tested.size(), 1u);
  EXPECT_EQ(tested[0].pilot, p.id);
  EXPECT_EQ(tested[0].title, "Innovation vouchers for Nord-Est");
  EXPECT_EQ(tested[0].regions, (std::vector<RegionCode>{RegionCode("RO21")}));
  EXPECT_EQ(tested[0].status, PilotStatus::running);
  EXPECT_EQ(tested[0].targets.met, 1u);
  EXPECT_EQ(tested[0].targets.of, 2u);
  EXPECT_EQ(tested[0].result, "");
  EXPECT_EQ(ok(service_.tested_in(outsider_staff_, 7, "en")).size(), 2u);
  EXPECT_TRUE(ok(service_.tested_in(anonymous_, 9, "en")).empty());

  p = ok(service_.evaluate(stc_member_, p.id, p.revision, evaluation(EvaluationStage::mid_term, 4, "Half-way there.")));
  p = with_status(p, PilotStatus::completed);
  p = ok(service_.evaluate(stc_member_, p.id, p.revision, evaluation(EvaluationStage::final_evaluation, 5, "40 firms.")));
  tested = ok(service_.tested_in(anonymous_, 7, "en"));
  ASSERT_EQ(tested.size(), 1u);
  EXPECT_EQ(tested[0].result, "40 firms.");  // the final evaluation speaks last
  EXPECT_EQ(tested[0].lessons, "Pay the vouchers within ten days.");
}

}  // namespace
}  // namespace cps::pilot
