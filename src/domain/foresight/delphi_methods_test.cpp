// The methods report from a study's view: response rate and drop-out per round against figures
// worked out by hand, the day the rules were fixed, the round each statement met a rule, and
// the CSV and Markdown forms (aggregates only, markup in the statements' words escaped).
#include "domain/foresight/delphi_methods.hpp"

#include <gtest/gtest.h>

namespace cps::foresight {
namespace {

StudyView three_rounds() {
  StudyView v;
  v.study.id = StudyId(7);
  v.study.title = "SEE clusters 2035";
  v.panel_size = 20;
  v.balance = {BalanceDimension{"country", {{"RO", 12}, {"MD", 8}}, std::string("RO")}};
  // 20 invited; 18 answer round 1, 15 round 2 (3 dropped), 12 round 3 (4 dropped, 1 came back).
  // Round 1 opened on 2026-03-02 00:00 UTC.
  v.rounds = {Turnout{1, RoundState::closed, 20, 18, 0, 1772409600, 0, 1773000000},
              Turnout{2, RoundState::closed, 20, 15, 3, 1773100000, 0, 1774000000},
              Turnout{3, RoundState::closed, 20, 12, 4, 1774100000, 0, 1775000000}};
  auto round = [](int number, int respondents, bool consensus = false) {
    StatementRound r;
    r.round = number;
    r.respondents = respondents;
    r.consensus = consensus;
    return r;
  };
  auto statement = [](int id, std::string text) {
    Statement s;
    s.id = StatementId(id);
    s.position = id;
    s.text = std::move(text);
    return s;
  };
  StatementResult labs{statement(1, "Clusters share *testing* labs | widely."), {}, Standing::consensus, {}, 0};
  labs.rounds = {round(1, 18), round(2, 15, true)};
  StatementResult tax{statement(2, "A regional cluster tax."), {}, Standing::stable_dissent, {}, 0};
  tax.rounds = {round(1, 18), round(2, 15), round(3, 12)};
  StatementResult late{statement(3, "Added later."), {}, Standing::open, {}, 0};
  late.rounds = {round(3, 12)};
  v.results = {labs, tax, late};
  return v;
}

TEST(DelphiMethods, response_and_drop_out_per_round) {
  auto report = methods_report(three_rounds());
  ASSERT_EQ(report.rounds.size(), 3u);
  EXPECT_DOUBLE_EQ(report.rounds[0].response_percent, 90.0);   // 18 / 20
  EXPECT_DOUBLE_EQ(report.rounds[0].dropout_percent, 0.0);
  EXPECT_DOUBLE_EQ(report.rounds[1].response_percent, 75.0);   // 15 / 20
  EXPECT_NEAR(report.rounds[1].dropout_percent, 16.667, 0.001);  // 3 / 18
  EXPECT_DOUBLE_EQ(report.rounds[2].dropout_percent, 4.0 / 15 * 100);
  EXPECT_EQ(report.rules_fixed_at, 1772409600);
}

TEST(DelphiMethods, which_statements_met_the_rules_and_when) {
  auto report = methods_report(three_rounds());
  ASSERT_EQ(report.statements.size(), 3u);
  EXPECT_EQ(report.statements[0].consensus_round, 2);
  EXPECT_FALSE(report.statements[0].stable_round);
  EXPECT_EQ(report.statements[1].stable_round, 3);
  EXPECT_FALSE(report.statements[1].consensus_round);
  EXPECT_FALSE(report.statements[2].consensus_round);
  EXPECT_EQ(report.statements[2].rounds_asked, 1);
  EXPECT_EQ(report.consensus, 1);
  EXPECT_EQ(report.stable_dissent, 1);
  EXPECT_EQ(report.open, 1);
}

TEST(DelphiMethods, the_table_holds_one_fact_per_row) {
  auto table = methods_table(methods_report(three_rounds()));
  auto row = [&](const std::string& section, const std::string& item, const std::string& round = "") {
    for (const auto& r : table.rows)
      if (r[0] == section && r[1] == item && (round.empty() || r[2] == round)) return r;
    ADD_FAILURE() << section << " " << item;
    return std::vector<std::string>(6);
  };
  EXPECT_EQ(row("panel", "size")[3], "20");
  EXPECT_EQ(row("balance", "country:RO")[4], "60");
  EXPECT_EQ(row("balance", "country:RO")[5], "dominant");
  EXPECT_EQ(row("round", "dropped", "2")[4], "16.67");
  EXPECT_EQ(row("rule", "fixed_on")[5], "2026-03-02");
  EXPECT_EQ(row("statement", "1")[2], "2");
  EXPECT_EQ(row("statement", "2")[2], "3");
  EXPECT_EQ(row("statement", "3")[2], "");
}

TEST(DelphiMethods, markdown_in_the_readers_words_with_markup_escaped) {
  std::string md = methods_markdown(methods_report(three_rounds()), [](const char* id) { return std::string(id); });
  EXPECT_NE(md.find("# Methods report: SEE clusters 2035"), std::string::npos);
  EXPECT_NE(md.find("Round 2: 15 of 20 answered (75 %), 3 dropped out since the round before (16.67 %)."), std::string::npos);
  EXPECT_NE(md.find("Fixed when round 1 opened, on 2026-03-02."), std::string::npos);
  EXPECT_NE(md.find("1. Clusters share \\*testing\\* labs \\| widely. — Consensus, consensus in round 2"), std::string::npos);
  EXPECT_NE(md.find("stable since round 3"), std::string::npos);
  EXPECT_NE(md.find("One group holds more than half of the panel: RO."), std::string::npos);
  std::string other = methods_markdown(methods_report(three_rounds()), [](const char*) { return std::string("x"); });
  EXPECT_EQ(other.find("Methods report"), std::string::npos);
}

}  // namespace
}  // namespace cps::foresight
