// Budgets through MonitoringService: spending entered by its partner inside the period and
// frozen once the period's report is in, the controller's verification of fixed entries, the
// absorption view, the planned amounts and rates, and the baseline with its change requests
// (the approved values kept beside the new ones).
#include <gtest/gtest.h>

#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/testing/service_fixture.hpp"

namespace cps::monitoring {
namespace {

using MonitoringSpending = MonitoringFixture;
using MonitoringBudget = MonitoringFixture;
using MonitoringBaseline = MonitoringFixture;

PlannedAmount plan(std::int64_t partner, CostCategory category, int period, std::int64_t cents) {
  return {accounts::OrganisationId(partner), category, period, Cents{cents}, std::nullopt};
}

PlanChange budget_change(std::string reason, std::vector<PlannedAmount> amounts) {
  PlanChange c;
  c.part = PlanPart::budget;
  c.reason = std::move(reason);
  c.amounts = std::move(amounts);
  return c;
}

PlanChange work_plan_change(std::string reason, std::vector<ActivityChange> activities) {
  PlanChange c;
  c.part = PlanPart::work_plan;
  c.reason = std::move(reason);
  c.activities = std::move(activities);
  return c;
}

TEST_F(MonitoringSpending, is_entered_by_its_partner_inside_the_period) {
  auto negative = expense("EUR", -500);
  auto e = refused(service_.add_spending(partner_, negative));
  EXPECT_EQ(e.message, "Spending cannot be negative or zero.");
  EXPECT_EQ(e.field, "amount");
  EXPECT_EQ(refused(service_.add_spending(partner_, expense("EUR", 500, "2026-03-14"))).field, "payment_date");
  auto elsewhere = expense("EUR", 500);
  elsewhere.partner = accounts::OrganisationId(5);
  EXPECT_EQ(refused(service_.add_spending(partner_, elsewhere)).kind, ErrorKind::forbidden);
  EXPECT_EQ(refused(service_.add_spending(controller_, expense("EUR", 500))).field, "partner");
  EXPECT_TRUE(repository_.state().spending.empty());

  auto id = ok(service_.add_spending(partner_, expense("EUR", 12345)));
  const auto& stored = repository_.state().spending.at(id.value());
  EXPECT_EQ(stored.partner, accounts::OrganisationId(4));
  EXPECT_EQ(stored.entered_by, accounts::UserId(4));
  EXPECT_FALSE(stored.euro);
  auto changed = ok(service_.change_spending(partner_, id, expense("EUR", 20000)));
  EXPECT_EQ(changed.amount, Cents{20000});
  EXPECT_EQ(changed.partner_name, "Cluj Cluster");
  EXPECT_EQ(refused(service_.change_spending(other_, id, expense("EUR", 1))).kind, ErrorKind::forbidden);
  auto with_file = ok(service_.attach_to_spending(partner_, id, "invoice.pdf", "%PDF invoice"));
  ASSERT_TRUE(with_file.attachment);
  EXPECT_EQ(with_file.document, "invoice.pdf");
  ok(service_.delete_spending(partner_, id));
  EXPECT_EQ(repository_.audit_actions(),
            (std::vector<std::string>{"monitoring.spending_added", "monitoring.spending_changed",
                                      "monitoring.attachment_added", "monitoring.spending_deleted"}));
}

TEST_F(MonitoringSpending, of_a_period_whose_report_is_in_can_no_longer_change) {
  auto id = ok(service_.add_spending(partner_, expense("EUR", 12345)));
  auto report = ok(service_.create_report(partner_, std::nullopt, report_text()));
  ok(service_.submit_report(partner_, report, 1));
  auto e = refused(service_.add_spending(partner_, expense("EUR", 100)));
  EXPECT_EQ(e.kind, ErrorKind::conflict);
  EXPECT_EQ(e.field, "period");
  EXPECT_EQ(refused(service_.change_spending(partner_, id, expense("EUR", 1))).kind, ErrorKind::conflict);
  EXPECT_EQ(refused(service_.delete_spending(partner_, id)).kind, ErrorKind::conflict);
  EXPECT_EQ(refused(service_.attach_to_spending(partner_, id, "late.pdf", "%PDF")).kind, ErrorKind::conflict);
  EXPECT_TRUE(surroundings_.files.empty());
  // Returned, the period opens again; the next submission fixes the amounts anew.
  ok(service_.review_report(lead_, report, 2, ReportDecision::send_back, "Receipts missing."));
  auto changed = ok(service_.change_spending(partner_, id, expense("EUR", 12000)));
  EXPECT_FALSE(changed.euro);
}

TEST_F(MonitoringSpending, is_verified_by_a_controller_once_fixed) {
  auto id = ok(service_.add_spending(partner_, expense("EUR", 10000)));
  VerificationInput verified{Verification::verified, Cents{9000}, "Part of the ticket was private."};
  EXPECT_EQ(refused(service_.verify_spending(controller_, id, verified)).field, "verification");
  auto report = ok(service_.create_report(partner_, std::nullopt, report_text()));
  ok(service_.submit_report(partner_, report, 1));
  EXPECT_EQ(refused(service_.verify_spending(partner_, id, verified)).kind, ErrorKind::forbidden);
  EXPECT_EQ(refused(service_.verify_spending(lead_, id, verified)).kind, ErrorKind::forbidden);
  EXPECT_EQ(refused(service_.verify_spending(controller_, id, {Verification::verified, Cents{10001}, ""})).field,
            "verified_euro");
  EXPECT_EQ(refused(service_.verify_spending(controller_, id, {Verification::ineligible, std::nullopt, ""})).field,
            "controller_note");
  auto s = ok(service_.verify_spending(controller_, id, verified));
  EXPECT_EQ(s.verification, Verification::verified);
  EXPECT_EQ(s.verified_euro, Cents{9000});
  EXPECT_EQ(s.verified_by, accounts::UserId(9));
  EXPECT_EQ(repository_.state().audit.back().action, "monitoring.spending_verified");
  auto view = ok(service_.budget(lead_, {}));
  EXPECT_EQ(view.overview.total.verified, Cents{9000});
  s = ok(service_.verify_spending(controller_, id, {Verification::ineligible, std::nullopt, "No invoice."}));
  EXPECT_FALSE(s.verified_euro);
  EXPECT_EQ(ok(service_.budget(lead_, {})).overview.total.spent, Cents{0});
}

TEST_F(MonitoringBudget, shows_absorption_by_partner_with_their_names) {
  ok(service_.save_planned(lead_, {plan(4, CostCategory::travel, 2, 100000), plan(5, CostCategory::staff, 2, 50000)}));
  ok(service_.save_rates(lead_, {{CurrencyCode("HUF"), "2026-09", 400.0}}));
  ok(service_.add_spending(partner_, expense("EUR", 60000)));
  ok(service_.add_spending(other_, expense("HUF", 4000000)));
  auto view = ok(service_.budget(steering_, {}));
  EXPECT_EQ(view.overview.current_period, 2);
  EXPECT_EQ(view.overview.total.planned, Cents{150000});
  EXPECT_EQ(view.overview.total.spent, Cents{70000});
  ASSERT_EQ(view.overview.by_partner.size(), 2u);
  EXPECT_EQ(view.overview.by_partner[0].label, "Cluj Cluster");
  EXPECT_EQ(view.overview.by_partner[0].pace, Pace::on_plan);
  EXPECT_EQ(view.overview.by_partner[1].label, "Pecs Innovation");
  EXPECT_EQ(view.overview.by_partner[1].pace, Pace::behind);
  auto only_cluj = ok(service_.budget(steering_, {.partner = accounts::OrganisationId(4)}));
  EXPECT_EQ(only_cluj.spending.size(), 1u);
  EXPECT_EQ(only_cluj.overview.total.planned, Cents{100000});
  EXPECT_EQ(refused(service_.budget(stakeholder_, {})).kind, ErrorKind::not_found);
}

TEST_F(MonitoringBudget, planned_amounts_and_rates_are_the_lead_partners) {
  EXPECT_EQ(refused(service_.save_planned(partner_, {plan(4, CostCategory::travel, 2, 100)})).kind,
            ErrorKind::forbidden);
  EXPECT_EQ(refused(service_.save_planned(lead_, {plan(99, CostCategory::travel, 2, 100)})).field,
            "amounts.0.partner");
  EXPECT_EQ(refused(service_.save_planned(lead_, {plan(4, CostCategory::travel, 2, -1)})).field, "amounts.0.euro");
  EXPECT_EQ(refused(service_.save_rates(lead_, {{CurrencyCode("USD"), "2026-09", 1.1}})).field, "rates.0.currency");
  EXPECT_EQ(refused(service_.save_rates(partner_, {{CurrencyCode("RON"), "2026-09", 5}})).kind, ErrorKind::forbidden);
  ok(service_.save_planned(lead_, {plan(4, CostCategory::travel, 2, 100)}));
  auto replaced = ok(service_.save_planned(lead_, {plan(4, CostCategory::travel, 2, 200)}));
  ASSERT_EQ(replaced.size(), 1u);
  EXPECT_EQ(replaced[0].euro, Cents{200});
}

TEST_F(MonitoringBaseline, freezes_the_budget_until_a_change_is_approved_keeping_the_original) {
  EXPECT_EQ(refused(service_.approve_baseline(lead_, PlanPart::budget)).field, "part");  // nothing planned
  ok(service_.save_planned(lead_, {plan(4, CostCategory::travel, 2, 100000)}));
  auto early = budget_change("More travel.", {plan(4, CostCategory::travel, 2, 1)});
  EXPECT_EQ(refused(service_.request_change(partner_, early)).field, "part");
  EXPECT_EQ(refused(service_.approve_baseline(partner_, PlanPart::budget)).kind, ErrorKind::forbidden);
  auto baseline = ok(service_.approve_baseline(steering_, PlanPart::budget));
  EXPECT_EQ(baseline.budget_version, 1);
  EXPECT_EQ(baseline.budget_approved_at, now_);
  EXPECT_EQ(refused(service_.approve_baseline(lead_, PlanPart::budget)).kind, ErrorKind::conflict);
  EXPECT_EQ(refused(service_.save_planned(lead_, {plan(4, CostCategory::travel, 2, 1)})).kind, ErrorKind::conflict);

  auto change = budget_change("The study visit moved to Cluj.",
                              {plan(4, CostCategory::travel, 2, 150000), plan(5, CostCategory::travel, 3, 20000)});
  auto id = ok(service_.request_change(partner_, change));
  EXPECT_EQ(refused(service_.decide_change(lead_, id, Decision::reject, "")).field, "note");
  EXPECT_EQ(refused(service_.decide_change(partner_, id, Decision::approve, "")).kind, ErrorKind::forbidden);
  auto decided = ok(service_.decide_change(lead_, id, Decision::approve, "Agreed by the SC."));
  EXPECT_EQ(decided.status, PlanChangeStatus::approved);
  EXPECT_EQ(decided.version, 2);
  EXPECT_EQ(refused(service_.decide_change(lead_, id, Decision::approve, "")).kind, ErrorKind::conflict);
  auto view = ok(service_.budget(lead_, {}));
  EXPECT_EQ(view.baseline.budget_version, 2);
  ASSERT_EQ(view.planned.size(), 2u);
  EXPECT_EQ(view.planned[0].euro, Cents{150000});
  EXPECT_EQ(view.planned[0].original_euro, Cents{100000});
  EXPECT_EQ(view.planned[1].original_euro, Cents{0});
  // A later change keeps the first approved amount as the original.
  auto again = ok(service_.request_change(lead_, budget_change("Less.", {plan(4, CostCategory::travel, 2, 120000)})));
  ok(service_.decide_change(lead_, again, Decision::approve, ""));
  EXPECT_EQ(ok(service_.budget(lead_, {})).planned[0].original_euro, Cents{100000});
  auto actions = repository_.audit_actions();
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "monitoring.change_approved"), 2);
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "monitoring.baseline_approved"), 1);
}

