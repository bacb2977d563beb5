// The work plan through MonitoringService with the real policy and in-memory ports: who sees
// and changes it, the periods, activities and their updates, the matrix, loading the shipped
// plan, the audit lines, and that a refused or failed change writes nothing.
#include <gtest/gtest.h>

#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/testing/service_fixture.hpp"

namespace cps::monitoring {
namespace {

using MonitoringWorkPlan = MonitoringFixture;

TEST_F(MonitoringWorkPlan, is_seen_by_members_and_a_controller_but_not_by_stakeholders_or_visitors) {
  EXPECT_EQ(ok(service_.work_plan(partner_)).activities.size(), 3u);
  EXPECT_EQ(ok(service_.work_plan(controller_)).activities.size(), 3u);
  EXPECT_EQ(refused(service_.work_plan(stakeholder_)).kind, ErrorKind::not_found);
  EXPECT_EQ(refused(service_.work_plan(visitor_)).kind, ErrorKind::not_found);
  auto caps = service_.capabilities(partner_);
  EXPECT_TRUE(caps.view);
  EXPECT_FALSE(caps.manage);
  EXPECT_EQ(caps.reports_for, accounts::OrganisationId(4));
  EXPECT_TRUE(caps.request_change);
  auto lead = service_.capabilities(lead_);
  EXPECT_TRUE(lead.manage && lead.review_reports && !lead.verify);
  auto controller = service_.capabilities(controller_);
  EXPECT_TRUE(controller.view && controller.verify && !controller.manage && !controller.reports_for);
  EXPECT_FALSE(service_.capabilities(stakeholder_).view);
}

TEST_F(MonitoringWorkPlan, lights_follow_status_and_dates) {
  auto plan = ok(service_.work_plan(lead_));
  ASSERT_EQ(plan.lights.size(), 3u);
  for (std::size_t i = 0; i < plan.activities.size(); ++i) {
    if (plan.activities[i].code == "C1") {
      EXPECT_EQ(plan.lights[i], Light::green);
    }
    if (plan.activities[i].code == "T1") {
      EXPECT_EQ(plan.lights[i], Light::green);
    }
  }
  now_ += 10 * 86400;  // 17 December: M1, due on the 15th, is late
  plan = ok(service_.work_plan(lead_));
  for (std::size_t i = 0; i < plan.activities.size(); ++i)
    if (plan.activities[i].code == "M1") {
      EXPECT_EQ(plan.lights[i], Light::red);
    }
}

TEST_F(MonitoringWorkPlan, periods_are_set_by_the_lead_partner_and_overlapping_ones_refused) {
  auto periods = six_periods_from_2026();
  periods[3].starts = "2027-06-01";
  auto e = refused(service_.save_periods(lead_, periods));
  EXPECT_EQ(e.message, "Reporting periods 3 and 4 overlap.");
  EXPECT_EQ(e.field, "periods.3.starts");
  EXPECT_EQ(refused(service_.save_periods(partner_, six_periods_from_2026())).kind, ErrorKind::forbidden);
  EXPECT_TRUE(repository_.audit_actions().empty());
  periods = six_periods_from_2026();
  periods[5].report_due = "2029-02-28";
  EXPECT_EQ(ok(service_.save_periods(lead_, periods))[5].report_due, "2029-02-28");
  EXPECT_EQ(repository_.audit_actions(), std::vector<std::string>{"monitoring.periods_saved"});
  EXPECT_EQ(repository_.state().audit[0].target, "workplan");
}

TEST_F(MonitoringWorkPlan, activities_are_added_by_the_lead_partner_with_known_partners_and_periods) {
  ActivityInput in;
  in.code = "A2";
  in.texts = {{"en", "Analysis of study visits", ""}};
  in.areas = {AreaCode("WG3")};
  in.phase = Phase::analysis;
  in.responsible = {accounts::OrganisationId(5)};
  in.periods = {2, 3};
  in.due = "2027-03-31";
  EXPECT_EQ(refused(service_.save_activity(partner_, std::nullopt, in)).kind, ErrorKind::forbidden);
  auto unknown = in;
  unknown.responsible = {accounts::OrganisationId(99)};
  EXPECT_EQ(refused(service_.save_activity(lead_, std::nullopt, unknown)).field, "responsible.0");
  auto twice = in;
  twice.code = "T1";
  EXPECT_EQ(refused(service_.save_activity(lead_, std::nullopt, twice)).kind, ErrorKind::conflict);
  auto saved = ok(service_.save_activity(lead_, std::nullopt, in));
  EXPECT_EQ(saved.code, "A2");
  EXPECT_EQ(saved.responsible_names, std::vector<std::string>{"Pecs Innovation"});
  EXPECT_EQ(repository_.state().audit.back().action, "monitoring.activity_saved");
  EXPECT_EQ(repository_.state().audit.back().target, "activity:" + std::to_string(saved.id.value()));
  ok(service_.delete_activity(lead_, saved.id));
  EXPECT_EQ(repository_.state().audit.back().action, "monitoring.activity_deleted");
  EXPECT_EQ(refused(service_.activity(lead_, saved.id)).kind, ErrorKind::not_found);
}

TEST_F(MonitoringWorkPlan, an_activity_is_updated_by_its_partner_its_areas_coordinator_or_the_lead) {
  auto updated = ok(service_.update_activity(partner_, t1_, {ActivityStatus::on_track, 30, "Sites chosen."}));
  EXPECT_EQ(updated.progress, 30);
  EXPECT_EQ(updated.updated_at, now_);
  EXPECT_EQ(repository_.state().audit.back().action, "monitoring.activity_updated");
  ok(service_.update_activity(wg1_, t1_, {ActivityStatus::at_risk, 30, "A site withdrew."}));
  ok(service_.update_activity(lead_, t1_, {ActivityStatus::on_track, 35, ""}));
  EXPECT_EQ(refused(service_.update_activity(other_, t1_, {ActivityStatus::done, 100, ""})).kind,
            ErrorKind::forbidden);
  EXPECT_EQ(refused(service_.update_activity(wg1_, m1_, {ActivityStatus::done, 100, ""})).kind, ErrorKind::forbidden);
  EXPECT_EQ(refused(service_.update_activity(partner_, t1_, {ActivityStatus::done, 101, ""})).field, "progress");
  EXPECT_EQ(repository_.audit_actions().size(), 3u);
}

TEST_F(MonitoringWorkPlan, the_matrix_has_a_row_per_area_and_one_horizontal_with_lights) {
  auto m = ok(service_.matrix(partner_, MatrixColumns::phases, "ro"));
  ASSERT_EQ(m.rows.size(), 7u);
  EXPECT_EQ(m.columns.size(), 7u);
  EXPECT_EQ(m.rows[0].area, "WG1");
  EXPECT_EQ(m.rows[6].area, "");
  ASSERT_EQ(m.rows[0].cells[std::size_t(Phase::testing)].size(), 1u);
  EXPECT_EQ(m.rows[0].cells[std::size_t(Phase::testing)][0].title, "Activitatea T1");
  EXPECT_EQ(m.rows[6].cells[std::size_t(Phase::management)][0].code, "M1");
  auto by_period = ok(service_.matrix(partner_, MatrixColumns::periods, "en"));
  EXPECT_EQ(by_period.columns, (std::vector<std::string>{"1", "2", "3", "4", "5", "6"}));
  EXPECT_EQ(by_period.rows[6].cells[0].size(), 1u);  // M1 in period 1
  EXPECT_EQ(by_period.rows[6].cells[1].size(), 1u);  // and in period 2
  EXPECT_EQ(by_period.rows[1].cells[0][0].light, Light::green);  // C1, done
  auto area = ok(service_.matrix(partner_, MatrixColumns::phases, "en", AreaCode("WG2")));
  ASSERT_EQ(area.rows.size(), 1u);
  EXPECT_EQ(area.rows[0].cells[std::size_t(Phase::communication)][0].code, "C1");
}

constexpr std::string_view kDefaultPlan = R"({
  "periods": [{"number": 1, "starts": "2026-01-01", "ends": "2026-06-30", "report_due": "2026-07-31"},
              {"number": 2, "starts": "2026-07-01", "ends": "2026-12-31", "report_due": "2027-01-31"}],
  "activities": [
    {"code": "M1", "phase": "management", "texts": [{"language": "en", "title": "Steering committee"}],
     "responsible": ["lead agency", "Nobody Ltd"], "periods": [1], "due": "2026-03-31"},
    {"code": "T1", "kind": "deliverable", "phase": "testing", "areas": ["WG2"],
     "texts": [{"language": "en", "title": "Pilot plan"}], "responsible": ["Cluj Cluster"], "periods": [2]}],
  "targets": [{"measured": "pilots_running", "target": 8, "programme_code": "RCO 84"}]
})";

