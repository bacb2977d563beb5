// Scenarios of a finished Delphi study: the drivers and key uncertainties with their results, the
// 2 × 2 frame with a narrative per quadrant and the statements behind each, and the organiser's
// form that saves the whole frame (works without JavaScript).
#include <cstdlib>
#include <map>
#include <set>

#include "domain/foresight/delphi_input.hpp"
#include "web/foresight/parts.hpp"
#include "web/markdown.hpp"

namespace cps::web {

using namespace foresight_parts;
namespace json = boost::json;

namespace {

const char* quadrant_label(Quadrant q) {
  switch (q) {
    case Quadrant::high_high: return N_("Both axes high");
    case Quadrant::low_high: return N_("Horizontal axis low, vertical axis high");
    case Quadrant::low_low: return N_("Both axes low");
    case Quadrant::high_low: return N_("Horizontal axis high, vertical axis low");
  }
  return "";
}

// What the form shows: as typed after a refusal, else as stored.
struct FormState {
  std::string revision = "0";
  std::set<std::string> drivers, uncertainties;
  std::string x_statement, x_low, x_high, y_statement, y_low, y_high;
  struct Quarter {
    std::string title, narrative;
    std::set<std::string> statements;
  };
  std::map<Quadrant, Quarter> quarters;
};

std::set<std::string> id_set(const std::vector<StatementId>& ids) {
  std::set<std::string> out;
  for (auto id : ids) out.insert(std::to_string(id.value()));
  return out;
}

FormState stored_state(const std::optional<ScenarioFrame>& frame) {
  FormState s;
  if (!frame) return s;
  s.revision = std::to_string(frame->revision);
  s.drivers = id_set(frame->drivers);
  s.uncertainties = id_set(frame->uncertainties);
  s.x_statement = std::to_string(frame->x.statement.value());
  s.x_low = frame->x.low;
  s.x_high = frame->x.high;
  s.y_statement = std::to_string(frame->y.statement.value());
  s.y_low = frame->y.low;
  s.y_high = frame->y.high;
  for (const auto& sc : frame->scenarios) s.quarters[sc.quadrant] = {sc.title, sc.narrative, id_set(sc.statements)};
  return s;
}

FormState typed_state(const Form& f) {
  FormState s;
  s.revision = f.get("revision");
  for (const auto& v : f.all("drivers")) s.drivers.insert(v);
  for (const auto& v : f.all("uncertainties")) s.uncertainties.insert(v);
  s.x_statement = f.get("x_statement");
  s.x_low = f.get("x_low");
  s.x_high = f.get("x_high");
  s.y_statement = f.get("y_statement");
  s.y_low = f.get("y_low");
  s.y_high = f.get("y_high");
  for (auto q : kAllQuadrants) {
    std::string p(to_string(q));
    FormState::Quarter quarter{f.get(p + "_title"), f.get(p + "_narrative"), {}};
    for (const auto& v : f.all(p + "_statements")) quarter.statements.insert(v);
    s.quarters[q] = std::move(quarter);
  }
  return s;
}

// The form's fields as the API's JSON body, for the one reader of the shape.
json::object form_body(const Form& f) {
  auto ids = [&](const std::string& name) {
    json::array a;
    for (const auto& v : f.all(name)) a.push_back(json::value(v));
    return a;
  };
  json::array scenarios;
  for (auto q : kAllQuadrants) {
    std::string p(to_string(q));
    scenarios.push_back(json::object{{"quadrant", p}, {"title", f.get(p + "_title")},
                                     {"narrative", f.get(p + "_narrative")}, {"statements", ids(p + "_statements")}});
  }
  return json::object{{"drivers", ids("drivers")},
                      {"uncertainties", ids("uncertainties")},
                      {"x", json::object{{"statement", f.get("x_statement")}, {"low", f.get("x_low")}, {"high", f.get("x_high")}}},
                      {"y", json::object{{"statement", f.get("y_statement")}, {"low", f.get("y_low")}, {"high", f.get("y_high")}}},
                      {"scenarios", std::move(scenarios)}};
}

}  // namespace

http::Response ForesightPages::scenarios(http::Request& r, Language lang, const Visit& v) {
  return scenarios_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response ForesightPages::save_scenarios(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto input = read_scenario_frame(form_body(f));
  if (!input) return scenarios_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto saved = delphi_.save_scenarios(v.principal, *id, std::atoi(f.get("revision").c_str()), std::move(*input));
  if (!saved) return scenarios_page(r, lang, v, &f, form_error(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, study_href(lang, *id) + "/scenarios?done=saved");
}

http::Response ForesightPages::scenarios_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                              Object extra, Status status) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = delphi_.scenarios(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const ScenarioView& view = *found;
  const StopRules& rules = view.study.rules;
  const std::string base = study_href(lang, view.study.id);

  std::map<std::int64_t, const StatementResult*> by_id;
  for (const auto& result : view.results) by_id[result.statement.id.value()] = &result;
  // A statement with its standing and last round, as the frame and its evidence cite it.
  auto cited = [&](StatementId sid) {
    Object o{{"id", std::to_string(sid.value())}};
    auto it = by_id.find(sid.value());
    if (it == by_id.end()) return o;
    const StatementResult& result = *it->second;
    o["position"] = std::to_string(result.statement.position);
    o["text"] = result.statement.text;
    o["standing"] = site_.tr(lang, standing_label(result.standing));
    o["standing_code"] = std::string(to_string(result.standing));
    if (!result.rounds.empty()) {
      Object round = round_data(site_, lang, rules, result.rounds.back());
      if (auto it = round.find("summary"); it != round.end() && it->second.is_string()) o["summary"] = it->second.string_value();
    }
    return o;
  };
  auto text_of = [&](StatementId sid) {
    auto it = by_id.find(sid.value());
    return it == by_id.end() ? std::string() : it->second->statement.text;
  };

  Object data{{"title", view.study.title},
              {"study_href", base},
              {"list_href", Site::prefix(lang) + "/foresight/delphi"},
              {"action", base + "/scenarios"},
              {"json_href", "/api/v1/delphi/" + std::to_string(view.study.id.value()) + "/scenarios"},
              {"finished", view.study.finished}};
  if (r.query_value("done") == "saved") data["notice"] = site_.tr(lang, N_("The scenarios are saved."));

  if (view.frame) {
    const ScenarioFrame& frame = *view.frame;
    List drivers, uncertainties;
    for (auto sid : frame.drivers) drivers.push_back(cited(sid));
    for (auto sid : frame.uncertainties) uncertainties.push_back(cited(sid));
    std::map<Quadrant, const Scenario*> at;
    for (const auto& sc : frame.scenarios) at[sc.quadrant] = &sc;
    auto cell = [&](Quadrant q) {
      return Object{{"quadrant", std::string(to_string(q))}, {"title", at.count(q) ? at[q]->title : std::string()}};
    };
    List stories;
    for (auto q : kAllQuadrants) {
      if (!at.count(q)) continue;
      const Scenario& sc = *at[q];
      List evidence;
      for (auto sid : sc.statements) evidence.push_back(cited(sid));
      stories.push_back(Object{{"quadrant", std::string(to_string(q))},
                               {"title", sc.title},
                               {"where", text::fill(site_.tr(lang, N_("{x}; {y}")),
                                                    {{"x", x_high(q) ? frame.x.high : frame.x.low},
                                                     {"y", y_high(q) ? frame.y.high : frame.y.low}})},
                               {"position_label", site_.tr(lang, quadrant_label(q))},
                               {"narrative_html", render_markdown(sc.narrative)},
                               {"evidence", evidence},
                               {"has_evidence", !evidence.empty()}});
    }
    data["frame"] = Object{{"drivers", drivers},
                           {"uncertainties", uncertainties},
                           {"x_text", text_of(frame.x.statement)},
                           {"x_low", frame.x.low},
                           {"x_high", frame.x.high},
                           {"y_text", text_of(frame.y.statement)},
                           {"y_low", frame.y.low},
                           {"y_high", frame.y.high},
                           {"top", List{cell(Quadrant::low_high), cell(Quadrant::high_high)}},
                           {"bottom", List{cell(Quadrant::low_low), cell(Quadrant::high_low)}},
                           {"stories", stories}};
  }

  if (view.can_edit) {
    FormState state = typed ? typed_state(*typed) : stored_state(view.frame);
    auto choices = [&](const std::set<std::string>& checked) {
      List out;
      for (const auto& result : view.results) {
        std::string sid = std::to_string(result.statement.id.value());
        out.push_back(Object{{"id", sid},
                             {"position", std::to_string(result.statement.position)},
                             {"text", result.statement.text},
                             {"standing", site_.tr(lang, standing_label(result.standing))},
                             {"checked", checked.count(sid) > 0},
                             {"selected_x", state.x_statement == sid},
                             {"selected_y", state.y_statement == sid}});
      }
      return out;
    };
    // The field a refusal names, to mark it in its quarter.
    std::string error_field;
    if (auto it = extra.find("error_field"); it != extra.end() && it->second.is_string())
      error_field = it->second.string_value();
    List quarters;
    for (auto q : kAllQuadrants) {
      const auto& quarter = state.quarters[q];
      quarters.push_back(Object{{"quadrant", std::string(to_string(q))},
                                {"label", site_.tr(lang, quadrant_label(q))},
                                {"title", quarter.title},
                                {"narrative", quarter.narrative},
                                {"statements", choices(quarter.statements)},
                                {"invalid_title", error_field == std::string(to_string(q)) + "_title"},
                                {"invalid_narrative", error_field == std::string(to_string(q)) + "_narrative"}});
    }
    data["edit"] = Object{{"revision", state.revision},
                          {"drivers", choices(state.drivers)},
                          {"uncertainties", choices(state.uncertainties)},
                          {"axes", choices({})},
                          {"x_low", state.x_low},
                          {"x_high", state.x_high},
                          {"y_low", state.y_low},
                          {"y_high", state.y_high},
                          {"quarters", quarters}};
  }
  merge(data, std::move(extra));
  return site_.page(r, lang, "delphi_scenarios",
                    text::fill(site_.tr(lang, N_("Scenarios: {study}")), {{"study", view.study.title}}), std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
