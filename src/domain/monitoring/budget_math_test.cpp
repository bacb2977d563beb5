// The budget's maths: euro at the programme's monthly rate rounded to the cent, absorption per
// partner, cost category and period, the pace warnings and the matrix's traffic lights.
#include "domain/monitoring/budget_math.hpp"

#include <gtest/gtest.h>

namespace cps::monitoring {
namespace {

std::vector<ReportingPeriod> periods() {
  return {{1, "2026-01-01", "2026-06-30", "2026-07-31"}, {2, "2026-07-01", "2026-12-31", "2027-01-31"},
          {3, "2027-01-01", "2027-06-30", "2027-07-31"}};
}

Spending entry(std::int64_t partner, CostCategory category, int period, std::string date, std::int64_t cents,
               std::string currency = "EUR") {
  Spending s;
  s.partner = accounts::OrganisationId(partner);
  s.partner_name = "Partner " + std::to_string(partner);
  s.category = category;
  s.period = period;
  s.date = std::move(date);
  s.amount = Cents{cents};
  s.currency = CurrencyCode(std::move(currency));
  return s;
}

PlannedAmount plan(std::int64_t partner, CostCategory category, int period, std::int64_t cents) {
  return {accounts::OrganisationId(partner), category, period, Cents{cents}, std::nullopt};
}

TEST(BudgetEuro, is_the_amount_at_the_months_rate_rounded_half_away_from_zero) {
  EXPECT_EQ(to_euro(Cents{100000}, 4.9751), Cents{20100});  // 1000 RON → 201.0030 → 201.00
  EXPECT_EQ(to_euro(Cents{1}, 2.0), Cents{1});                // 0.005 → 0.01
  EXPECT_EQ(to_euro(Cents{-1}, 2.0), Cents{-1});
  EXPECT_EQ(to_euro(Cents{40125}, 401.25), Cents{100});
  std::vector<ExchangeRate> rates = {{CurrencyCode("RON"), "2026-09", 5.0}};
  EXPECT_EQ(rate_for(CurrencyCode("EUR"), "1999-01", rates), 1.0);
  EXPECT_EQ(rate_for(CurrencyCode("RON"), "2026-10", rates), std::nullopt);
  auto s = entry(4, CostCategory::travel, 2, "2026-09-14", 50000, "RON");
  EXPECT_EQ(euro_of(s, rates), Cents{10000});
  s.date = "2026-10-01";
  EXPECT_EQ(euro_of(s, rates), std::nullopt);
  s.euro = Cents{9900};  // fixed at submission: the provisional rate no longer counts
  EXPECT_EQ(euro_of(s, rates), Cents{9900});
}

TEST(BudgetAbsorption, sums_spending_against_plan_by_partner_category_and_period) {
  std::vector<PlannedAmount> planned = {plan(4, CostCategory::staff, 1, 100000), plan(4, CostCategory::travel, 2, 50000),
                                        plan(5, CostCategory::staff, 1, 100000)};
  auto verified = entry(4, CostCategory::staff, 1, "2026-03-01", 80000);
  verified.euro = Cents{80000};
  verified.verification = Verification::verified;
  verified.verified_euro = Cents{70000};
  auto ineligible = entry(4, CostCategory::staff, 1, "2026-03-02", 99999);
  ineligible.verification = Verification::ineligible;
  std::vector<Spending> spending = {verified, ineligible, entry(4, CostCategory::travel, 2, "2026-09-14", 50000, "RON"),
                                    entry(4, CostCategory::travel, 2, "2026-10-01", 100, "HUF"),
                                    entry(5, CostCategory::staff, 1, "2026-04-01", 20000)};
  std::vector<ExchangeRate> rates = {{CurrencyCode("RON"), "2026-09", 5.0}};
  auto o = budget_overview(planned, spending, rates, periods(), "2026-11-15");
  EXPECT_EQ(o.current_period, 2);
  EXPECT_EQ(o.total.planned, Cents{250000});
  EXPECT_EQ(o.total.spent, Cents{110000});
  EXPECT_EQ(o.total.verified, Cents{70000});
  EXPECT_EQ(o.total.unpriced, 1u);
  ASSERT_EQ(o.by_partner.size(), 2u);
  EXPECT_EQ(o.by_partner[0].label, "Partner 4");
  EXPECT_EQ(o.by_partner[0].absorption.spent, Cents{90000});
  EXPECT_DOUBLE_EQ(*o.by_partner[0].absorption.rate, 0.6);
  EXPECT_EQ(o.by_partner[0].pace, Pace::on_plan);
  EXPECT_EQ(o.by_partner[1].pace, Pace::behind);  // 200 of 1000 planned up to now
  ASSERT_EQ(o.by_category.size(), 2u);
  EXPECT_EQ(o.by_category[0].key, "staff");
  EXPECT_EQ(o.by_category[1].key, "travel");
  ASSERT_EQ(o.by_period.size(), 3u);
  EXPECT_EQ(o.by_period[2].absorption.rate, std::nullopt);
  EXPECT_EQ(o.by_period[2].pace, Pace::no_plan);
  EXPECT_EQ(o.cells.size(), 3u);
}

TEST(BudgetPace, flags_spending_ahead_of_plan_or_far_behind_it) {
  Absorption a;
  EXPECT_EQ(pace_of(a), Pace::no_plan);
  a.rate = 1.2;
  EXPECT_EQ(pace_of(a), Pace::ahead);
  a.rate = 1.1;
  EXPECT_EQ(pace_of(a), Pace::on_plan);
  a.rate = 0.49;
  EXPECT_EQ(pace_of(a), Pace::behind);
  // Before the project starts nothing counts for the pace; planned amounts of later periods do
  // not make a partner look behind.
  auto early = budget_overview({plan(4, CostCategory::staff, 2, 100000)}, {}, {}, periods(), "2026-03-01");
  EXPECT_EQ(early.by_partner[0].pace, Pace::no_plan);
  auto over = budget_overview({plan(4, CostCategory::staff, 1, 100000)},
                              {entry(4, CostCategory::staff, 1, "2026-02-01", 150000)}, {}, periods(), "2027-09-01");
  EXPECT_EQ(over.current_period, std::nullopt);
  EXPECT_EQ(over.by_partner[0].pace, Pace::ahead);
}

Activity activity(ActivityStatus status, std::vector<int> in, std::string due) {
  Activity a;
  a.status = status;
  a.periods = std::move(in);
  a.due = std::move(due);
  return a;
}

TEST(BudgetLights, follow_status_progress_and_dates) {
  auto p = periods();
  EXPECT_EQ(light_of(activity(ActivityStatus::done, {1}, "2026-03-01"), p, "2026-11-01"), Light::green);
  EXPECT_EQ(light_of(activity(ActivityStatus::cancelled, {1}, "2026-03-01"), p, "2026-11-01"), Light::grey);
  EXPECT_EQ(light_of(activity(ActivityStatus::delayed, {3}, ""), p, "2026-11-01"), Light::red);
  EXPECT_EQ(light_of(activity(ActivityStatus::on_track, {1}, "2026-03-01"), p, "2026-11-01"), Light::red);
  EXPECT_EQ(light_of(activity(ActivityStatus::at_risk, {2}, "2026-12-31"), p, "2026-11-01"), Light::amber);
  EXPECT_EQ(light_of(activity(ActivityStatus::not_started, {3}, "2027-06-30"), p, "2026-11-01"), Light::grey);
  EXPECT_EQ(light_of(activity(ActivityStatus::not_started, {2}, "2026-12-31"), p, "2026-11-01"), Light::green);
  EXPECT_EQ(light_of(activity(ActivityStatus::on_track, {2}, "2026-12-31"), p, "2026-11-01"), Light::green);
}

}  // namespace
}  // namespace cps::monitoring