TEST_F(MonitoringWorkPlan, the_shipped_plan_is_loaded_into_an_empty_installation_only) {
  EXPECT_EQ(ok(service_.ensure_work_plan(kDefaultPlan)), 0u);  // this one has a plan already
  repository_.state().activities.clear();
  repository_.state().periods.clear();
  EXPECT_EQ(ok(service_.ensure_work_plan(kDefaultPlan)), 2u);
  auto plan = ok(service_.work_plan(lead_));
  EXPECT_EQ(plan.periods.size(), 2u);
  ASSERT_EQ(plan.activities.size(), 2u);
  EXPECT_EQ(plan.activities[0].responsible, std::vector{accounts::OrganisationId(1)});
  EXPECT_EQ(repository_.state().targets.size(), 1u);
  EXPECT_NE(repository_.state().audit.back().detail.find("Nobody Ltd"), std::string::npos);
  EXPECT_EQ(ok(service_.ensure_work_plan(kDefaultPlan)), 0u);
  EXPECT_EQ(refused(service_.ensure_work_plan("{\"activities\": 3}")).field, "activities");
}

TEST_F(MonitoringWorkPlan, a_failing_audit_line_leaves_the_change_unwritten) {
  repository_.state().audit_failure = Error{ErrorKind::unavailable, "The database cannot be reached."};
  EXPECT_EQ(refused(service_.update_activity(partner_, t1_, {ActivityStatus::on_track, 30, ""})).kind,
            ErrorKind::unavailable);
  repository_.state().audit_failure.reset();
  EXPECT_EQ(ok(service_.activity(partner_, t1_)).progress, 0);
}

}  // namespace
}  // namespace cps::monitoring
