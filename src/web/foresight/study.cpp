// A Delphi study's page — rules, the panel's balance, rounds and turnout, each statement's
// standing and statistics — and the organiser's forms: statements, panel, rounds, reminders.
#include <cstdlib>

#include "domain/foresight/delphi_input.hpp"
#include "web/account_labels.hpp"
#include "web/foresight/parts.hpp"

namespace cps::web {

using namespace foresight_parts;
namespace json = boost::json;

namespace {


const char* notice_of(std::string_view done) {
  if (done == "created") return N_("The study is created. Write its statements and invite the panel.");
  if (done == "statement") return N_("The statement is added.");
  if (done == "rules") return N_("The study and its rules are changed.");
  if (done == "reworded") return N_("The statement is reworded.");
  if (done == "invited") return N_("The person is invited to the panel and told by e-mail.");
  if (done == "opened") return N_("The round is open; the panel can answer.");
  if (done == "closed") return N_("The round is closed; its results are below.");
  if (done == "reminded") return N_("Those who have not answered yet are reminded by e-mail.");
  return nullptr;
}

}  // namespace

http::Response ForesightPages::study(http::Request& r, Language lang, const Visit& v) {
  return study_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

template <class T>
http::Response ForesightPages::after(http::Request& r, Language lang, const Visit& v, const Form& f,
                                     const Result<T>& done, const char* notice) {
  if (!done) return study_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  auto id = http::path_id<StudyId>(r, "id");
  return see_other(site_, r, study_href(lang, *id) + "?done=" + notice + "#" + notice);
}

http::Response ForesightPages::add_statement(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto input = read_statement(json::object{{"kind", f.get("kind")}, {"text", f.get("text")}});
  if (!input) return study_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  return after(r, lang, v, f, delphi_.add_statement(v.principal, *id, std::move(*input)), "statement");
}

// The rules' fields as the form sends them; the reader is the API's.
constexpr const char* kRuleFields[] = {"title", "description", "scale_min", "scale_max", "iqr_max",
                                       "agreement_from", "agreement_percent", "horizon_iqr_max",
                                       "stability_percent", "max_rounds", "horizon_from", "horizon_to"};

http::Response ForesightPages::change_rules(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  json::object given;
  for (const char* field : kRuleFields) given[field] = f.get(field);
  auto input = read_study(given);
  int revision = std::atoi(f.get("revision").c_str());
  if (!input) return study_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  return after(r, lang, v, f, delphi_.change(v.principal, *id, revision, std::move(*input)), "rules");
}

http::Response ForesightPages::change_statement(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<StudyId>(r, "id");
  auto statement = http::path_id<StatementId>(r, "statement");
  if (!id || !statement) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto input = read_statement(json::object{{"kind", f.get("kind")}, {"text", f.get("text")}});
  if (!input) return study_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  return after(r, lang, v, f, delphi_.change_statement(v.principal, *id, *statement, std::move(*input)), "reworded");
}

http::Response ForesightPages::invite(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto input = read_panel_member(json::object{{"user", f.get("user")}, {"area", f.get("area")}});
  if (!input) return study_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  return after(r, lang, v, f, delphi_.invite(v.principal, *id, *input), "invited");
}

http::Response ForesightPages::open_round(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto closes_at = read_round_opening(json::object{{"closes_at", f.get("closes_at")}});
  if (!closes_at)
    return study_page(r, lang, v, &f, form_error(site_, lang, closes_at.error()), form_status(closes_at.error()));
  return after(r, lang, v, f, delphi_.open_round(v.principal, *id, *closes_at), "opened");
}

http::Response ForesightPages::close_round(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  return after(r, lang, v, f, delphi_.close_round(v.principal, *id), "closed");
}

http::Response ForesightPages::remind(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  return after(r, lang, v, f, delphi_.remind(v.principal, *id), "reminded");
}

http::Response ForesightPages::study_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                          Object extra, Status status) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = delphi_.study(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const StudyView& view = *found;
  const StopRules& rules = view.study.rules;
  const std::string base = study_href(lang, view.study.id);

  Object data{{"title", view.study.title},
              {"description", view.study.description},
              {"base", base},
              {"list_href", Site::prefix(lang) + "/foresight/delphi"},
              {"csv_href", "/api/v1/delphi/" + std::to_string(view.study.id.value()) + "/results.csv"},
              {"json_href", "/api/v1/delphi/" + std::to_string(view.study.id.value()) + "/results"},
              {"answer_href", base + "/answer"},
              {"methods_href", base + "/methods"},
              {"scenarios_href", base + "/scenarios"},
              {"can_answer", view.can.answer},
              {"organise", view.can.organise},
              {"add_statement", view.can.add_statement},
              {"open_round", view.can.open_round},
              {"close_round", view.can.close_round},
              {"finished", view.study.finished}};
  if (auto done = r.query_value("done"))
    if (const char* notice = notice_of(*done)) data["notice"] = site_.tr(lang, notice);

  // The rules, fixed when round 1 opened.
  data["rule_scale"] = text::fill(site_.tr(lang, N_("Ratings from {min} to {max}; time horizons in years from {from} to {to}, or “never”.")),
                                  {{"min", std::to_string(rules.scale_min)}, {"max", std::to_string(rules.scale_max)},
                                   {"from", std::to_string(rules.horizon_from)}, {"to", std::to_string(rules.horizon_to)}});
  data["rule_consensus"] = text::fill(
      site_.tr(lang, N_("Consensus: interquartile range at most {iqr} and at least {percent} % of the answers from {from} to {max} (or, mirrored, at the bottom of the scale).")),
      {{"iqr", figure(rules.iqr_max)}, {"percent", figure(rules.agreement_percent)},
       {"from", std::to_string(rules.agreement_from)}, {"max", std::to_string(rules.scale_max)}});
  data["rule_horizon"] = text::fill(
      site_.tr(lang, N_("Time horizons: consensus when the interquartile range is at most {years} years and few answer “never”, or when at least {percent} % answer “never”.")),
      {{"years", figure(rules.horizon_iqr_max)}, {"percent", figure(rules.agreement_percent)}});
  data["rule_stability"] = text::fill(
      site_.tr(lang, N_("Stable dissent: no consensus, and at most {percent} % of those who answered both rounds changed their answer.")),
      {{"percent", figure(rules.stability_percent)}});
  data["rule_rounds"] = text::fill(site_.tr(lang, N_("At most {rounds} rounds.")), {{"rounds", std::to_string(rules.max_rounds)}});

  // The panel and its balance.
  data["panel_size"] = std::to_string(view.panel_size);
  List balance;
  for (const auto& d : view.balance) {
    List groups;
    for (const auto& [group, n] : d.groups)
      groups.push_back(Object{{"group", group_label(site_, lang, d.dimension, group)}, {"count", std::to_string(n)}});
    Object dim{{"label", site_.tr(lang, dimension_label(d.dimension))}, {"groups", groups}, {"id", d.dimension}};
    if (d.dominant)
      dim["warning"] = text::fill(site_.tr(lang, N_("One group holds more than half of the panel: {group}. Consider inviting others.")),
                                  {{"group", group_label(site_, lang, d.dimension, *d.dominant)}});
    balance.push_back(dim);
  }
  data["balance"] = balance;
  List panel;
  for (const auto& m : view.panel)
    panel.push_back(Object{{"name", m.name}, {"country", m.country ? m.country->str() : std::string()}, {"area", m.area}});
  data["panel"] = panel;
  data["has_panel_names"] = !panel.empty();

  // Rounds and turnout.
  List rounds;
  for (const auto& t : view.rounds)
    rounds.push_back(Object{{"number", std::to_string(t.round)},
                            {"state", site_.tr(lang, t.state == RoundState::open ? N_("open") : N_("closed"))},
                            {"answered", text::fill(site_.tr(lang, N_("{answered} of {panel}")),
                                                    {{"answered", std::to_string(t.answered)}, {"panel", std::to_string(t.panel)}})},
                            {"dropped", std::to_string(t.dropped)}});
  data["rounds"] = rounds;
  data["has_rounds"] = !rounds.empty();

  // Statements with their standing and last round's statistics.
  List statements;
  for (const auto& result : view.results) {
    Object s{{"position", std::to_string(result.statement.position)},
             {"text", result.statement.text},
             {"kind", site_.tr(lang, kind_label(result.statement.kind))},
             {"standing", site_.tr(lang, standing_label(result.standing))},
             {"standing_code", std::string(to_string(result.standing))},
             {"asked", !result.rounds.empty()}};
    if (!result.rounds.empty()) {
      Object last = round_data(site_, lang, rules, result.rounds.back());
      merge(s, std::move(last));
    }
    List breakdowns;
    for (const auto& b : result.breakdowns)
      breakdowns.push_back(Object{{"text", text::fill(site_.tr(lang, N_("{dimension} {group}: median {median} ({respondents} respondents)")),
                                                      {{"dimension", site_.tr(lang, dimension_label(b.dimension))},
                                                       {"group", group_label(site_, lang, b.dimension, b.group)},
                                                       {"median", figure(b.median)},
                                                       {"respondents", std::to_string(b.respondents)}})}});
    // Rewording, for a statement not yet put to the panel (the service refuses the others: the
    // answers keep the words they answered).
    if (view.can.add_statement && result.statement.first_round > view.study.rounds_held) {
      bool this_one = typed && typed->get("statement") == std::to_string(result.statement.id.value());
      std::string kind = this_one ? typed->get("kind") : std::string(to_string(result.statement.kind));
      List kinds;
      for (auto k : kAllStatementKinds)
        kinds.push_back(Object{{"code", std::string(to_string(k))}, {"label", site_.tr(lang, kind_label(k))},
                               {"selected", kind == to_string(k)}});
      s["reword"] = Object{{"action", base + "/statements/" + std::to_string(result.statement.id.value())},
                           {"id", std::to_string(result.statement.id.value())},
                           {"kinds", kinds},
                           {"text", this_one ? typed->get("text") : result.statement.text},
                           {"invalid", this_one && extra.contains("error")}};
    }
    s["breakdowns"] = breakdowns;
    s["has_breakdowns"] = !breakdowns.empty();
    if (result.hidden_groups > 0)
      s["hidden"] = text::fill(site_.tr(lang, N_("{count} groups of fewer than 5 respondents are not shown.")),
                               {{"count", std::to_string(result.hidden_groups)}});
    statements.push_back(s);
  }
  data["statements"] = statements;
  data["has_statements"] = !statements.empty();

  // The organiser's forms.
  if (view.can.organise) {
    std::string kind = typed ? typed->get("kind") : std::string();
    List kinds;
    for (auto k : kAllStatementKinds)
      kinds.push_back(Object{{"code", std::string(to_string(k))}, {"label", site_.tr(lang, kind_label(k))},
                             {"selected", kind == to_string(k)}});
    data["kinds"] = kinds;
    data["typed_text"] = typed ? typed->get("text") : std::string();
    data["typed_area"] = typed ? typed->get("area") : std::string();
    std::string chosen = typed ? typed->get("user") : std::string();
    List people;
    if (auto all = accounts_.people(v.principal))
      for (const auto& p : *all) {
        std::string id = std::to_string(p.user.id.value());
        std::string label = p.user.display_name;
        if (p.organisation) label += " · " + p.organisation->text(i18n::code(lang)).name;
        people.push_back(Object{{"id", id}, {"label", label}, {"selected", id == chosen}});
      }
    data["people"] = people;
  }
  // The rules' form, before round 1: every rule, as typed or as stored.
  if (view.can.edit_rules) {
    bool mine = typed && !typed->get("revision").empty();
    auto value = [&](const char* field, const std::string& stored) { return mine ? typed->get(field) : stored; };
    data["edit_rules"] = Object{
        {"revision", std::to_string(view.study.revision)},
        {"title", value("title", view.study.title)},
        {"description", value("description", view.study.description)},
        {"scale_min", value("scale_min", std::to_string(rules.scale_min))},
        {"scale_max", value("scale_max", std::to_string(rules.scale_max))},
        {"iqr_max", value("iqr_max", figure(rules.iqr_max))},
        {"agreement_from", value("agreement_from", std::to_string(rules.agreement_from))},
        {"agreement_percent", value("agreement_percent", figure(rules.agreement_percent))},
        {"horizon_iqr_max", value("horizon_iqr_max", figure(rules.horizon_iqr_max))},
        {"stability_percent", value("stability_percent", figure(rules.stability_percent))},
        {"max_rounds", value("max_rounds", std::to_string(rules.max_rounds))},
        {"horizon_from", value("horizon_from", std::to_string(rules.horizon_from))},
        {"horizon_to", value("horizon_to", std::to_string(rules.horizon_to))}};
  }
  merge(data, std::move(extra));
  return site_.page(r, lang, "delphi_study", view.study.title, std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
