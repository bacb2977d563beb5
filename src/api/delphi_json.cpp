#include "api/delphi_json.hpp"

#include <algorithm>

namespace cps::api {

namespace json = boost::json;
using namespace cps::foresight;

namespace {

json::value or_null(const std::optional<int>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::value quartiles_json(const std::optional<Quartiles>& q) {
  if (!q) return nullptr;
  return json::object{{"q1", q->q1}, {"median", q->median}, {"q3", q->q3}, {"iqr", q->iqr()}};
}

json::object rules_json(const StopRules& r) {
  return json::object{{"scale_min", r.scale_min},
                      {"scale_max", r.scale_max},
                      {"iqr_max", r.iqr_max},
                      {"agreement_from", r.agreement_from},
                      {"agreement_percent", r.agreement_percent},
                      {"horizon_iqr_max", r.horizon_iqr_max},
                      {"stability_percent", r.stability_percent},
                      {"max_rounds", r.max_rounds},
                      {"horizon_from", r.horizon_from},
                      {"horizon_to", r.horizon_to},
                      {"quartile_method", "Hyndman-Fan type 7"},
                      {"stability_measure", "share of panellists answering both rounds who changed their answer"}};
}

json::object statement_round_json(const StatementRound& r) {
  json::object out{{"round", r.round}, {"respondents", r.respondents}, {"quartiles", quartiles_json(r.quartiles())},
                   {"consensus", r.consensus}};
  if (r.rating) {
    json::array counts;
    for (int c : r.rating->counts) counts.emplace_back(c);
    out["distribution"] = std::move(counts);
    out["agreement_percent"] = r.rating->agreement_percent();
    out["top_percent"] = r.rating->top_percent;
    out["bottom_percent"] = r.rating->bottom_percent;
  }
  if (r.horizon) {
    out["never"] = r.horizon->never;
    out["never_percent"] = r.horizon->never_percent();
  }
  out["changed_percent"] = r.change ? json::value(r.change->changed_percent()) : json::value(nullptr);
  return out;
}

json::object answer_json(const Answer& a) {
  return json::object{{"statement", a.statement.value()}, {"rating", or_null(a.rating)}, {"year", or_null(a.year)},
                      {"never", a.never},  {"argument", a.argument}, {"reason", a.reason},
                      {"expertise", or_null(a.expertise)}};
}

}  // namespace

json::object study_json(const Study& s) {
  return json::object{{"id", s.id.value()},
                      {"title", s.title},
                      {"description", s.description},
                      {"revision", s.revision},
                      {"rules", rules_json(s.rules)},
                      {"rounds_held", s.rounds_held},
                      {"round_open", s.round_open},
                      {"finished", s.finished},
                      {"created_at", s.created_at}};
}

json::object statement_json(const Statement& s) {
  return json::object{{"id", s.id.value()},     {"position", s.position}, {"kind", to_string(s.kind)},
                      {"text", s.text},         {"first_round", s.first_round}};
}

json::object round_json(const Round& r) {
  json::array statements;
  for (auto s : r.statements) statements.emplace_back(s.value());
  return json::object{{"number", r.number},
                      {"state", to_string(r.state)},
                      {"opened_at", r.opened_at},
                      {"closes_at", r.closes_at ? json::value(r.closes_at) : json::value(nullptr)},
                      {"closed_at", r.closed_at ? json::value(r.closed_at) : json::value(nullptr)},
                      {"statements", std::move(statements)}};
}

json::object panel_member_json(const PanelMember& m) {
  return json::object{{"user", m.user.value()},
                      {"name", m.name},
                      {"country", m.country ? json::value(m.country->str()) : json::value(nullptr)},
                      {"organisation_type", m.organisation_type},
                      {"area", m.area}};
}

json::array results_json(const std::vector<StatementResult>& results) {
  json::array out;
  for (const auto& r : results) {
    json::array rounds, breakdowns;
    for (const auto& round : r.rounds) rounds.push_back(statement_round_json(round));
    for (const auto& b : r.breakdowns)
      breakdowns.push_back(json::object{
          {"dimension", b.dimension}, {"group", b.group}, {"respondents", b.respondents}, {"median", b.median}});
    out.push_back(json::object{{"statement", statement_json(r.statement)},
                               {"standing", to_string(r.standing)},
                               {"rounds", std::move(rounds)},
                               {"breakdowns", std::move(breakdowns)},
                               {"hidden_groups", r.hidden_groups}});
  }
  return out;
}

json::array turnout_json(const std::vector<Turnout>& rounds) {
  json::array out;
  for (const auto& t : rounds)
    out.push_back(json::object{{"number", t.round},
                               {"state", to_string(t.state)},
                               {"panel", t.panel},
                               {"answered", t.answered},
                               {"dropped", t.dropped},
                               {"opened_at", t.opened_at},
                               {"closes_at", t.closes_at ? json::value(t.closes_at) : json::value(nullptr)},
                               {"closed_at", t.closed_at ? json::value(t.closed_at) : json::value(nullptr)}});
  return out;
}

json::object study_view_json(const StudyView& v) {
  json::array statements, panel, balance;
  for (const auto& s : v.statements) statements.push_back(statement_json(s));
  for (const auto& m : v.panel) panel.push_back(panel_member_json(m));
  for (const auto& d : v.balance) {
    json::array groups;
    for (const auto& [group, n] : d.groups) groups.push_back(json::object{{"group", group}, {"count", n}});
    balance.push_back(json::object{{"dimension", d.dimension},
                                   {"groups", std::move(groups)},
                                   {"dominant", d.dominant ? json::value(*d.dominant) : json::value(nullptr)}});
  }
  json::object out = study_json(v.study);
  out["statements"] = std::move(statements);
  out["panel_size"] = v.panel_size;
  out["panel"] = std::move(panel);
  out["balance"] = std::move(balance);
  out["rounds"] = turnout_json(v.rounds);
  out["results"] = results_json(v.results);
  out["may"] = json::object{{"organise", v.can.organise},         {"edit_rules", v.can.edit_rules},
                            {"add_statement", v.can.add_statement}, {"open_round", v.can.open_round},
                            {"close_round", v.can.close_round},     {"answer", v.can.answer}};
  return out;
}

json::object questionnaire_json(const Questionnaire& q) {
  json::array questions;
  for (const auto& item : q.questions) {
    json::array arguments;
    for (const auto& a : item.arguments)
      arguments.push_back(json::object{
          {"text", a.text}, {"rating", or_null(a.rating)}, {"year", or_null(a.year)}, {"never", a.never}});
    questions.push_back(
        json::object{{"statement", statement_json(item.statement)},
                     {"group", item.group ? json::value(statement_round_json(*item.group)) : json::value(nullptr)},
                     {"arguments", std::move(arguments)},
                     {"previous", item.previous ? json::value(answer_json(*item.previous)) : json::value(nullptr)},
                     {"current", item.current ? json::value(answer_json(*item.current)) : json::value(nullptr)}});
  }
  return json::object{{"study", study_json(q.study)},
                      {"round", round_json(q.round)},
                      {"answered", q.answered},
                      {"questions", std::move(questions)}};
}

json::object methods_json(const MethodsReport& m) {
  json::array balance, rounds, statements;
  for (const auto& d : m.balance) {
    json::array groups;
    for (const auto& [group, n] : d.groups) groups.push_back(json::object{{"group", group}, {"count", n}});
    balance.push_back(json::object{{"dimension", d.dimension},
                                   {"groups", std::move(groups)},
                                   {"dominant", d.dominant ? json::value(*d.dominant) : json::value(nullptr)}});
  }
  for (const auto& r : m.rounds)
    rounds.push_back(json::object{{"number", r.turnout.round},
                                  {"state", to_string(r.turnout.state)},
                                  {"panel", r.turnout.panel},
                                  {"answered", r.turnout.answered},
                                  {"dropped", r.turnout.dropped},
                                  {"response_percent", r.response_percent},
                                  {"dropout_percent", r.dropout_percent}});
  for (const auto& s : m.statements)
    statements.push_back(json::object{{"statement", statement_json(s.statement)},
                                      {"standing", to_string(s.standing)},
                                      {"rounds_asked", s.rounds_asked},
                                      {"consensus_round", or_null(s.consensus_round)},
                                      {"stable_round", or_null(s.stable_round)}});
  return json::object{{"study", study_json(m.study)},
                      {"rules_fixed_at", m.rules_fixed_at ? json::value(m.rules_fixed_at) : json::value(nullptr)},
                      {"panel_size", m.panel_size},
                      {"balance", std::move(balance)},
                      {"rounds", std::move(rounds)},
                      {"statements", std::move(statements)},
                      {"consensus", m.consensus},
                      {"stable_dissent", m.stable_dissent},
                      {"open", m.open}};
}

json::object scenario_view_json(const ScenarioView& v) {
  json::object out{{"study", study_json(v.study)}, {"frame", nullptr}, {"may", json::object{{"edit", v.can_edit}}}};
  if (!v.frame) {
    out["results"] = json::array();
    return out;
  }
  const ScenarioFrame& f = *v.frame;
  auto ids = [](const std::vector<StatementId>& list) {
    json::array a;
    for (auto id : list) a.push_back(id.value());
    return a;
  };
  auto axis = [](const ScenarioAxis& x) {
    return json::object{{"statement", x.statement.value()}, {"low", x.low}, {"high", x.high}};
  };
  json::array scenarios;
  std::vector<StatementId> cited = f.drivers;
  cited.insert(cited.end(), f.uncertainties.begin(), f.uncertainties.end());
  for (const auto& s : f.scenarios) {
    scenarios.push_back(json::object{{"quadrant", to_string(s.quadrant)},
                                     {"title", s.title},
                                     {"narrative", s.narrative},
                                     {"statements", ids(s.statements)}});
    cited.insert(cited.end(), s.statements.begin(), s.statements.end());
  }
  out["frame"] = json::object{{"revision", f.revision},
                              {"updated_at", f.updated_at},
                              {"drivers", ids(f.drivers)},
                              {"uncertainties", ids(f.uncertainties)},
                              {"x", axis(f.x)},
                              {"y", axis(f.y)},
                              {"scenarios", std::move(scenarios)}};
  // The results of every statement the frame cites, as the results endpoint gives them.
  std::vector<StatementResult> behind;
  for (const auto& r : v.results)
    if (std::find(cited.begin(), cited.end(), r.statement.id) != cited.end()) behind.push_back(r);
  out["results"] = results_json(behind);
  return out;
}

}  // namespace cps::api
