// The readers of the pilots' input shapes and their rules: a pilot's description, the logframe,
// indicators and the rules of their units, values, milestones, evaluations and modification
// requests — each refusal naming the field at fault.
#include "domain/pilot/pilot_input.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <limits>

namespace cps::pilot {
namespace {

namespace json = boost::json;

template <class T>
Error error_of(const Result<T>& r) {
  EXPECT_FALSE(r) << "expected a refusal";
  return r ? Error{ErrorKind::internal, "succeeded"} : r.error();
}

json::value pilot_json() {
  return json::parse(R"({
    "texts": [{"language": "ro", "title": " Vouchere de inovare ", "summary": "Pentru firme mici."},
              {"language": "en", "title": "Innovation vouchers"}],
    "original_language": "ro", "lead": 10, "participants": [11, 12],
    "regions": ["ro21", "RO22"], "areas": ["WG1"],
    "transfers": [{"item": 7, "from_region": "el52", "from_organisation": 20}, {"item": "9"}],
    "need": {"region": "RO21", "criterion": "WG1.1"},
    "status": "running", "starts": "2026-03-01", "ends": "2027-02-28", "budget": "150000.50"})");
}

PilotInput read_ok(const json::value& v) {
  auto r = read_pilot(v);
  EXPECT_TRUE(r) << (r ? "" : r.error().message + " [" + r.error().field + "]");
  return r ? *r : PilotInput{};
}

TEST(PilotInput, a_pilot_is_read_trimmed_with_its_codes_in_capitals_and_its_budget_in_cents) {
  auto in = read_ok(pilot_json());
  ASSERT_EQ(in.texts.size(), 2u);
  EXPECT_EQ(in.texts[0].title, "Vouchere de inovare");
  EXPECT_EQ(in.original_language, "ro");
  EXPECT_EQ(in.lead, accounts::OrganisationId(10));
  EXPECT_EQ(in.participants.size(), 2u);
  EXPECT_EQ(in.regions, (std::vector<RegionCode>{RegionCode("RO21"), RegionCode("RO22")}));
  ASSERT_EQ(in.transfers.size(), 2u);
  EXPECT_EQ(in.transfers[0].from_region, RegionCode("EL52"));
  EXPECT_EQ(in.transfers[0].from_organisation, accounts::OrganisationId(20));
  EXPECT_EQ(in.transfers[1].item, 9);
  EXPECT_FALSE(in.transfers[1].from_region);
  ASSERT_TRUE(in.need);
  EXPECT_EQ(in.need->criterion, "WG1.1");
  EXPECT_EQ(in.status, PilotStatus::running);
  EXPECT_EQ(in.budget, EuroCents{15000050});
  EXPECT_TRUE(check_pilot(in));
}

TEST(PilotInput, a_wrong_shape_names_its_field) {
  auto v = pilot_json();
  v.as_object()["budget"] = 10.005;
  EXPECT_EQ(error_of(read_pilot(v)).field, "budget");
  v = pilot_json();
  v.as_object()["status"] = "paused";
  EXPECT_EQ(error_of(read_pilot(v)).field, "status");
  v = pilot_json();
  v.as_object()["lead"] = "ten";
  EXPECT_EQ(error_of(read_pilot(v)).field, "lead");
  v = pilot_json();
  v.as_object()["transfers"].as_array()[0].as_object()["item"] = 0;
  EXPECT_EQ(error_of(read_pilot(v)).field, "transfers.0.item");
  v = pilot_json();
  v.as_object()["texts"] = "none";
  EXPECT_EQ(error_of(read_pilot(v)).field, "texts");
  v = pilot_json();
  v.as_object()["need"] = json::object{{"region", ""}, {"criterion", ""}};
  EXPECT_FALSE(read_ok(v).need);  // a form's empty need is no need
}

TEST(PilotInput, the_rules_on_a_pilot_name_the_field_at_fault) {
  auto refused = [](void (*change)(PilotInput&)) {
    auto r = read_pilot(pilot_json());
    EXPECT_TRUE(r);
    change(*r);
    auto ok = check_pilot(*r);
    EXPECT_FALSE(ok);
    return ok ? Error{} : ok.error();
  };
  EXPECT_EQ(refused([](PilotInput& in) { in.ends = "2026-02-28"; }).field, "ends");
  EXPECT_EQ(refused([](PilotInput& in) { in.starts = "2026-02-30"; }).field, "starts");
  EXPECT_EQ(refused([](PilotInput& in) { in.texts[0].title = " "; }).field, "texts.ro.title");
  EXPECT_EQ(refused([](PilotInput& in) { in.original_language = "fr"; }).field, "original_language");
  EXPECT_EQ(refused([](PilotInput& in) { in.texts.erase(in.texts.begin()); }).field, "texts.ro.title");
  EXPECT_EQ(refused([](PilotInput& in) { in.texts[1].language = "ro"; }).field, "texts.ro");
  EXPECT_EQ(refused([](PilotInput& in) { in.regions.clear(); }).field, "regions");
  EXPECT_EQ(refused([](PilotInput& in) { in.areas = {AreaCode("WG9")}; }).field, "areas");
  EXPECT_EQ(refused([](PilotInput& in) { in.areas.clear(); }).field, "areas");
  EXPECT_EQ(refused([](PilotInput& in) { in.budget = EuroCents{-1}; }).field, "budget");
  EXPECT_EQ(refused([](PilotInput& in) { in.participants.push_back(accounts::OrganisationId(10)); }).field,
            "participants");
  EXPECT_EQ(refused([](PilotInput& in) { in.regions.push_back(RegionCode("RO21")); }).field, "regions");
  EXPECT_EQ(refused([](PilotInput& in) { in.transfers[1].item = 7; }).field, "transfers.1.item");
  EXPECT_EQ(refused([](PilotInput& in) { in.need->criterion = ""; }).field, "need.criterion");
  auto e = refused([](PilotInput& in) { in.ends = "2026-02-28"; });
  EXPECT_EQ(e.kind, ErrorKind::unprocessable);
  EXPECT_EQ(e.message, "A pilot cannot end before it starts.");
}

TEST(PilotInput, a_date_is_a_day_of_the_calendar) {
  EXPECT_TRUE(is_date("2028-02-29"));
  EXPECT_FALSE(is_date("2027-02-29"));
  EXPECT_FALSE(is_date("2027-13-01"));
  EXPECT_FALSE(is_date("2027-1-01"));
  EXPECT_FALSE(is_date("27-01-01xx"));
  EXPECT_FALSE(is_date(""));
}

TEST(PilotUnits, counts_are_whole_and_not_negative) {
  for (Unit unit : {Unit::count, Unit::people, Unit::organisations, Unit::companies, Unit::events, Unit::documents}) {
    EXPECT_TRUE(check_unit_value(unit, 0, "value"));
    EXPECT_TRUE(check_unit_value(unit, 12, "value"));
    auto e = error_of(check_unit_value(unit, 2.5, "values.0.value"));
    EXPECT_EQ(e.kind, ErrorKind::unprocessable);
    EXPECT_EQ(e.message, "A count is a whole number of zero or more.");
    EXPECT_EQ(e.field, "values.0.value");
    EXPECT_FALSE(check_unit_value(unit, -1, "value"));
  }
}

TEST(PilotUnits, each_unit_has_its_range) {
  EXPECT_TRUE(check_unit_value(Unit::percent, 0, "v"));
  EXPECT_TRUE(check_unit_value(Unit::percent, 100, "v"));
  EXPECT_TRUE(check_unit_value(Unit::percent, 37.5, "v"));
  EXPECT_EQ(error_of(check_unit_value(Unit::percent, 100.5, "v")).message, "A percentage lies between 0 and 100.");
  EXPECT_FALSE(check_unit_value(Unit::percent, -0.1, "v"));
  EXPECT_TRUE(check_unit_value(Unit::euro, 1234.56, "v"));
  EXPECT_EQ(error_of(check_unit_value(Unit::euro, -1, "v")).message, "An amount in euro cannot be negative.");
  EXPECT_TRUE(check_unit_value(Unit::days, 4.5, "v"));
  EXPECT_EQ(error_of(check_unit_value(Unit::days, -1, "v")).message, "A number of days cannot be negative.");
  EXPECT_EQ(error_of(check_unit_value(Unit::hours, -1, "v")).message, "A number of hours cannot be negative.");
  EXPECT_TRUE(check_unit_value(Unit::score, 7.5, "v"));
  EXPECT_EQ(error_of(check_unit_value(Unit::score, 11, "v")).message, "A score lies between 0 and 10.");
  EXPECT_FALSE(check_unit_value(Unit::count, 1e15, "v"));
  EXPECT_FALSE(check_unit_value(Unit::euro, std::numeric_limits<double>::quiet_NaN(), "v"));
}

IndicatorInput indicator(const char* text) {
  auto r = read_indicator(json::parse(text));
  EXPECT_TRUE(r) << (r ? "" : r.error().message + " [" + r.error().field + "]");
  return r ? *r : IndicatorInput{};
}

TEST(PilotUnits, an_indicator_is_read_with_its_baseline_and_target) {
  auto in = indicator(R"({"code": "I2", "name": "Days to pay", "kind": "result", "unit": "days",
                          "direction": "lower_is_better", "baseline": {"value": "30", "date": "2026-03-01"},
                          "target": {"value": 10, "date": "2027-02-28"}, "source": "Payments", "logframe": "SO1"})");
  EXPECT_EQ(in.unit, Unit::days);
  EXPECT_EQ(in.direction, Direction::lower_is_better);
  ASSERT_TRUE(in.baseline);
  EXPECT_EQ(in.baseline->value, 30);
  EXPECT_EQ(in.logframe_code, "SO1");
  EXPECT_TRUE(check_indicator(in));
  EXPECT_EQ(error_of(read_indicator(json::parse(R"({"code": "I1", "unit": "furlongs", "target": {"value": 1}})"))).field,
            "unit");
  EXPECT_EQ(error_of(read_indicator(json::parse(R"({"code": "I1"})"))).field, "target");
  EXPECT_EQ(error_of(read_indicator(json::parse(R"({"code": "I1", "target": {"value": "many"}})"))).field,
            "target.value");
}

