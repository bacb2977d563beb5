// Monitoring's input shapes and their rules: amounts as people type them, dates that exist,
// periods that overlap, spending that breaks a controller's rules — each refused naming the
// field at fault.
#include "domain/monitoring/monitoring_input.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace cps::monitoring {
namespace {

namespace json = boost::json;

template <class T>
Error error_of(const Result<T>& r) {
  EXPECT_FALSE(r);
  return r ? Error{} : r.error();
}

TEST(MonitoringAmounts, are_read_as_people_write_them) {
  EXPECT_EQ(parse_amount("1234.5"), Cents{123450});
  EXPECT_EQ(parse_amount("1 234,50"), Cents{123450});
  EXPECT_EQ(parse_amount("1,234.50"), Cents{123450});
  EXPECT_EQ(parse_amount("1.234,50"), Cents{123450});
  EXPECT_EQ(parse_amount("1\xC2\xA0" "234,5"), Cents{123450});
  EXPECT_EQ(parse_amount("1,234"), Cents{123400});
  EXPECT_EQ(parse_amount("1.234.567"), Cents{123456700});
  EXPECT_EQ(parse_amount("0,5"), Cents{50});
  EXPECT_EQ(parse_amount(" 42 "), Cents{4200});
  EXPECT_EQ(parse_amount("-12.30"), Cents{-1230});
}

TEST(MonitoringAmounts, with_more_than_two_decimals_or_no_number_are_refused) {
  EXPECT_EQ(parse_amount("12.345.6"), std::nullopt);
  EXPECT_EQ(parse_amount("1.2345"), std::nullopt);
  EXPECT_EQ(parse_amount("0.125"), std::nullopt);
  EXPECT_EQ(parse_amount("12,34,56"), std::nullopt);
  EXPECT_EQ(parse_amount("abc"), std::nullopt);
  EXPECT_EQ(parse_amount(""), std::nullopt);
  EXPECT_EQ(parse_amount("12."), std::nullopt);
  EXPECT_EQ(parse_amount("1e5"), std::nullopt);
}

TEST(MonitoringAmounts, are_written_with_two_decimals) {
  EXPECT_EQ(format_amount(Cents{123450}), "1234.50");
  EXPECT_EQ(format_amount(Cents{5}), "0.05");
  EXPECT_EQ(format_amount(Cents{-1230}), "-12.30");
}

TEST(MonitoringDates, must_exist) {
  EXPECT_TRUE(is_date("2026-02-28"));
  EXPECT_TRUE(is_date("2028-02-29"));
  EXPECT_FALSE(is_date("2026-02-29"));
  EXPECT_FALSE(is_date("2026-04-31"));
  EXPECT_FALSE(is_date("2026-13-01"));
  EXPECT_FALSE(is_date("26-01-01"));
  EXPECT_TRUE(is_month("2026-12"));
  EXPECT_FALSE(is_month("2026-00"));
  EXPECT_FALSE(is_month("2026-1"));
}

std::vector<ReportingPeriod> six_periods() {
  return {{1, "2026-01-01", "2026-06-30", "2026-07-31"}, {2, "2026-07-01", "2026-12-31", "2027-01-31"},
          {3, "2027-01-01", "2027-06-30", "2027-07-31"}, {4, "2027-07-01", "2027-12-31", "2028-01-31"},
          {5, "2028-01-01", "2028-06-30", "2028-07-31"}, {6, "2028-07-01", "2028-12-31", "2029-01-31"}};
}

TEST(MonitoringPeriods, are_read_and_kept_when_they_follow_each_other) {
  auto read = read_periods(json::parse(
      R"({"periods":[{"number":1,"starts":"2026-01-01","ends":"2026-06-30","report_due":"2026-07-31"}]})"));
  ASSERT_TRUE(read);
  ASSERT_EQ(read->size(), 1u);
  EXPECT_EQ((*read)[0].ends, "2026-06-30");
  EXPECT_TRUE(check_periods(six_periods()));
}

TEST(MonitoringPeriods, that_overlap_are_refused_naming_both) {
  auto periods = six_periods();
  periods[2].starts = "2026-12-01";
  auto e = error_of(check_periods(periods));
  EXPECT_EQ(e.kind, ErrorKind::unprocessable);
  EXPECT_EQ(e.message, "Reporting periods 2 and 3 overlap.");
  EXPECT_EQ(e.field, "periods.2.starts");
}

TEST(MonitoringPeriods, with_impossible_dates_or_numbers_are_refused) {
  auto periods = six_periods();
  periods[1].ends = "2026-06-31";
  EXPECT_EQ(error_of(check_periods(periods)).field, "periods.1.ends");
  periods = six_periods();
  periods[0].report_due = "2026-06-01";
  EXPECT_EQ(error_of(check_periods(periods)).field, "periods.0.report_due");
  periods = six_periods();
  periods[5].number = 1;
  EXPECT_EQ(error_of(check_periods(periods)).field, "periods.5.number");
  EXPECT_EQ(error_of(read_periods(json::parse(R"([{"number":7}])"))).field, "periods.0.number");
}

TEST(MonitoringActivities, are_read_and_checked_against_the_periods) {
  auto input = read_activity(json::parse(R"({"code":"T3.1","kind":"deliverable","phase":"testing",
      "texts":[{"language":"en","title":"Pilot plan"}],"areas":["WG2","WG2"],"responsible":[4,"5"],
      "periods":[3,2],"due":"2027-05-31","status":"on_track","progress":"40"})"));
  ASSERT_TRUE(input) << input.error().field;
  EXPECT_EQ(input->kind, ActivityKind::deliverable);
  EXPECT_EQ(input->areas.size(), 1u);
  EXPECT_EQ(input->responsible.size(), 2u);
  EXPECT_EQ(input->periods, (std::vector<int>{2, 3}));
  EXPECT_EQ(input->progress, 40);
  EXPECT_TRUE(check_activity(*input, six_periods()));

  auto late = *input;
  late.due = "2027-08-01";
  EXPECT_EQ(error_of(check_activity(late, six_periods())).field, "due");
  auto untitled = *input;
  untitled.texts = {{"ro", "Plan", ""}};
  EXPECT_EQ(error_of(check_activity(untitled, six_periods())).field, "texts");
  auto elsewhere = *input;
  elsewhere.areas = {AreaCode("WG9")};
  EXPECT_EQ(error_of(check_activity(elsewhere, six_periods())).field, "areas.0");
  EXPECT_EQ(error_of(read_activity(json::parse(R"({"code":"X","phase":"dreaming"})"))).field, "phase");
  EXPECT_EQ(error_of(read_activity(json::parse(R"({"code":"X","progress":140})"))).field, "progress");
}

json::value spending_json(std::string_view fields) {
  std::string text = R"({"category":"travel","period":2,"date":"2026-09-14","description":"Train to Cluj",)" +
                     std::string(fields) + "}";
  return json::parse(text);
}

TEST(MonitoringSpendingInput, is_read_with_the_controllers_fields) {
  auto s = read_spending(spending_json(
      R"("amount":"1 234,50","currency":"ron","vat":"197,10","invoice_number":"F-12","invoice_date":"2026-09-10","payment_date":"2026-09-14")"));
  ASSERT_TRUE(s) << s.error().field;
  EXPECT_EQ(s->amount, Cents{123450});
  EXPECT_EQ(s->vat, Cents{19710});
  EXPECT_EQ(s->currency.str(), "RON");
  EXPECT_EQ(s->category, CostCategory::travel);
  EXPECT_FALSE(s->partner);
  EXPECT_TRUE(check_spending(*s));
}

TEST(MonitoringSpendingInput, that_breaks_a_rule_is_refused_naming_the_field) {
  auto check = [](std::string_view fields) {
    auto s = read_spending(spending_json(fields));
    if (!s) return s.error();
    return error_of(check_spending(*s));
  };
  auto negative = check(R"("amount":-10)");
  EXPECT_EQ(negative.message, "Spending cannot be negative or zero.");
  EXPECT_EQ(negative.field, "amount");
  EXPECT_EQ(check(R"("amount":100,"vat":120)").field, "vat");
  EXPECT_EQ(check(R"("amount":100,"currency":"USD")").field, "currency");
  EXPECT_EQ(check(R"("amount":100,"invoice_date":"2026-02-30")").field, "invoice_date");
  EXPECT_EQ(check(R"("amount":100,"invoice_date":"2026-09-10","payment_date":"2026-09-01")").field,
            "payment_date");
  auto too_fine = check(R"("amount":12.345)");
  EXPECT_EQ(too_fine.field, "amount");
  EXPECT_EQ(too_fine.kind, ErrorKind::invalid);
  EXPECT_EQ(check(R"("amount":"1.2345")").field, "amount");
}

TEST(MonitoringRates, are_read_from_json_and_from_a_table) {
  auto rate = read_rate(json::parse(R"({"currency":"ron","month":"2026-12","per_euro":4.9751})"));
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->currency.str(), "RON");
  EXPECT_EQ(error_of(read_rate(json::parse(R"({"currency":"EUR","month":"2026-12","per_euro":2})"))).field,
            "per_euro");
  EXPECT_EQ(error_of(read_rate(json::parse(R"({"currency":"RON","month":"2026-13","per_euro":2})"))).field, "month");
  auto table = read_rates_table({{"Currency", "Month", "Per_euro"}, {"HUF", "2026-11", "401,25"}, {"", "", ""},
                                 {"RON", "2026-11", "4.97"}});
  ASSERT_TRUE(table);
  ASSERT_EQ(table->size(), 2u);
  EXPECT_DOUBLE_EQ((*table)[0].per_euro, 401.25);
  EXPECT_EQ(error_of(read_rates_table({{"currency", "month", "per_euro"}, {"XXX", "2026-11", "1"}})).field,
            "rows.1.currency");
  EXPECT_EQ(error_of(read_rates_table({{"currency", "rate"}})).field, "rows.0");
}

