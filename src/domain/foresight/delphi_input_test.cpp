// The Delphi input readers: defaults, numbers as form text, and each refusal naming its field.
#include "domain/foresight/delphi_input.hpp"

#include <gtest/gtest.h>

namespace cps::foresight {
namespace {

namespace json = boost::json;

TEST(DelphiInput, a_study_keeps_default_rules_and_reads_form_text) {
  auto in = read_study(json::parse(R"({"title":" SEE 2035 ","iqr_max":"1.5","max_rounds":"4"})"));
  ASSERT_TRUE(in) << in.error().message;
  EXPECT_EQ(in->title, "SEE 2035");
  EXPECT_DOUBLE_EQ(in->rules.iqr_max, 1.5);
  EXPECT_EQ(in->rules.max_rounds, 4);
  EXPECT_EQ(in->rules.scale_max, 5);
}

TEST(DelphiInput, rules_that_cannot_work_are_refused_with_their_field) {
  EXPECT_EQ(read_study(json::parse(R"({"title":"x"})")).has_value(), true);
  EXPECT_EQ(read_study(json::parse(R"({})")).error().field, "title");
  EXPECT_EQ(read_study(json::parse(R"({"title":"x","scale_max":2})")).error().field, "scale_max");
  EXPECT_EQ(read_study(json::parse(R"({"title":"x","agreement_percent":40})")).error().field, "agreement_percent");
  EXPECT_EQ(read_study(json::parse(R"({"title":"x","max_rounds":1})")).error().field, "max_rounds");
  EXPECT_EQ(read_study(json::parse(R"({"title":"x","iqr_max":"a lot"})")).error().field, "iqr_max");
}

TEST(DelphiInput, statements_need_a_kind_and_words) {
  EXPECT_TRUE(read_statement(json::parse(R"({"kind":"time_horizon","text":"Every region has a policy."})")));
  EXPECT_EQ(read_statement(json::parse(R"({"kind":"vibes","text":"x"})")).error().field, "kind");
  EXPECT_EQ(read_statement(json::parse(R"({"kind":"importance","text":"  "})")).error().field, "text");
}

TEST(DelphiInput, an_answer_sheet) {
  auto sheet = read_answers(json::parse(
      R"({"answers":[{"statement":3,"rating":"4","argument":"why"},{"statement":5,"never":"on","year":2040},{"statement":6}]})"));
  ASSERT_TRUE(sheet) << sheet.error().message;
  ASSERT_EQ(sheet->size(), 3u);
  EXPECT_EQ((*sheet)[0].rating, 4);
  EXPECT_TRUE((*sheet)[1].never);
  EXPECT_FALSE((*sheet)[1].year);  // "never" wins over a year typed beside it
  EXPECT_FALSE((*sheet)[2].rating);
  EXPECT_EQ(read_answers(json::parse(R"({"answers":[{"statement":3,"rating":"4.5"}]})")).error().field, "statement_3");
  EXPECT_EQ(read_answers(json::parse(R"({"answers":[{"statement":3},{"statement":3}]})")).error().field, "statement_3");
  EXPECT_EQ(read_answers(json::parse(R"({"answers":{}})")).error().field, "answers");
}

TEST(DelphiInput, a_round_closes_at_the_end_of_the_day_given) {
  EXPECT_EQ(*read_round_opening(json::parse(R"({"closes_at":"2027-01-01"})")), 1798761600 + 86400);
  EXPECT_EQ(*read_round_opening(json::parse(R"({})")), 0);
  EXPECT_EQ(read_round_opening(json::parse(R"({"closes_at":"2027-02-30"})")).error().field, "closes_at");
}

TEST(DelphiInput, self_rated_expertise_is_one_to_five) {
  auto ok = read_answers(json::parse(R"({"answers":[{"statement":3,"rating":4,"expertise":"5"},{"statement":4,"rating":2}]})"));
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ((*ok)[0].expertise, 5);
  EXPECT_FALSE((*ok)[1].expertise);
  EXPECT_EQ(read_answers(json::parse(R"({"answers":[{"statement":3,"rating":4,"expertise":6}]})")).error().field, "expertise_3");
  EXPECT_EQ(read_answers(json::parse(R"({"answers":[{"statement":3,"rating":4,"expertise":0}]})")).error().field, "expertise_3");
}

TEST(DelphiInput, a_scenario_frame_has_two_axes_and_four_quadrants) {
  const char* good = R"({"drivers":[1,"2",1],"uncertainties":[3,4],
    "x":{"statement":3,"low":"Funding shrinks","high":"Funding grows"},
    "y":{"statement":"4","low":"Skills stay","high":"Skills move"},
    "scenarios":[{"quadrant":"low_low","title":"Winter","narrative":"*Cold*","statements":[1]},
                 {"quadrant":"high_high","title":"Spring","narrative":"Warm"},
                 {"quadrant":"high_low","title":"Autumn","narrative":"Mixed"},
                 {"quadrant":"low_high","title":"Summer","narrative":"Hot"}]})";
  auto f = read_scenario_frame(json::parse(good));
  ASSERT_TRUE(f) << f.error().message;
  EXPECT_EQ(f->drivers.size(), 2u);  // a repeated id counts once
  EXPECT_EQ(f->y.statement, StatementId(4));
  ASSERT_EQ(f->scenarios.size(), 4u);
  EXPECT_EQ(f->scenarios[0].quadrant, Quadrant::high_high);  // in quadrant order
  EXPECT_EQ(f->scenarios[2].title, "Winter");
  EXPECT_EQ(f->scenarios[2].statements.size(), 1u);

  auto field = [](std::string text) {
    auto r = read_scenario_frame(json::parse(text));
    return r ? std::string("accepted") : r.error().field;
  };
  std::string base = good;
  auto with = [&](const std::string& from, const std::string& to) {
    std::string t = base;
    t.replace(t.find(from), from.size(), to);
    return t;
  };
  EXPECT_EQ(field(with(R"("low":"Funding shrinks")", R"("low":"")")), "x_low");
  EXPECT_EQ(field(with(R"("statement":"4")", R"("statement":0)")), "y_statement");
  EXPECT_EQ(field(with(R"("quadrant":"low_high")", R"("quadrant":"low_low")")), "scenarios");
  EXPECT_EQ(field(with(R"("title":"Spring")", R"("title":"  ")")), "high_high_title");
  EXPECT_EQ(field(with(R"("narrative":"Mixed")", R"("narrative":"")")), "high_low_narrative");
  EXPECT_EQ(field(with(R"("drivers":[1,"2",1])", R"("drivers":[1,"x"])")), "drivers");
  EXPECT_EQ(field(with(R"("drivers":[1,"2",1])", R"("drivers":[-1])")), "drivers");
}

}  // namespace
}  // namespace cps::foresight