TEST(PilotUnits, a_lower_is_better_indicator_needs_a_baseline) {
  auto in = indicator(R"({"code": "I2", "name": "Days to pay", "unit": "days", "direction": "lower_is_better",
                          "target": {"value": 10, "date": "2027-02-28"}})");
  auto e = error_of(check_indicator(in));
  EXPECT_EQ(e.kind, ErrorKind::unprocessable);
  EXPECT_EQ(e.message, "A \"lower is better\" indicator needs a baseline.");
  EXPECT_EQ(e.field, "baseline");
}

TEST(PilotUnits, an_indicators_target_goes_the_right_way_after_its_baseline) {
  auto base = indicator(R"({"code": "I1", "name": "Firms", "unit": "companies",
                            "baseline": {"value": 5, "date": "2026-03-01"}, "target": {"value": 40, "date": "2027-02-28"}})");
  EXPECT_TRUE(check_indicator(base));
  auto in = base;
  in.target.value = 5;
  EXPECT_EQ(error_of(check_indicator(in)).field, "target.value");
  in = base;
  in.direction = Direction::lower_is_better;
  EXPECT_EQ(error_of(check_indicator(in)).field, "target.value");
  in = base;
  in.target.date = "2026-01-01";
  EXPECT_EQ(error_of(check_indicator(in)).field, "target.date");
  in = base;
  in.target.value = 40.5;
  EXPECT_EQ(error_of(check_indicator(in)).field, "target.value");
  in = base;
  in.baseline->value = -5;
  EXPECT_EQ(error_of(check_indicator(in)).field, "baseline.value");
  in = base;
  in.unit = Unit::percent;
  in.target.value = 120;
  EXPECT_EQ(error_of(check_indicator(in)).message, "A percentage lies between 0 and 100.");
  in = base;
  in.baseline.reset();
  in.target.value = 0;  // counted from nothing, a target of nothing is no target
  EXPECT_EQ(error_of(check_indicator(in)).field, "target.value");
  in = base;
  in.code = "";
  EXPECT_EQ(error_of(check_indicator(in)).field, "code");
}

