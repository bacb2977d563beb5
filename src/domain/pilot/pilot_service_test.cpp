// A pilot through PilotService with the real policy and in-memory ports: from its draft to its
// evaluation, the refusals the issue names (values for periods not set or outside the pilot's
// dates, wrong units, a stale revision), who sees what, the audit lines, and that a failed
// change writes nothing.
#include "domain/pilot/pilot_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/pilot/testing/service_fixture.hpp"

namespace cps::pilot {
namespace {

using PilotFlow = PilotFixture;
using PilotRefusals = PilotFixture;
using PilotValues = PilotFixture;
using PilotVisibility = PilotFixture;

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

TEST_F(PilotFlow, a_pilot_goes_from_its_draft_to_a_mid_term_evaluation) {
  auto p = created();
  EXPECT_EQ(p.revision, 1);
  EXPECT_EQ(p.lead, accounts::OrganisationId(10));  // the creator's organisation
  EXPECT_EQ(p.lead_name, "Nord-Est Regional Development Agency");
  EXPECT_EQ(p.status, PilotStatus::planned);
  EXPECT_EQ(p.baseline_version, 0);
  EXPECT_EQ(p.created_by, lead_staff_.user);
  EXPECT_EQ(p.created_at, now_);
  ASSERT_EQ(p.transfers.size(), 1u);
  EXPECT_EQ(p.transfers[0].from_region, RegionCode("EL52"));  // the item's region when left out
  EXPECT_EQ(p.transfers[0].item_title, "Innovation vouchers");

  p = ok(service_.save_logframe(lead_staff_, p.id, p.revision, logframe()));
  EXPECT_EQ(p.revision, 2);
  ASSERT_EQ(p.logframe.size(), 4u);
  EXPECT_EQ(p.logframe[3].position, 3);
  p = ok(service_.save_indicator(lead_staff_, p.id, p.revision, std::nullopt, companies()));
  p = ok(service_.save_indicator(lead_staff_, p.id, p.revision, std::nullopt, days_to_pay()));
  EXPECT_EQ(p.revision, 4);
  ASSERT_EQ(p.indicators.size(), 2u);
  EXPECT_EQ(p.indicators[1].code, "I2");
  EXPECT_TRUE(service_.capabilities(lead_partner_, p).approve_baseline);
  EXPECT_FALSE(service_.capabilities(lead_staff_, p).approve_baseline);

  p = ok(service_.approve_baseline(lead_partner_, p.id, p.revision));
  EXPECT_EQ(p.baseline_version, 1);
  EXPECT_EQ(p.baseline_approved_at, now_);
  p = with_status(p, PilotStatus::running);
  EXPECT_EQ(p.status, PilotStatus::running);

  p = ok(service_.record_values(participant_staff_, p.id, p.revision, {value("I1", 1, 12), value("I2", 1, 25)}));
  ASSERT_EQ(indicator(p, "I1").values.size(), 1u);
  EXPECT_EQ(indicator(p, "I1").values[0].value, 12);
  EXPECT_EQ(indicator(p, "I1").values[0].by, participant_staff_.user);
  EXPECT_EQ(indicator(p, "I1").values[0].at, now_);
  EXPECT_EQ(indicator(p, "I1").values[0].evidence, "https://example.org/report.pdf");

  p = ok(service_.save_milestone(lead_staff_, p.id, p.revision,
                                 Milestone{{}, "First call closed", "2026-06-30", MilestoneStatus::open, "", ""}));
  ASSERT_EQ(p.milestones.size(), 1u);
  p = ok(service_.save_risk(participant_staff_, p.id, p.revision,
                            Risk{{}, "Few firms apply.", Level::medium, Level::high, "Visit the firms.", RiskStatus::open}));
  ASSERT_EQ(p.risks.size(), 1u);

  Evaluation e;
  e.stage = EvaluationStage::mid_term;
  for (auto c : kAllDacCriteria) e.scores.push_back(CriterionScore{c, 4, ""});
  e.lessons = "Pay the vouchers quickly.";
  e.result = "12 firms used a voucher in the first half-year.";
  p = ok(service_.evaluate(stc_member_, p.id, p.revision, e));
  ASSERT_EQ(p.evaluations.size(), 1u);
  EXPECT_EQ(p.evaluations[0].evaluator, stc_member_.user);
  EXPECT_EQ(p.evaluations[0].evaluator_name, "Eleni Papadopoulou");
  EXPECT_EQ(p.evaluations[0].at, now_);

  EXPECT_EQ(repository_.audit_actions(),
            (std::vector<std::string>{"pilot.created", "pilot.logframe_saved", "pilot.indicator_saved",
                                      "pilot.indicator_saved", "pilot.baseline_approved", "pilot.updated",
                                      "pilot.values_recorded", "pilot.milestone_saved", "pilot.risk_saved",
                                      "pilot.evaluated"}));
  const auto& last = repository_.state().audit.back();
  EXPECT_EQ(last.target, "pilot:" + std::to_string(p.id.value()));
  EXPECT_EQ(last.actor, stc_member_.user);
  EXPECT_EQ(last.actor_label, stc_member_.label);
  EXPECT_EQ(last.client, stc_member_.client);
  EXPECT_EQ(last.at, now_);
  EXPECT_EQ(p.revision, 10);
}

TEST_F(PilotFlow, milestones_and_risks_are_changed_and_removed_by_their_ids) {
  auto p = running();
  p = ok(service_.save_milestone(lead_staff_, p.id, p.revision,
                                 Milestone{{}, "First call closed", "2026-06-30", MilestoneStatus::open, "", ""}));
  auto milestone = p.milestones.at(0);
  milestone.status = MilestoneStatus::reached;
  milestone.reached_on = "2026-06-28";
  p = ok(service_.save_milestone(participant_staff_, p.id, p.revision, milestone));
  ASSERT_EQ(p.milestones.size(), 1u);
  EXPECT_EQ(p.milestones[0].status, MilestoneStatus::reached);
  EXPECT_EQ(error_of(service_.delete_milestone(lead_staff_, p.id, p.revision, MilestoneId(999))).kind,
            ErrorKind::not_found);
  p = ok(service_.delete_milestone(lead_staff_, p.id, p.revision, milestone.id));
  EXPECT_TRUE(p.milestones.empty());

  p = ok(service_.save_risk(lead_staff_, p.id, p.revision,
                            Risk{{}, "Few firms apply.", Level::high, Level::high, "", RiskStatus::open}));
  auto risk = p.risks.at(0);
  risk.status = RiskStatus::closed;
  p = ok(service_.save_risk(lead_staff_, p.id, p.revision, risk));
  EXPECT_EQ(p.risks.at(0).status, RiskStatus::closed);
  p = ok(service_.delete_risk(lead_staff_, p.id, p.revision, risk.id));
  EXPECT_TRUE(p.risks.empty());
  EXPECT_EQ(error_of(service_.save_risk(lead_staff_, p.id, p.revision, Risk{RiskId(999), "Gone.", {}, {}, "", {}})).kind,
            ErrorKind::not_found);
}

TEST_F(PilotFlow, an_indicator_is_changed_and_removed_while_the_baseline_is_a_draft) {
  auto p = planned();
  auto changed = companies();
  changed.target = Measure{50, "2027-02-28"};
  changed.name = "Firms using a voucher";
  p = ok(service_.save_indicator(lead_staff_, p.id, p.revision, indicator(p, "I1").id, changed));
  EXPECT_EQ(indicator(p, "I1").target.value, 50);
  EXPECT_EQ(indicator(p, "I1").position, 0);
  EXPECT_FALSE(indicator(p, "I1").original_target);
  auto clash = days_to_pay();
  clash.code = "I1";
  auto e = error_of(service_.save_indicator(lead_staff_, p.id, p.revision, indicator(p, "I2").id, clash));
  EXPECT_EQ(e.kind, ErrorKind::conflict);
  EXPECT_EQ(e.field, "code");
  auto elsewhere = companies();
  elsewhere.code = "I3";
  elsewhere.logframe_code = "R9";
  e = error_of(service_.save_indicator(lead_staff_, p.id, p.revision, std::nullopt, elsewhere));
  EXPECT_EQ(e.field, "logframe");
  p = ok(service_.delete_indicator(lead_staff_, p.id, p.revision, indicator(p, "I2").id));
  EXPECT_EQ(p.indicators.size(), 1u);
}

TEST_F(PilotFlow, the_logframe_keeps_the_entries_indicators_measure) {
  auto p = planned();
  auto shorter = logframe();
  shorter.pop_back();  // A1
  p = ok(service_.save_logframe(lead_staff_, p.id, p.revision, shorter));
  EXPECT_EQ(p.logframe.size(), 3u);
  shorter.pop_back();  // R1, which I1 measures
  auto e = error_of(service_.save_logframe(lead_staff_, p.id, p.revision, shorter));
  EXPECT_EQ(e.kind, ErrorKind::unprocessable);
  EXPECT_EQ(e.field, "logframe");
  auto broken = logframe();
  broken[2].parent_code = "OO";  // a result under the overall objective
  e = error_of(service_.save_logframe(lead_staff_, p.id, p.revision, broken));
  EXPECT_EQ(e.field, "logframe.2.parent");
}

TEST_F(PilotRefusals, only_the_staff_of_the_lead_open_a_pilot_for_it) {
  EXPECT_EQ(error_of(service_.create(anonymous_, pilot_input())).kind, ErrorKind::unauthenticated);
  EXPECT_EQ(error_of(service_.create(stakeholder_, pilot_input())).kind, ErrorKind::unprocessable);  // no organisation
  auto stakeholder_of_10 = stakeholder_;
  stakeholder_of_10.organisation = accounts::OrganisationId(10);
  EXPECT_EQ(error_of(service_.create(stakeholder_of_10, pilot_input())).kind, ErrorKind::forbidden);
  auto for_other = pilot_input();
  for_other.lead = accounts::OrganisationId(20);
  EXPECT_EQ(error_of(service_.create(lead_staff_, for_other)).kind, ErrorKind::forbidden);
  EXPECT_EQ(error_of(service_.create(read_token_, pilot_input())).kind, ErrorKind::forbidden);
  EXPECT_EQ(error_of(service_.create(controller_, pilot_input())).kind, ErrorKind::unprocessable);
  // The lead partner may open one for any organisation.
  EXPECT_TRUE(service_.create(lead_partner_, for_other));
  EXPECT_EQ(repository_.audit_actions(), (std::vector<std::string>{"pilot.created"}));
}

TEST_F(PilotRefusals, a_pilot_names_what_exists_and_transfers_only_published_items) {
  auto check = [&](PilotInput in, const std::string& field) {
    auto e = error_of(service_.create(lead_staff_, std::move(in)));
    EXPECT_EQ(e.kind, ErrorKind::unprocessable) << field;
    EXPECT_EQ(e.field, field);
    EXPECT_FALSE(e.message.empty());
  };
  auto in = pilot_input();
  in.transfers = {Transfer{8, std::nullopt, std::nullopt, ""}};
  check(in, "transfers.0.item");
  in.transfers = {Transfer{99, std::nullopt, std::nullopt, ""}};
  check(in, "transfers.0.item");
  in = pilot_input();
  in.regions = {RegionCode("RO99")};
  check(in, "regions");
  in = pilot_input();
  in.need = NeedAnswered{RegionCode("RO21"), "WG9.9"};
  check(in, "need.criterion");
  in = pilot_input();
  in.participants = {accounts::OrganisationId(77)};
  check(in, "participants");
  in = pilot_input();
  in.participants = {accounts::OrganisationId(10)};
  check(in, "participants");
  in = pilot_input();
  in.ends = "2026-01-01";
  check(in, "ends");
  EXPECT_TRUE(repository_.state().pilots.empty());
  EXPECT_EQ(audit_lines(), 0u);
}

TEST_F(PilotRefusals, a_change_from_a_stale_revision_is_refused_and_writes_nothing) {
  auto p = planned();
  auto before = audit_lines();
  auto e = error_of(service_.save_logframe(lead_staff_, p.id, p.revision - 1, logframe()));
  EXPECT_EQ(e.kind, ErrorKind::conflict);
  EXPECT_EQ(e.field, "revision");
  EXPECT_EQ(e.message,
            "Somebody changed this pilot since you opened it. Your changes were not saved; open it again to see "
            "theirs.");
  e = error_of(service_.record_values(lead_staff_, p.id, 1, {value("I1", 1, 3)}));
  EXPECT_EQ(e.kind, ErrorKind::conflict);
  EXPECT_EQ(audit_lines(), before);
  auto now = ok(service_.pilot(lead_staff_, p.id, "en"));
  EXPECT_EQ(now.revision, p.revision);
  EXPECT_TRUE(indicator(now, "I1").values.empty());
}

TEST_F(PilotRefusals, a_read_only_token_and_outsiders_change_nothing) {
  auto p = running();
  EXPECT_EQ(error_of(service_.record_values(read_token_, p.id, p.revision, {value("I1", 1, 3)})).kind,
            ErrorKind::forbidden);
  EXPECT_EQ(error_of(service_.record_values(outsider_staff_, p.id, p.revision, {value("I1", 1, 3)})).kind,
            ErrorKind::forbidden);
  EXPECT_EQ(error_of(service_.record_values(anonymous_, p.id, p.revision, {value("I1", 1, 3)})).kind,
            ErrorKind::unauthenticated);
  EXPECT_EQ(error_of(service_.save_logframe(participant_staff_, p.id, p.revision, logframe())).kind,
            ErrorKind::forbidden);
  EXPECT_EQ(error_of(service_.approve_baseline(lead_staff_, p.id, p.revision)).kind, ErrorKind::forbidden);
  auto c = service_.capabilities(read_token_, p);
  EXPECT_FALSE(c.edit || c.record_values || c.request_modification);
  EXPECT_TRUE(c.see_internals);
  c = service_.capabilities(participant_staff_, p);
  EXPECT_FALSE(c.edit);
  EXPECT_TRUE(c.record_values);
}

TEST_F(PilotRefusals, an_audit_failure_leaves_the_values_unrecorded) {
  auto p = running();
  repository_.state().audit_failure = Error{ErrorKind::unavailable, "The database cannot be reached now."};
  EXPECT_EQ(error_of(service_.record_values(lead_staff_, p.id, p.revision, {value("I1", 1, 3)})).kind,
            ErrorKind::unavailable);
  repository_.state().audit_failure.reset();
  auto now = ok(service_.pilot(lead_staff_, p.id, "en"));
  EXPECT_TRUE(indicator(now, "I1").values.empty());
  EXPECT_EQ(now.revision, p.revision);
}

TEST_F(PilotValues, a_period_must_be_set_and_overlap_the_pilots_dates) {
  auto p = running();  // 2026-03-01 to 2027-02-28
  auto e = error_of(service_.record_values(lead_staff_, p.id, p.revision, {value("I1", 5, 3)}));
  EXPECT_EQ(e.kind, ErrorKind::unprocessable);
  EXPECT_EQ(e.message, "This reporting period is not set yet.");
  EXPECT_EQ(e.field, "values.0.period");
  e = error_of(service_.record_values(lead_staff_, p.id, p.revision, {value("I1", 3, 3), value("I1", 4, 3)}));
  EXPECT_EQ(e.message, "This reporting period lies outside the pilot's dates.");
  EXPECT_EQ(e.field, "values.1.period");
  // Period 3 starts before the pilot ends: it shares two months with it.
  p = ok(service_.record_values(lead_staff_, p.id, p.revision, {value("I1", 3, 30)}));
  EXPECT_EQ(indicator(p, "I1").values.size(), 1u);
}

TEST_F(PilotValues, a_value_must_suit_its_indicators_unit) {
  auto p = running();
  auto e = error_of(service_.record_values(lead_staff_, p.id, p.revision, {value("I1", 1, 2.5)}));
  EXPECT_EQ(e.kind, ErrorKind::unprocessable);
  EXPECT_EQ(e.message, "A count is a whole number of zero or more.");
  EXPECT_EQ(e.field, "values.0.value");
  e = error_of(service_.record_values(lead_staff_, p.id, p.revision, {value("I2", 1, -4)}));
  EXPECT_EQ(e.message, "A number of days cannot be negative.");
  e = error_of(service_.record_values(lead_staff_, p.id, p.revision, {value("I9", 1, 4)}));
  EXPECT_EQ(e.field, "values.0.indicator");
  e = error_of(service_.record_values(lead_staff_, p.id, p.revision, {value("I1", 1, 4), value("I1", 1, 5)}));
  EXPECT_EQ(e.field, "values.1.period");
  e = error_of(service_.record_values(lead_staff_, p.id, p.revision, {}));
  EXPECT_EQ(e.field, "values");
}

TEST_F(PilotValues, values_are_recorded_all_or_nothing_and_replace_the_periods_earlier_ones) {
  auto p = running();
  auto e = error_of(service_.record_values(lead_staff_, p.id, p.revision, {value("I1", 1, 4), value("I2", 1, -1)}));
  EXPECT_EQ(e.field, "values.1.value");
  auto now = ok(service_.pilot(lead_staff_, p.id, "en"));
  EXPECT_TRUE(indicator(now, "I1").values.empty());
  p = ok(service_.record_values(lead_staff_, p.id, p.revision, {value("I1", 1, 4), value("I1", 2, 9)}));
  p = ok(service_.record_values(participant_staff_, p.id, p.revision, {value("I1", 1, 5)}));
  const auto& values = indicator(p, "I1").values;
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].period, 1);
  EXPECT_EQ(values[0].value, 5);
  EXPECT_EQ(values[0].by, participant_staff_.user);
  EXPECT_EQ(values[1].value, 9);
}

