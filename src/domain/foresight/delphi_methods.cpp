// The methods report (see delphi_methods.hpp).
#include "domain/foresight/delphi_methods.hpp"

#include <chrono>
#include <cstdio>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::foresight {

using i18n::N_;

namespace {

double percent(int part, int whole) { return whole > 0 ? 100.0 * part / whole : 0.0; }

// At most two decimals, no trailing zeros: 4, 3.25, 66.67.
std::string figure(double d) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", d);
  std::string s = buffer;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string day(Seconds at) {
  if (at == 0) return "";
  std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{at}})};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  return buffer;
}

}  // namespace

std::vector<std::string> rule_sentences(const StopRules& rules, const Translate& tr) {
  return {
      text::fill(tr(N_("Ratings from {min} to {max}; time horizons in years from {from} to {to}, or “never”.")),
                 {{"min", std::to_string(rules.scale_min)}, {"max", std::to_string(rules.scale_max)},
                  {"from", std::to_string(rules.horizon_from)}, {"to", std::to_string(rules.horizon_to)}}),
      text::fill(tr(N_("Consensus: interquartile range at most {iqr} and at least {percent} % of the answers from {from} to {max} (or, mirrored, at the bottom of the scale).")),
                 {{"iqr", figure(rules.iqr_max)}, {"percent", figure(rules.agreement_percent)},
                  {"from", std::to_string(rules.agreement_from)}, {"max", std::to_string(rules.scale_max)}}),
      text::fill(tr(N_("Time horizons: consensus when the interquartile range is at most {years} years and few answer “never”, or when at least {percent} % answer “never”.")),
                 {{"years", figure(rules.horizon_iqr_max)}, {"percent", figure(rules.agreement_percent)}}),
      text::fill(tr(N_("Stable dissent: no consensus, and at most {percent} % of those who answered both rounds changed their answer.")),
                 {{"percent", figure(rules.stability_percent)}}),
      text::fill(tr(N_("At most {rounds} rounds.")), {{"rounds", std::to_string(rules.max_rounds)}}),
      tr(N_("Quartiles are computed as Hyndman and Fan's type 7 (linear interpolation between the two nearest answers)."))};
}

std::string rules_fixed_sentence(const MethodsReport& report, const Translate& tr) {
  return report.rules_fixed_at
             ? text::fill(tr(N_("Fixed when round 1 opened, on {day}.")), {{"day", day(report.rules_fixed_at)}})
             : tr(N_("Not fixed yet: round 1 has not opened."));
}