TEST(PilotUnits, values_are_read_with_their_rows_named) {
  auto values = read_values(json::parse(R"({"values": [
      {"indicator": "I1", "period": 2, "value": 12, "evidence": "https://example.org/a.pdf"},
      {"indicator": "I2", "period": "2", "value": "7.5", "comment": " late "}]})"));
  ASSERT_TRUE(values);
  ASSERT_EQ(values->size(), 2u);
  EXPECT_EQ((*values)[1].period, 2);
  EXPECT_EQ((*values)[1].value, 7.5);
  EXPECT_EQ((*values)[1].comment, "late");
  EXPECT_EQ(error_of(read_values(json::parse(R"({"values": [{"indicator": "I1", "period": 7, "value": 1}]})"))).field,
            "values.0.period");
  EXPECT_EQ(error_of(read_values(json::parse(R"({"values": [{"indicator": "I1", "period": 1, "value": "x"}]})"))).field,
            "values.0.value");
  EXPECT_EQ(error_of(read_values(json::parse(R"({"values": [{"indicator": "I1", "period": 1}]})"))).field,
            "values.0.value");
  EXPECT_EQ(error_of(read_values(json::parse(R"({"values": 3})"))).field, "values");
}

json::value logframe_json() {
  return json::parse(R"({"logframe": [
    {"level": "overall_objective", "code": "OO", "text": "More innovative firms."},
    {"level": "specific_objective", "code": "SO1", "parent": "OO", "text": "Firms buy research."},
    {"level": "result", "code": "R1", "parent": "SO1", "text": "Vouchers used.", "assumptions": "Firms apply."},
    {"level": "activity", "code": "A1", "parent": "R1", "text": "A call."}]})");
}