TEST(MonitoringPlanChanges, need_a_reason_and_a_change_of_their_part) {
  auto change = read_plan_change(json::parse(
      R"({"part":"work_plan","reason":"The venue moved.","activities":[{"activity":"C2","due":"2027-03-31","periods":[3]}]})"));
  ASSERT_TRUE(change);
  EXPECT_EQ(change->activities[0].periods, std::vector<int>{3});
  EXPECT_EQ(error_of(read_plan_change(json::parse(R"({"part":"work_plan","reason":"","activities":[]})"))).field,
            "reason");
  EXPECT_EQ(error_of(read_plan_change(json::parse(R"({"part":"budget","reason":"More travel."})"))).field, "amounts");
  auto budget = read_plan_change(json::parse(
      R"({"part":"budget","reason":"More travel.","amounts":[{"partner":4,"category":"travel","period":3,"euro":"2500"}]})"));
  ASSERT_TRUE(budget);
  EXPECT_EQ(budget->amounts[0].euro, Cents{250000});
}

TEST(MonitoringVerification, of_an_ineligible_entry_needs_a_note) {
  EXPECT_EQ(error_of(read_verification(json::parse(R"({"verification":"ineligible"})"))).field, "controller_note");
  auto v = read_verification(json::parse(R"({"verification":"verified","verified_euro":"100.50"})"));
  ASSERT_TRUE(v);
  EXPECT_EQ(v->verified_euro, Cents{10050});
}

TEST(MonitoringTargets, are_read_once_per_figure) {
  auto t = read_targets(json::parse(R"({"targets":[{"measured":"pilots_running","target":8,"programme_code":"RCO 84"}]})"));
  ASSERT_TRUE(t);
  EXPECT_EQ((*t)[0].programme_code, "RCO 84");
  EXPECT_EQ(error_of(read_targets(json::parse(R"([{"measured":"pilots_running"},{"measured":"pilots_running"}])")))
                .field,
            "targets.1.measured");
  EXPECT_EQ(error_of(read_targets(json::parse(R"([{"measured":"pilots_running","target":-1}])"))).field,
            "targets.0.target");
}

}  // namespace
}  // namespace cps::monitoring