TEST_F(PilotVisibility, a_draft_is_for_members_until_its_baseline_is_approved) {
  auto p = planned();
  for (const auto* who : {&anonymous_, &stakeholder_}) {
    EXPECT_EQ(error_of(service_.pilot(*who, p.id, "en")).kind, ErrorKind::not_found);
    EXPECT_TRUE(ok(service_.list(*who, {}, "en")).empty());
  }
  for (const auto* who : {&outsider_staff_, &controller_, &wg2_coordinator_}) {
    EXPECT_TRUE(service_.pilot(*who, p.id, "en"));
    EXPECT_EQ(ok(service_.list(*who, {}, "en")).size(), 1u);
  }
  p = ok(service_.approve_baseline(lead_partner_, p.id, p.revision));
  EXPECT_TRUE(service_.pilot(anonymous_, p.id, "en"));
  EXPECT_EQ(ok(service_.list(anonymous_, {}, "en")).size(), 1u);
}

TEST_F(PilotVisibility, a_pilot_no_longer_planned_is_public_without_its_internals) {
  auto p = with_status(created(), PilotStatus::running);
  p = ok(service_.save_risk(lead_staff_, p.id, p.revision,
                            Risk{{}, "Few firms apply.", Level::medium, Level::high, "", RiskStatus::open}));
  auto seen = ok(service_.pilot(anonymous_, p.id, "en"));
  EXPECT_TRUE(seen.risks.empty());
  EXPECT_TRUE(seen.modifications.empty());
  auto c = service_.capabilities(anonymous_, seen);
  EXPECT_FALSE(c.edit || c.record_values || c.approve_baseline || c.evaluate || c.see_internals);
  EXPECT_EQ(ok(service_.pilot(stakeholder_, p.id, "en")).risks.size(), 0u);
  EXPECT_EQ(ok(service_.pilot(outsider_staff_, p.id, "en")).risks.size(), 1u);
  EXPECT_TRUE(service_.capabilities(outsider_staff_, p).see_internals);
  EXPECT_FALSE(service_.capabilities(outsider_staff_, p).record_values);
}

TEST_F(PilotVisibility, titles_of_transferred_items_come_in_the_readers_language) {
  auto p = approved();
  EXPECT_EQ(ok(service_.pilot(anonymous_, p.id, "ro")).transfers.at(0).item_title, "Vouchere de inovare");
  EXPECT_EQ(ok(service_.pilot(anonymous_, p.id, "hu")).transfers.at(0).item_title, "Innovation vouchers");
  auto cards = ok(service_.list(anonymous_, PilotFilter{.area = AreaCode("WG1")}, "ro"));
  ASSERT_EQ(cards.size(), 1u);
  EXPECT_EQ(cards[0].pilot.transfers.at(0).item_title, "Vouchere de inovare");
  EXPECT_EQ(cards[0].achievement.indicators, 2u);
  EXPECT_TRUE(ok(service_.list(anonymous_, PilotFilter{.area = AreaCode("WG2")}, "ro")).empty());
}

}  // namespace
}  // namespace cps::pilot