TEST_F(MonitoringBaseline, freezes_the_work_plans_dates_and_periods) {
  ok(service_.approve_baseline(lead_, PlanPart::work_plan));
  auto t1 = ok(service_.activity(lead_, t1_));
  ActivityInput in{t1.code, t1.kind, t1.texts, t1.areas, t1.phase, t1.responsible, t1.periods, "2026-12-20",
                   t1.status, t1.progress, ""};
  EXPECT_EQ(refused(service_.save_activity(lead_, t1_, in)).field, "due");
  in.due = t1.due;
  in.texts.push_back({"hu", "T1 tevékenység", ""});
  EXPECT_EQ(ok(service_.save_activity(lead_, t1_, in)).texts.size(), 3u);  // texts still change
  in.code = "T9";
  EXPECT_EQ(refused(service_.save_activity(lead_, std::nullopt, in)).kind, ErrorKind::conflict);
  EXPECT_EQ(refused(service_.delete_activity(lead_, t1_)).kind, ErrorKind::conflict);

  auto change = work_plan_change("The pilot sites need another period.", {{"T1", "2027-03-31", {2, 3}}});
  auto unknown = change;
  unknown.activities[0].activity = "Z9";
  EXPECT_EQ(refused(service_.request_change(partner_, unknown)).field, "activities.0.activity");
  EXPECT_EQ(refused(service_.request_change(stakeholder_, change)).kind, ErrorKind::not_found);
  auto id = ok(service_.request_change(partner_, change));
  auto plan = ok(service_.work_plan(partner_));
  ASSERT_EQ(plan.changes.size(), 1u);
  EXPECT_EQ(plan.changes[0].status, PlanChangeStatus::requested);
  EXPECT_EQ(plan.changes[0].requested_by, accounts::UserId(4));
  ok(service_.decide_change(lead_, id, Decision::approve, ""));
  t1 = ok(service_.activity(lead_, t1_));
  EXPECT_EQ(t1.due, "2027-03-31");
  EXPECT_EQ(t1.periods, (std::vector<int>{2, 3}));
  EXPECT_EQ(t1.original_due, "2026-12-31");
  EXPECT_EQ(t1.original_periods, std::vector<int>{2});
  EXPECT_EQ(ok(service_.work_plan(lead_)).baseline.work_plan_version, 2);
  auto rejected = ok(service_.request_change(lead_, change));
  EXPECT_EQ(ok(service_.decide_change(lead_, rejected, Decision::reject, "Not needed.")).status,
            PlanChangeStatus::rejected);
  EXPECT_EQ(repository_.state().audit.back().action, "monitoring.change_rejected");
}

}  // namespace
}  // namespace cps::monitoring