TEST(PilotLogframe, a_logframe_runs_from_the_overall_objective_down_to_activities) {
  auto logframe = read_logframe(logframe_json());
  ASSERT_TRUE(logframe);
  ASSERT_EQ(logframe->size(), 4u);
  EXPECT_EQ((*logframe)[2].assumptions, "Firms apply.");
  EXPECT_EQ((*logframe)[3].position, 3);
  EXPECT_EQ((*logframe)[3].parent_code, "R1");
  EXPECT_TRUE(check_logframe(*logframe));
}

TEST(PilotLogframe, its_rules_name_the_entry_at_fault) {
  auto with = [](void (*change)(std::vector<LogframeEntry>&)) {
    auto logframe = *read_logframe(logframe_json());
    change(logframe);
    auto ok = check_logframe(logframe);
    EXPECT_FALSE(ok);
    return ok ? std::string("accepted") : ok.error().field;
  };
  EXPECT_EQ(with([](auto& l) { l.erase(l.begin()); }), "logframe.0.level");
  EXPECT_EQ(with([](auto& l) { l.clear(); }), "logframe");
  EXPECT_EQ(with([](auto& l) { l[1].level = LogframeLevel::overall_objective; }), "logframe.1.level");
  EXPECT_EQ(with([](auto& l) { l[3].parent_code = "SO1"; }), "logframe.3.parent");
  EXPECT_EQ(with([](auto& l) { l[3].parent_code.reset(); }), "logframe.3.parent");
  EXPECT_EQ(with([](auto& l) { l[2].parent_code = "S9"; }), "logframe.2.parent");
  EXPECT_EQ(with([](auto& l) { l[3].code = "R1"; }), "logframe.3.code");
  EXPECT_EQ(with([](auto& l) { l[0].parent_code = "X"; }), "logframe.0.parent");
  EXPECT_EQ(with([](auto& l) { l[1].text = ""; }), "logframe.1.text");
  EXPECT_EQ(error_of(read_logframe(json::parse(R"({"logframe": [{"level": "goal", "code": "G"}]})"))).field,
            "logframe.0.level");
}

TEST(PilotInput, a_milestone_reached_says_when) {
  auto m = read_milestone(json::parse(R"({"title": "Call closed", "due": "2026-06-30", "status": "reached",
                                          "reached_on": "2026-06-28"})"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->reached_on, "2026-06-28");
  EXPECT_EQ(error_of(read_milestone(json::parse(R"({"title": "Call closed", "due": "2026-06-30", "status": "reached"})")))
                .field,
            "reached_on");
  EXPECT_EQ(error_of(read_milestone(json::parse(R"({"title": "Call closed", "due": "soon"})"))).field, "due");
  EXPECT_EQ(error_of(read_milestone(json::parse(R"({"due": "2026-06-30"})"))).field, "title");
  auto open = read_milestone(json::parse(R"({"title": "Call closed", "due": "2026-06-30", "reached_on": "2026-06-28"})"));
  ASSERT_TRUE(open);
  EXPECT_EQ(open->reached_on, "");
}

