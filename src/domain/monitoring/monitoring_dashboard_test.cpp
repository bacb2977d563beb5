// The steering committee's view through MonitoringService: project indicators against their
// targets, the dashboard's counts, the due-date reminders (each sent once) and the period's
// workbook.
#include <gtest/gtest.h>

#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/testing/service_fixture.hpp"

namespace cps::monitoring {
namespace {

using MonitoringIndicators = MonitoringFixture;
using MonitoringReminders = MonitoringFixture;
using MonitoringWorkbook = MonitoringFixture;

TEST_F(MonitoringIndicators, are_measured_on_the_platform_against_their_targets) {
  ProjectIndicator running;
  running.value = 5;
  running.by_country = {{"RO", 3}, {"HU", 2}};
  surroundings_.figures[Measured::pilots_running] = running;
  EXPECT_EQ(refused(service_.save_targets(partner_, {{Measured::pilots_running, 8, "RCO 84"}})).kind,
            ErrorKind::forbidden);
  EXPECT_EQ(refused(service_.save_targets(lead_, {{Measured::pilots_running, -1, ""}})).field, "targets.0.target");
  ok(service_.save_targets(lead_, {{Measured::pilots_running, 8, "RCO 84"}, {Measured::active_members, 120, ""}}));
  EXPECT_EQ(repository_.audit_actions(), std::vector<std::string>{"monitoring.targets_saved"});
  auto indicators = ok(service_.project_indicators(steering_));
  ASSERT_EQ(indicators.size(), std::size(kMeasuredNames));
  const auto& pilots = indicators[std::size_t(Measured::pilots_running)];
  EXPECT_EQ(pilots.definition.target, 8);
  EXPECT_EQ(pilots.definition.programme_code, "RCO 84");
  EXPECT_EQ(pilots.value, 5);
  EXPECT_EQ(pilots.by_country.size(), 2u);
  EXPECT_EQ(indicators[0].definition.measured, Measured::practices_published);
  EXPECT_EQ(indicators[0].definition.target, 0);
}

TEST_F(MonitoringIndicators, the_dashboard_counts_lights_reports_and_absorption) {
  ok(service_.save_planned(lead_, {{accounts::OrganisationId(4), CostCategory::travel, 2, Cents{100000}, {}}}));
  ok(service_.add_spending(partner_, expense("EUR", 25000)));
  auto d = ok(service_.dashboard(steering_));
  EXPECT_EQ(d.current_period, 2);
  EXPECT_EQ(d.indicators.size(), std::size(kMeasuredNames));
  ASSERT_EQ(d.activity_lights.size(), 4u);
  EXPECT_EQ(d.activity_lights[std::size_t(Light::green)].second, 3u);
  EXPECT_EQ(d.reports_overdue, 3u);  // period 1: nobody has reported
  EXPECT_EQ(d.reports_waiting, 0u);
  EXPECT_EQ(d.budget.spent, Cents{25000});
  EXPECT_EQ(refused(service_.dashboard(visitor_)).kind, ErrorKind::not_found);
}

TEST_F(MonitoringReminders, go_out_once_each) {
  // 7 December: M1 (lead partner, due 15 December) is not yet within a week; period 1's
  // reports are overdue for every partner.
  auto first = ok(service_.send_reminders());
  EXPECT_EQ(first, 1u + 2u + 3u);  // each partner's members and the lead partner's coordinator
  EXPECT_EQ(ok(service_.send_reminders()), 0u);
  EXPECT_EQ(repository_.state().reminders.size(), 3u);
  EXPECT_TRUE(repository_.state().reminders.contains("report:1:4:overdue"));
  surroundings_.members[1] = {{accounts::UserId(1), "Person 1", "person1@example.org", "en"}};
  now_ += 3 * 86400;  // 10 December: M1 is due within a week
  EXPECT_EQ(ok(service_.send_reminders()), 1u);
  EXPECT_EQ(surroundings_.outbox.back().to, "person1@example.org");
  EXPECT_NE(surroundings_.outbox.back().subject.find("M1"), std::string::npos);
  now_ += 14 * 86400;  // 24 December: T1 is due within a week
  EXPECT_EQ(ok(service_.send_reminders()), 1u);
  EXPECT_TRUE(repository_.state().reminders.contains("activity:" + std::to_string(t1_.value()) + ":2026-12-31:due-7"));
  EXPECT_EQ(surroundings_.outbox.back().to, "person4@example.org");
  EXPECT_EQ(ok(service_.send_reminders()), 0u);
}

TEST_F(MonitoringWorkbook, has_the_periods_activities_indicators_budget_spending_and_reports) {
  surroundings_.pilots[2] = {{"Innovation vouchers in Cluj", "I1", "Vouchers granted", "vouchers", 12, 20}};
  ok(service_.save_rates(lead_, {{CurrencyCode("RON"), "2026-09", 5.0}, {CurrencyCode("RON"), "2026-12", 5.0}}));
  ok(service_.add_spending(partner_, expense("RON", 100000)));
  auto id = ok(service_.create_report(partner_, std::nullopt, report_text()));
  ok(service_.submit_report(partner_, id, 1));
  auto sheets = ok(service_.period_workbook(steering_, 2, "ro"));
  ASSERT_EQ(sheets.size(), 5u);
  EXPECT_EQ(sheets[0].name, "activities");
  ASSERT_EQ(sheets[0].rows.size(), 2u);  // M1 and T1 run in period 2
  EXPECT_EQ(sheets[0].rows[0][2], "Activitatea M1");
  EXPECT_EQ(sheets[0].rows[0][3], "horizontal");
  EXPECT_EQ(sheets[1].name, "indicators");
  EXPECT_EQ(sheets[1].rows.size(), std::size(kMeasuredNames) + 1);
  EXPECT_EQ(sheets[1].rows.back()[1], "Innovation vouchers in Cluj");
  EXPECT_EQ(sheets[2].name, "budget");
  EXPECT_EQ(sheets[2].rows.back()[0], "total");
  EXPECT_EQ(sheets[2].rows.back()[3], "200.00");
  EXPECT_EQ(sheets[3].name, "spending");
  ASSERT_EQ(sheets[3].rows.size(), 1u);
  EXPECT_EQ(sheets[3].rows[0][0], "Cluj Cluster");
  EXPECT_EQ(sheets[3].rows[0][11], "200.00");
  EXPECT_EQ(sheets[3].rows[0][12], "yes");
  EXPECT_EQ(sheets[4].name, "reports");
  ASSERT_EQ(sheets[4].rows.size(), 1u);
  EXPECT_EQ(sheets[4].rows[0][1], "submitted");
  for (const auto& sheet : sheets)
    for (const auto& row : sheet.rows) EXPECT_EQ(row.size(), sheet.columns.size()) << sheet.name;
  EXPECT_EQ(refused(service_.period_workbook(steering_, 7, "en")).kind, ErrorKind::not_found);
  EXPECT_EQ(refused(service_.period_workbook(stakeholder_, 2, "en")).kind, ErrorKind::not_found);
}

}  // namespace
}  // namespace cps::monitoring
