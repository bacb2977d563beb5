// The scores download and the self-assessment form: their columns, and the form read back
// as the score inputs it was written from.
#include "domain/assessment/score_table.hpp"

#include <gtest/gtest.h>

#include "domain/assessment/testing/sample_framework.hpp"

namespace cps::assessment {
namespace {

Score self(std::string criterion, Timeframe frame, Rating rating, std::string why = "",
           std::vector<Evidence> ev = {}) {
  Score s;
  s.criterion = std::move(criterion);
  s.timeframe = frame;
  s.rating = rating;
  s.justification = std::move(why);
  s.evidence = std::move(ev);
  return s;
}

Assessment sample_assessment() {
  Assessment a;
  a.region = RegionCode("RO21");
  a.period = 2;
  a.framework_version = 1;
  a.scores = {self("WG2.1", Timeframe::current, {Answer::not_applicable, 0, Confidence::low}),
              self("WG1.1", Timeframe::current, {Answer::level, 3, Confidence::high},
                   "A strategy; since 2021.",
                   {{EvidenceKind::knowledge_item, "7", "Vouchers"},
                    {EvidenceKind::document, "https://adr.ro/a;b", ""}}),
              self("WG1.1", Timeframe::past, {Answer::level, 2, Confidence::medium}),
              self("WG1.2", Timeframe::target, {Answer::no_data, 0, Confidence::medium}, "",
                   {{EvidenceKind::indicator, "gdp", ""}})};
  Score peer = self("WG1.1", Timeframe::current, {Answer::level, 4, Confidence::medium}, "Seen.");
  peer.source = Source::peer;
  peer.reviewer = accounts::UserId(2);
  a.scores.push_back(peer);
  return a;
}

TEST(ScoreTable, one_row_per_score_in_framework_order) {
  auto t = scores_table(sample_assessment(), sample_framework(), "ro");
  EXPECT_EQ(t.columns.front(), "region");
  EXPECT_EQ(t.columns.back(), "evidence");
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[0][4], "WG1.1");
  EXPECT_EQ(t.rows[0][6], "past");
  EXPECT_EQ(t.rows[1][7], "self");
  EXPECT_EQ(t.rows[2][7], "peer");
  EXPECT_EQ(t.rows[2][8], "2");
  EXPECT_EQ(t.rows[1][5], "Criteriul WG1.1");
  EXPECT_EQ(t.rows[1][13], "knowledge_item:7;document:https://adr.ro/a\\;b");
  EXPECT_EQ(t.rows[3][9], "no_data");
  EXPECT_EQ(t.rows[3][10], "");
  EXPECT_EQ(t.rows[4][4], "WG2.1");
}

TEST(ScoreTable, the_form_comes_back_as_the_scores_it_was_filled_with) {
  auto a = sample_assessment();
  auto form = self_assessment_form(a, sample_framework(), "en");
  ASSERT_EQ(form.rows.size(), 4u);
  EXPECT_EQ(form.columns.size(), 7u + 12u);
  EXPECT_EQ(form.rows[0][3], "How far is WG1.1 met?");
  auto back = read_self_assessment_form(form);
  ASSERT_TRUE(back) << back.error().field;
  ASSERT_EQ(back->size(), 4u);     // the peer score is not in the form
  const auto& first = (*back)[0];  // WG1.1 past
  EXPECT_EQ(first.criterion, "WG1.1");
  EXPECT_EQ(first.timeframe, Timeframe::past);
  EXPECT_EQ(first.rating, (Rating{Answer::level, 2, Confidence::medium}));
  const auto& current = (*back)[1];
  EXPECT_EQ(current.rating, (Rating{Answer::level, 3, Confidence::high}));
  EXPECT_EQ(current.justification, "A strategy; since 2021.");
  ASSERT_EQ(current.evidence.size(), 2u);
  EXPECT_EQ(current.evidence[1], (Evidence{EvidenceKind::document, "https://adr.ro/a;b", ""}));
  EXPECT_EQ((*back)[2].rating.answer, Answer::no_data);
  EXPECT_EQ((*back)[2].evidence[0], (Evidence{EvidenceKind::indicator, "gdp", ""}));
  EXPECT_EQ((*back)[3].rating.answer, Answer::not_applicable);
}

TEST(ScoreTable, answers_as_people_type_them_and_errors_with_their_row) {
  exports::Table t;
  t.columns = {"criterion", "current_answer", "current_confidence", "current_evidence",
               "target_answer"};
  t.rows = {{"WG1.1", "N/A", "", "12; https://x.org/p", "4.0"},
            {"WG1.2", "", "", "", ""},
            {"", "3", "", "", ""},
            {"WG2.1", "6", "", "", ""}};
  auto r = read_self_assessment_form(t);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "row 5, current_answer");
  t.rows.pop_back();
  auto ok = read_self_assessment_form(t);
  ASSERT_TRUE(ok) << ok.error().field;
  ASSERT_EQ(ok->size(), 2u);
  EXPECT_EQ((*ok)[0].rating.answer, Answer::not_applicable);
  EXPECT_EQ((*ok)[0].evidence[0], (Evidence{EvidenceKind::knowledge_item, "12", ""}));
  EXPECT_EQ((*ok)[0].evidence[1].kind, EvidenceKind::document);
  EXPECT_EQ((*ok)[1].rating.level, 4);
  t.rows = {{"WG1.1", "2", "certain", "", ""}};
  EXPECT_EQ(read_self_assessment_form(t).error().field, "row 2, current_confidence");
  t.rows = {{"WG1.1", "2", "", "video:1", ""}};
  EXPECT_EQ(read_self_assessment_form(t).error().field, "row 2, current_evidence");
  t.columns = {"code"};
  EXPECT_FALSE(read_self_assessment_form(t));
}

}  // namespace
}  // namespace cps::assessment
