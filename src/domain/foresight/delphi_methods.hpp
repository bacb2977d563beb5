// A Delphi study's methods report, as the CREDES reporting guidance asks of a published Delphi:
// the panel and its balance, response rate and drop-out per round, the rules as they were fixed
// when round 1 opened, and which statements met them and in which round. Built from what the
// study page shows (aggregates only: no respondent, no key, no argument), as a table for CSV and
// as Markdown in the reader's language.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/foresight/delphi_service.hpp"
#include "export/table.hpp"

namespace cps::foresight {

// A statement and the round in which it met a rule.
struct StatementOutcome {
  Statement statement;
  Standing standing = Standing::open;
  int rounds_asked = 0;
  std::optional<int> consensus_round;  // the first closed round whose answers met the consensus rule
  std::optional<int> stable_round;     // stable dissent: the round whose change was small enough
};

struct RoundResponse {
  Turnout turnout;
  double response_percent = 0;  // answered of the panel
  double dropout_percent = 0;   // dropped of those who answered the round before
};

struct MethodsReport {
  Study study;
  Seconds rules_fixed_at = 0;  // when round 1 opened; 0 while in preparation
  int panel_size = 0;
  std::vector<BalanceDimension> balance;
  std::vector<RoundResponse> rounds;
  std::vector<StatementOutcome> statements;
  int consensus = 0;
  int stable_dissent = 0;
  int open = 0;
};

MethodsReport methods_report(const StudyView& view);

// The report as one table for CSV, one row per fact: section ("panel", "balance", "round",
// "rule", "statement"), item, round, count, percent, note.
exports::Table methods_table(const MethodsReport& report);

// Translates a catalogue message id into the reader's language (identity for English).
using Translate = std::function<std::string(const char*)>;
// The rules in words (the sentences the study page shows), and when they were fixed.
std::vector<std::string> rule_sentences(const StopRules& rules, const Translate& tr);
std::string rules_fixed_sentence(const MethodsReport& report, const Translate& tr);

// The report as Markdown: headings, lists and tables, every text through `tr`.
std::string methods_markdown(const MethodsReport& report, const Translate& tr);

}  // namespace cps::foresight