TEST(PilotInput, a_risk_has_a_description_and_levels) {
  auto r = read_risk(json::parse(R"({"description": "Few firms apply.", "likelihood": "high", "impact": "low"})"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->likelihood, Level::high);
  EXPECT_EQ(r->impact, Level::low);
  EXPECT_EQ(r->status, RiskStatus::open);
  EXPECT_EQ(error_of(read_risk(json::parse(R"({"description": "x", "impact": "huge"})"))).field, "impact");
  EXPECT_EQ(error_of(read_risk(json::parse(R"({"description": ""})"))).field, "description");
}

json::value evaluation_json() {
  json::array scores;
  for (auto c : kAllDacCriteria)
    scores.push_back(json::object{{"criterion", std::string(to_string(c))}, {"score", 4}, {"narrative", "Fine."}});
  return json::object{{"stage", "final"}, {"scores", scores}, {"lessons", "Pay quickly."}, {"result", "40 firms."}};
}

TEST(PilotInput, an_evaluation_scores_every_criterion_once_from_1_to_5) {
  auto e = read_evaluation(evaluation_json());
  ASSERT_TRUE(e);
  EXPECT_EQ(e->stage, EvaluationStage::final_evaluation);
  EXPECT_EQ(e->scores.size(), 6u);
  auto v = evaluation_json();
  v.as_object()["scores"].as_array().pop_back();
  EXPECT_EQ(error_of(read_evaluation(v)).field, "scores.sustainability");
  v = evaluation_json();
  v.as_object()["scores"].as_array()[1].as_object()["criterion"] = "relevance";
  EXPECT_EQ(error_of(read_evaluation(v)).field, "scores.1.criterion");
  v = evaluation_json();
  v.as_object()["scores"].as_array()[2].as_object()["score"] = 6;
  EXPECT_EQ(error_of(read_evaluation(v)).field, "scores.2.score");
  v = evaluation_json();
  v.as_object()["lessons"] = "";
  auto refused = error_of(read_evaluation(v));
  EXPECT_EQ(refused.field, "lessons");
  EXPECT_EQ(refused.message, "Write the lessons learned.");
  v = evaluation_json();
  v.as_object()["stage"] = "early";
  EXPECT_EQ(error_of(read_evaluation(v)).field, "stage");
}

TEST(PilotInput, a_modification_request_gives_a_reason_and_a_change) {
  auto m = read_modification(json::parse(R"({"reason": "Late start.", "targets": [
      {"indicator": "I1", "target": {"value": 30, "date": "2027-06-30"}}], "budget": 120000, "ends": "2027-06-30"})"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->targets.size(), 1u);
  EXPECT_EQ(m->budget, EuroCents{12000000});
  EXPECT_EQ(m->ends, "2027-06-30");
  EXPECT_FALSE(m->logframe);
  EXPECT_EQ(error_of(read_modification(json::parse(R"({"budget": 1})"))).field, "reason");
  EXPECT_EQ(error_of(read_modification(json::parse(R"({"reason": "Nothing."})"))).field, "targets");
  EXPECT_EQ(error_of(read_modification(json::parse(R"({"reason": "x", "ends": "2027-02-30"})"))).field, "ends");
  EXPECT_EQ(error_of(read_modification(json::parse(R"({"reason": "x", "budget": -1})"))).field, "budget");
  EXPECT_EQ(error_of(read_modification(json::parse(
                         R"({"reason": "x", "targets": [{"indicator": "I1", "target": {"value": 3, "date": "x"}}]})")))
                .field,
            "targets.0.target.date");
  auto with_logframe = logframe_json();
  with_logframe.as_object()["reason"] = "A new plan.";
  auto l = read_modification(with_logframe);
  ASSERT_TRUE(l);
  EXPECT_EQ(l->logframe->size(), 4u);
}

}  // namespace
}  // namespace cps::pilot
