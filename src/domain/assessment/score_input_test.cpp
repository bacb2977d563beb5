// Score inputs read from their JSON shape, and the rules on their values against a framework.
#include "domain/assessment/score_input.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/assessment/testing/sample_framework.hpp"

namespace cps::assessment {
namespace {

Result<std::vector<ScoreInput>> read(std::string_view text) {
  return read_scores(boost::json::parse(text));
}

ScoreInput level(std::string criterion, Timeframe frame, int value, std::string why = "Because.") {
  ScoreInput s;
  s.criterion = std::move(criterion);
  s.timeframe = frame;
  s.rating.level = value;
  s.justification = std::move(why);
  return s;
}

TEST(ScoreInput, reads_every_field) {
  auto scores =
      read(R"({"scores": [{"criterion": "WG1.1", "timeframe": "past", "answer": "level", "level": 4,
      "confidence": "high", "justification": " A strategy. ", "evidence": [{"kind": "knowledge_item", "reference": 12},
      {"kind": "document", "reference": "https://example.org/s.pdf", "label": "Strategy"}]},
      {"criterion": "WG1.2", "timeframe": "target", "answer": "no_data", "level": null}]})");
  ASSERT_TRUE(scores) << scores.error().field;
  ASSERT_EQ(scores->size(), 2u);
  const auto& a = (*scores)[0];
  EXPECT_EQ(a.criterion, "WG1.1");
  EXPECT_EQ(a.timeframe, Timeframe::past);
  EXPECT_EQ(a.rating, (Rating{Answer::level, 4, Confidence::high}));
  EXPECT_EQ(a.justification, "A strategy.");
  ASSERT_EQ(a.evidence.size(), 2u);
  EXPECT_EQ(a.evidence[0], (Evidence{EvidenceKind::knowledge_item, "12", ""}));
  EXPECT_EQ(a.evidence[1].label, "Strategy");
  EXPECT_EQ((*scores)[1].rating, (Rating{Answer::no_data, 0, Confidence::medium}));
}

TEST(ScoreInput, names_the_field_that_is_wrong) {
  auto field = [](std::string_view text) {
    auto r = read(text);
    EXPECT_FALSE(r);
    return r ? std::string() : r.error().field;
  };
  EXPECT_EQ(field(R"({"scores": [{"criterion": "WG1.1", "timeframe": "now"}]})"),
            "scores.0.timeframe");
  EXPECT_EQ(
      field(
          R"({"scores": [{"criterion": "A", "timeframe": "past"}, {"criterion": "A", "timeframe": "past",
      "level": "four"}]})"),
      "scores.1.level");
  EXPECT_EQ(field(R"({"scores": [{"criterion": "A", "timeframe": "past", "answer": "maybe"}]})"),
            "scores.0.answer");
  EXPECT_EQ(
      field(
          R"({"scores": [{"criterion": "A", "timeframe": "past", "evidence": [{"kind": "film"}]}]})"),
      "scores.0.evidence.0.kind");
  EXPECT_EQ(field(R"({"scores": 3})"), "scores");
}

TEST(ScoreInput, score_json_writes_levels_only_for_levels) {
  Score s;
  s.criterion = "WG1.1";
  s.rating = {Answer::not_applicable, 0, Confidence::low};
  s.evidence = {{EvidenceKind::indicator, "gdp", "GDP"}};
  auto o = score_json(s);
  EXPECT_TRUE(o.at("level").is_null());
  EXPECT_EQ(o.at("answer").as_string(), "not_applicable");
  EXPECT_EQ(o.at("evidence").as_array()[0].at("kind").as_string(), "indicator");
}

TEST(ScoreRules, accepts_good_scores) {
  std::vector<ScoreInput> scores = {level("WG1.1", Timeframe::current, 3, ""),
                                    level("WG1.2", Timeframe::current, 5)};
  ScoreInput na;
  na.criterion = "WG2.1";
  na.rating.answer = Answer::not_applicable;
  scores.push_back(na);
  scores[0].evidence = {{EvidenceKind::knowledge_item, "7", ""},
                        {EvidenceKind::document, "http://gov.ro/plan", ""},
                        {EvidenceKind::indicator, "lq:C10", ""}};
  EXPECT_TRUE(check_scores(scores, sample_framework()));
}

TEST(ScoreRules, refuses_each_broken_rule_naming_its_field) {
  auto f = sample_framework();
  auto refused = [&](std::vector<ScoreInput> scores) {
    auto r = check_scores(scores, f);
    EXPECT_FALSE(r);
    return r ? std::string() : r.error().field;
  };
  EXPECT_EQ(refused({level("WG1.1", Timeframe::current, 6)}), "scores.0.level");
  EXPECT_EQ(refused({level("WG1.1", Timeframe::current, 0)}), "scores.0.level");
  EXPECT_EQ(refused({level("WG9.1", Timeframe::current, 3)}), "scores.0.criterion");
  EXPECT_EQ(
      refused({level("WG1.1", Timeframe::past, 3), level("WG1.2", Timeframe::current, 3, " ")}),
      "scores.1.justification");
  EXPECT_EQ(refused({level("WG1.1", Timeframe::past, 3), level("WG1.1", Timeframe::past, 4)}),
            "scores.1.timeframe");
  auto na = level("WG1.1", Timeframe::past, 2);
  na.rating.answer = Answer::no_data;
  EXPECT_EQ(refused({na}), "scores.0.level");
  auto many = level("WG1.1", Timeframe::past, 2);
  many.evidence.assign(21, Evidence{EvidenceKind::indicator, "gdp", ""});
  EXPECT_EQ(refused({many}), "scores.0.evidence");
  for (auto bad : {Evidence{EvidenceKind::knowledge_item, "12a", ""},
                   Evidence{EvidenceKind::document, "ftp://x.org", ""},
                   Evidence{EvidenceKind::document, "https://nohost", ""},
                   Evidence{EvidenceKind::indicator, "gdp2", ""}}) {
    auto s = level("WG1.1", Timeframe::past, 2);
    s.evidence = {Evidence{EvidenceKind::indicator, "gdp", ""}, bad};
    EXPECT_EQ(refused({s}), "scores.0.evidence.1.reference") << bad.reference;
  }
}

TEST(ScoreInput, reads_the_other_shapes) {
  auto n = read_new_assessment(
      boost::json::parse(R"({"region": "ro21", "period": 2, "organisation": 4})"));
  ASSERT_TRUE(n);
  EXPECT_EQ(n->region.str(), "RO21");
  EXPECT_EQ(n->period, 2);
  EXPECT_EQ(n->organisation->value(), 4);
  EXPECT_EQ(read_new_assessment(boost::json::parse(R"({"region": "RO21"})")).error().field,
            "period");
  auto swot = read_swot(boost::json::parse(
      R"({"area": "WG1", "strengths": "Universities", "threats": "Brain drain"})"));
  ASSERT_TRUE(swot);
  EXPECT_EQ(swot->strengths, "Universities");
  EXPECT_EQ(swot->threats, "Brain drain");
  auto rec = read_recommendation(
      boost::json::parse(R"({"area": "WG1", "criterion": "WG1.2", "text": "Fund it."})"));
  ASSERT_TRUE(rec);
  EXPECT_EQ(rec->criterion, "WG1.2");
  auto action = read_action(
      boost::json::parse(R"({"action": "A call", "owner": "Agency", "deadline": "2027-03-01"})"));
  ASSERT_TRUE(action);
  EXPECT_EQ(action->deadline, "2027-03-01");
  EXPECT_FALSE(read_action(boost::json::parse(R"({"action": 5})")));
}

}  // namespace
}  // namespace cps::assessment
