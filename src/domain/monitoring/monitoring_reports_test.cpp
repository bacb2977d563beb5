// Partners' progress reports through MonitoringService: written by the partner, submitted
// (fixing the euro amounts at the rate of the submission month), approved by the lead partner
// (applying the activity lines) or returned with a note; approved reports never change; the
// overview with reports overdue.
#include <gtest/gtest.h>

#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/testing/service_fixture.hpp"

namespace cps::monitoring {
namespace {

using MonitoringReports = MonitoringFixture;

TEST_F(MonitoringReports, go_from_draft_through_submission_to_approval) {
  ok(service_.save_rates(lead_, {{CurrencyCode("RON"), "2026-09", 5.0}, {CurrencyCode("RON"), "2026-12", 4.9751}}));
  auto spent = ok(service_.add_spending(partner_, expense("RON", 100000)));
  auto id = ok(service_.create_report(partner_, std::nullopt, report_text()));
  auto r = ok(service_.report(lead_, id));
  EXPECT_EQ(r.status, ReportStatus::draft);
  EXPECT_EQ(r.partner_name, "Cluj Cluster");
  EXPECT_EQ(r.revision, 1);
  auto text = report_text();
  text.problems = "One site withdrew.";
  r = ok(service_.save_report(partner_, id, r.revision, text));
  EXPECT_EQ(r.revision, 2);
  EXPECT_EQ(r.problems, "One site withdrew.");
  r = ok(service_.attach(partner_, id, r.revision, "minutes.pdf", "%PDF-1.4 minutes"));
  ASSERT_EQ(r.attachments.size(), 1u);
  EXPECT_EQ(ok(service_.attachment_bytes(steering_, r.attachments[0].sha256)), "%PDF-1.4 minutes");
  EXPECT_EQ(ok(service_.attachment_bytes(steering_, "sha-of-something-else")), std::nullopt);

  r = ok(service_.submit_report(partner_, id, r.revision));
  EXPECT_EQ(r.status, ReportStatus::submitted);
  EXPECT_EQ(r.submitted_by, accounts::UserId(4));
  EXPECT_EQ(r.submitted_at, now_);
  // Paid in September, fixed at December's rate: 1000 RON / 4.9751 = 201.00 EUR.
  auto fixed = repository_.state().spending.at(spent.value());
  EXPECT_EQ(fixed.rate, 4.9751);
  EXPECT_EQ(fixed.euro, Cents{20100});

  r = ok(service_.review_report(lead_, id, r.revision, ReportDecision::approve, "Thank you."));
  EXPECT_EQ(r.status, ReportStatus::approved);
  EXPECT_EQ(r.reviewed_by, accounts::UserId(1));
  auto t1 = ok(service_.activity(lead_, t1_));
  EXPECT_EQ(t1.progress, 60);
  EXPECT_EQ(t1.status, ActivityStatus::on_track);
  EXPECT_EQ(t1.status_note, "Half the pilot sites visited.");
  EXPECT_EQ(repository_.audit_actions(),
            (std::vector<std::string>{"monitoring.rates_saved", "monitoring.spending_added", "monitoring.report_saved",
                                      "monitoring.report_saved", "monitoring.attachment_added",
                                      "monitoring.report_submitted", "monitoring.activity_updated",
                                      "monitoring.report_approved"}));
  EXPECT_EQ(repository_.state().audit.back().target, "report:" + std::to_string(id.value()));
}

TEST_F(MonitoringReports, cannot_be_submitted_while_a_rate_of_the_month_is_missing) {
  ok(service_.save_rates(lead_, {{CurrencyCode("RON"), "2026-09", 5.0}}));
  auto spent = ok(service_.add_spending(partner_, expense("RON", 100000)));
  auto id = ok(service_.create_report(partner_, std::nullopt, report_text()));
  auto e = refused(service_.submit_report(partner_, id, 1));
  EXPECT_EQ(e.message, "No exchange rate for RON in 2026-12: enter it before submitting.");
  EXPECT_EQ(e.kind, ErrorKind::unprocessable);
  EXPECT_EQ(ok(service_.report(partner_, id)).status, ReportStatus::draft);
  EXPECT_FALSE(repository_.state().spending.at(spent.value()).euro);
}

TEST_F(MonitoringReports, approved_ones_are_never_changed) {
  auto id = ok(service_.create_report(partner_, std::nullopt, report_text()));
  ok(service_.submit_report(partner_, id, 1));
  EXPECT_EQ(refused(service_.save_report(partner_, id, 2, report_text())).kind, ErrorKind::conflict);
  ok(service_.review_report(lead_, id, 2, ReportDecision::approve, ""));
  auto e = refused(service_.save_report(partner_, id, 3, report_text()));
  EXPECT_EQ(e.message, "An approved report cannot be changed.");
  EXPECT_EQ(refused(service_.attach(partner_, id, 3, "late.pdf", "%PDF")).message,
            "An approved report cannot be changed.");
  EXPECT_EQ(refused(service_.review_report(lead_, id, 3, ReportDecision::send_back, "Redo.")).message,
            "An approved report cannot be changed.");
  EXPECT_TRUE(surroundings_.files.empty());
}

TEST_F(MonitoringReports, are_returned_with_a_note_and_written_again) {
  auto id = ok(service_.create_report(partner_, std::nullopt, report_text()));
  ok(service_.submit_report(partner_, id, 1));
  EXPECT_EQ(refused(service_.review_report(lead_, id, 2, ReportDecision::send_back, "  ")).field, "note");
  EXPECT_EQ(refused(service_.review_report(partner_, id, 2, ReportDecision::approve, "")).kind, ErrorKind::forbidden);
  auto r = ok(service_.review_report(lead_, id, 2, ReportDecision::send_back, "Add the minutes."));
  EXPECT_EQ(r.status, ReportStatus::returned);
  EXPECT_EQ(r.review_note, "Add the minutes.");
  EXPECT_EQ(ok(service_.activity(lead_, t1_)).progress, 0);  // not applied on a return
  r = ok(service_.save_report(partner_, id, r.revision, report_text()));
  EXPECT_EQ(ok(service_.submit_report(partner_, id, r.revision)).status, ReportStatus::submitted);
}

TEST_F(MonitoringReports, are_written_only_by_their_partner_on_its_own_activities) {
  EXPECT_EQ(refused(service_.create_report(other_, accounts::OrganisationId(4), report_text())).kind,
            ErrorKind::forbidden);
  EXPECT_EQ(refused(service_.create_report(other_, std::nullopt, report_text())).field, "activities.0.activity");
  EXPECT_EQ(refused(service_.create_report(controller_, std::nullopt, report_text())).kind, ErrorKind::unprocessable);
  EXPECT_EQ(refused(service_.create_report(visitor_, accounts::OrganisationId(4), report_text())).kind,
            ErrorKind::not_found);
  auto unset = report_text();
  unset.period = 0;
  EXPECT_EQ(refused(service_.create_report(partner_, std::nullopt, unset)).message, "This reporting period is not set yet.");
  auto id = ok(service_.create_report(partner_, std::nullopt, report_text()));
  EXPECT_EQ(refused(service_.create_report(partner_, std::nullopt, report_text())).kind, ErrorKind::conflict);
  EXPECT_EQ(refused(service_.save_report(other_, id, 1, report_text())).kind, ErrorKind::forbidden);
  auto empty = report_text();
  empty.activities_done.clear();
  auto r = ok(service_.save_report(partner_, id, 1, empty));
  EXPECT_EQ(refused(service_.submit_report(partner_, id, r.revision)).field, "activities_done");
}

TEST_F(MonitoringReports, refuse_a_stale_revision) {
  auto id = ok(service_.create_report(partner_, std::nullopt, report_text()));
  ok(service_.save_report(partner_, id, 1, report_text()));
  auto e = refused(service_.save_report(partner_, id, 1, report_text()));
  EXPECT_EQ(e.kind, ErrorKind::conflict);
  EXPECT_EQ(e.field, "revision");
}

TEST_F(MonitoringReports, overview_shows_each_partner_by_period_and_the_overdue) {
  // Period 1's reports were due on 31 July; Cluj Cluster's is in, the others are late.
  auto id = ok(service_.create_report(partner_, std::nullopt, report_text(1)));
  auto lines = report_text(1);
  lines.activities.clear();
  auto r = ok(service_.save_report(partner_, id, 1, lines));
  ok(service_.submit_report(partner_, id, r.revision));
  auto overview = ok(service_.reports_overview(steering_));
  ASSERT_EQ(overview.rows.size(), 3u);
  EXPECT_EQ(overview.periods.size(), 6u);
  const auto& cluj = overview.rows[1];
  EXPECT_EQ(cluj.partner.name, "Cluj Cluster");
  ASSERT_TRUE(cluj.by_period[0]);
  EXPECT_EQ(cluj.by_period[0]->status, ReportStatus::submitted);
  EXPECT_FALSE(cluj.by_period[1]);
  ASSERT_EQ(overview.overdue.size(), 2u);
  EXPECT_EQ(overview.overdue[0].period, 1);
  EXPECT_EQ(overview.overdue[0].due, "2026-07-31");
  EXPECT_EQ(ok(service_.dashboard(lead_)).reports_waiting, 1u);
}

}  // namespace
}  // namespace cps::monitoring