namespace {

// Text placed in Markdown as it was typed: line breaks flattened, inline markup characters
// escaped. It never starts a line (a list marker or heading text comes first), so characters
// that only mean something there stay as they are.
std::string plain(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<>|~").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

const char* standing_words(Standing s) {
  switch (s) {
    case Standing::open: return N_("Open");
    case Standing::consensus: return N_("Consensus");
    case Standing::stable_dissent: return N_("Stable dissent");
  }
  return "";
}

const char* dimension_words(const std::string& dimension) {
  if (dimension == "country") return N_("Country");
  if (dimension == "organisation_type") return N_("Organisation type");
  if (dimension == "expertise") return N_("Self-rated expertise");
  return N_("Thematic area");
}

}  // namespace

MethodsReport methods_report(const StudyView& view) {
  MethodsReport out;
  out.study = view.study;
  out.panel_size = view.panel_size;
  out.balance = view.balance;
  const Turnout* before = nullptr;
  for (const auto& t : view.rounds) {
    if (t.round == 1) out.rules_fixed_at = t.opened_at;
    RoundResponse r{t, percent(t.answered, t.panel), before ? percent(t.dropped, before->answered) : 0.0};
    out.rounds.push_back(r);
    before = &t;
  }
  for (const auto& result : view.results) {
    StatementOutcome s{result.statement, result.standing, static_cast<int>(result.rounds.size()), {}, {}};
    for (const auto& round : result.rounds)
      if (round.consensus && !s.consensus_round) s.consensus_round = round.round;
    if (result.standing == Standing::stable_dissent && !result.rounds.empty()) s.stable_round = result.rounds.back().round;
    switch (result.standing) {
      case Standing::consensus: ++out.consensus; break;
      case Standing::stable_dissent: ++out.stable_dissent; break;
      case Standing::open: ++out.open; break;
    }
    out.statements.push_back(std::move(s));
  }
  return out;
}

exports::Table methods_table(const MethodsReport& report) {
  using exports::ColumnType;
  exports::Table t;
  t.name = "methods";
  t.columns = {"section", "item", "round", "count", "percent", "note"};
  t.types = {ColumnType::text, ColumnType::text, ColumnType::number, ColumnType::number, ColumnType::number, ColumnType::text};
  t.rows.push_back({"panel", "size", "", std::to_string(report.panel_size), "", ""});
  for (const auto& d : report.balance)
    for (const auto& [group, n] : d.groups)
      t.rows.push_back({"balance", d.dimension + ":" + group, "", std::to_string(n), figure(percent(n, report.panel_size)),
                        d.dominant && *d.dominant == group ? "dominant" : ""});
  for (const auto& r : report.rounds) {
    std::string round = std::to_string(r.turnout.round);
    t.rows.push_back({"round", "answered", round, std::to_string(r.turnout.answered), figure(r.response_percent),
                      std::string(to_string(r.turnout.state))});
    t.rows.push_back({"round", "dropped", round, std::to_string(r.turnout.dropped), figure(r.dropout_percent), ""});
  }
  const StopRules& rules = report.study.rules;
  auto rule = [&](const char* name, const std::string& value) { t.rows.push_back({"rule", name, "", "", "", value}); };
  rule("fixed_on", day(report.rules_fixed_at));
  rule("scale", std::to_string(rules.scale_min) + "-" + std::to_string(rules.scale_max));
  rule("iqr_max", figure(rules.iqr_max));
  rule("agreement_from", std::to_string(rules.agreement_from));
  rule("agreement_percent", figure(rules.agreement_percent));
  rule("horizon_iqr_max", figure(rules.horizon_iqr_max));
  rule("stability_percent", figure(rules.stability_percent));
  rule("max_rounds", std::to_string(rules.max_rounds));
  rule("quartiles", "Hyndman-Fan type 7");
  for (const auto& s : report.statements) {
    std::optional<int> met = s.consensus_round ? s.consensus_round : s.stable_round;
    t.rows.push_back({"statement", std::to_string(s.statement.position), met ? std::to_string(*met) : "",
                      std::to_string(s.rounds_asked), "", std::string(to_string(s.standing)) + ": " + s.statement.text});
  }
  return t;
}

std::string methods_markdown(const MethodsReport& report, const Translate& tr) {
  std::string md = "# " + text::fill(tr(N_("Methods report: {study}")), {{"study", plain(report.study.title)}}) + "\n\n";
  md += "## " + tr(N_("Panel")) + "\n\n";
  md += text::fill(tr(N_("{count} invited panellists.")), {{"count", std::to_string(report.panel_size)}}) + "\n\n";
  for (const auto& d : report.balance) {
    md += "### " + tr(dimension_words(d.dimension)) + "\n\n";
    for (const auto& [group, n] : d.groups)
      md += "- " + (group.empty() ? tr(N_("not given")) : plain(group)) + ": " + std::to_string(n) + " (" +
            figure(percent(n, report.panel_size)) + " %)\n";
    if (d.dominant)
      md += "\n" + text::fill(tr(N_("One group holds more than half of the panel: {group}. Consider inviting others.")),
                              {{"group", d.dominant->empty() ? tr(N_("not given")) : plain(*d.dominant)}}) + "\n";
    md += "\n";
  }
  md += "## " + tr(N_("Rounds")) + "\n\n";
  if (report.rounds.empty()) md += tr(N_("No round yet.")) + "\n\n";
  for (const auto& r : report.rounds)
    md += "- " + text::fill(tr(N_("Round {round}: {answered} of {panel} answered ({rate} %), {dropped} dropped out since the round before ({dropout} %).")),
                            {{"round", std::to_string(r.turnout.round)}, {"answered", std::to_string(r.turnout.answered)},
                             {"panel", std::to_string(r.turnout.panel)}, {"rate", figure(r.response_percent)},
                             {"dropped", std::to_string(r.turnout.dropped)}, {"dropout", figure(r.dropout_percent)}}) + "\n";
  md += "\n## " + tr(N_("Rules")) + "\n\n";
  md += rules_fixed_sentence(report, tr) + "\n\n";
  for (const auto& line : rule_sentences(report.study.rules, tr)) md += "- " + line + "\n";
  md += "\n## " + tr(N_("Statements and the rules they met")) + "\n\n";
  md += text::fill(tr(N_("Consensus: {consensus}; stable dissent: {stable}; open: {open}.")),
                   {{"consensus", std::to_string(report.consensus)}, {"stable", std::to_string(report.stable_dissent)},
                    {"open", std::to_string(report.open)}}) + "\n\n";
  for (const auto& s : report.statements) {
    md += std::to_string(s.statement.position) + ". " + plain(s.statement.text) + " — " + tr(standing_words(s.standing));
    if (s.consensus_round)
      md += ", " + text::fill(tr(N_("consensus in round {round}")), {{"round", std::to_string(*s.consensus_round)}});
    else if (s.stable_round)
      md += ", " + text::fill(tr(N_("stable since round {round}")), {{"round", std::to_string(*s.stable_round)}});
    md += " (" + text::fill(tr(N_("asked in {count} rounds")), {{"count", std::to_string(s.rounds_asked)}}) + ")\n";
  }
  return md;
}

}  // namespace cps::foresight
