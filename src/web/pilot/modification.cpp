// Change control of an approved baseline: the form to request a modification (a reason, new
// targets beside the current and original ones, a new budget or end date) and, for the lead
// partner, the open request with its approval or rejection (a rejection needs a note); below,
// every earlier request with its decision.
#include "web/pilot/parts.hpp"

namespace cps::web {

http::Response PilotPages::modification(http::Request& r, Language lang, const Visit& v) {
  return modification_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response PilotPages::request_modification(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  json::array targets;
  auto codes = f.all("indicator"), values = f.all("target_value"), dates = f.all("target_date");
  for (std::size_t i = 0; i < codes.size(); ++i) {
    auto at = [i](const std::vector<std::string>& v) { return i < v.size() ? text::trim(v[i]) : std::string(); };
    // A row left empty keeps the indicator's target.
    if (at(values).empty() && at(dates).empty()) continue;
    targets.push_back(json::object{{"indicator", codes[i]},
                                   {"target", json::object{{"value", json_number(at(values))}, {"date", at(dates)}}}});
  }
  json::object body{{"reason", text::trim(f.get("reason"))}, {"targets", targets}, {"logframe", nullptr}};
  body["budget"] = text::trim(f.get("budget")).empty() ? json::value(nullptr) : json_number(f.get("budget"));
  body["ends"] = text::trim(f.get("ends")).empty() ? json::value(nullptr) : json::value(text::trim(f.get("ends")));
  auto read = read_modification(json::value(body));
  if (!read) return modification_page(r, lang, v, &f, form_error(site_, lang, read.error()), form_status(read.error()));
  auto saved = pilots_.request_modification(v.principal, *id, revision_of(f), std::move(*read));
  if (!saved) return modification_page(r, lang, v, &f, form_error(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, pilot_href(lang, *id) + "/modification?done=requested");
}

http::Response PilotPages::decide_modification(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  auto mid = http::path_id<ModificationId>(r, "mid");
  if (!id || !mid) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  std::string decision = f.get("decision");
  if (decision != "approve" && decision != "reject") {
    Error e{ErrorKind::invalid, N_("Choose whether to approve or reject the request."), "decision"};
    return modification_page(r, lang, v, nullptr, form_error(site_, lang, e), form_status(e));
  }
  auto done = pilots_.decide_modification(v.principal, *id, revision_of(f), *mid,
                                          decision == "approve" ? Decision::approve : Decision::reject,
                                          text::trim(f.get("note")));
  if (!done) return modification_page(r, lang, v, nullptr, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, pilot_href(lang, *id) + "/modification?done=decided");
}

http::Response PilotPages::modification_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                             Object extra, Status status) {
  auto found = load(r, lang, v);
  if (!found) return site_.error_page(r, found.error());
  const Pilot& p = *found;
  const Capabilities can = pilots_.capabilities(v.principal, p);
  if (!can.see_internals) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  const auto& cat = site_.catalogue();
  const std::string base = pilot_href(lang, p.id);
  auto measure = [&](const Measure& m) { return number_text(cat, lang, m.value) + " (" + date_text(cat, lang, m.date) + ")"; };

  List targets;
  auto typed_codes = typed ? typed->all("indicator") : std::vector<std::string>{};
  for (std::size_t k = 0; k < p.indicators.size(); ++k) {
    const Indicator& i = p.indicators[k];
    std::string value, date;
    if (typed && k < typed_codes.size()) {
      auto values = typed->all("target_value"), dates = typed->all("target_date");
      value = k < values.size() ? values[k] : "";
      date = k < dates.size() ? dates[k] : "";
    }
    bool changed = i.original_target && !(*i.original_target == i.target);
    targets.push_back(Object{{"n", std::to_string(k + 1)},
                             {"code", i.code},
                             {"name", i.name},
                             {"unit", site_.tr(lang, unit_label(i.unit))},
                             {"direction", site_.tr(lang, direction_label(i.direction))},
                             {"current", measure(i.target)},
                             {"changed", changed},
                             {"original", changed ? measure(*i.original_target) : std::string()},
                             {"value", value},
                             {"date", date}});
  }
  List open, earlier;
  for (const auto& m : p.modifications) {
    List changes;
    for (const auto& c : m.targets) {
      std::string current;
      for (const auto& i : p.indicators)
        if (i.code == c.indicator) current = measure(i.original_target.value_or(i.target));
      changes.push_back(Object{{"text", text::fill(site_.tr(lang, N_("Target of {indicator}: {target} (approved: {original})")),
                                                   {{"indicator", c.indicator}, {"target", measure(c.target)}, {"original", current}})}});
    }
    if (m.budget)
      changes.push_back(Object{{"text", text::fill(site_.tr(lang, N_("Budget: {amount} (approved: {original})")),
                                                   {{"amount", euro_text(cat, lang, *m.budget)},
                                                    {"original", euro_text(cat, lang, p.original_budget.value_or(p.budget))}})}});
    if (m.ends)
      changes.push_back(Object{{"text", text::fill(site_.tr(lang, N_("End date: {date} (approved: {original})")),
                                                   {{"date", date_text(cat, lang, *m.ends)},
                                                    {"original", date_text(cat, lang, p.original_ends.empty() ? p.ends : p.original_ends)}})}});
    if (m.logframe) changes.push_back(Object{{"text", site_.tr(lang, N_("A new logframe"))}});
    Object row{{"reason", m.reason},
               {"status", site_.tr(lang, modification_status_label(m.status))},
               {"status_code", std::string(to_string(m.status))},
               {"requested_at", date_text(cat, lang, day_of(m.requested_at))},
               {"decided_at", m.decided_at ? date_text(cat, lang, day_of(m.decided_at)) : std::string()},
               {"has_decided_at", m.decided_at != 0},
               {"changes", changes},
               {"note", m.decision_note},
               {"has_note", !m.decision_note.empty()},
               {"version", std::to_string(m.version)},
               {"decision_action", base + "/modifications/" + std::to_string(m.id.value()) + "/decision"}};
    (m.status == ModificationStatus::requested ? open : earlier).push_back(row);
  }
  auto field = [&](const char* name) { return typed ? typed->get(name) : std::string(); };
  Object data{{"action", base + "/modification"},
              {"may_request", can.request_modification && open.empty()},
              {"may_decide", can.decide_modification},
              {"targets", targets},
              {"has_targets", !targets.empty()},
              {"reason", field("reason")},
              {"budget", field("budget")},
              {"ends", field("ends")},
              {"current_budget", euro_text(cat, lang, p.budget)},
              {"current_ends", date_text(cat, lang, p.ends)},
              {"open", open},
              {"has_open", !open.empty()},
              {"earlier", earlier},
              {"has_earlier", !earlier.empty()}};
  if (auto done = r.query_value("done")) {
    if (*done == "requested") data["notice"] = site_.tr(lang, N_("The modification is requested."));
    if (*done == "decided") data["notice"] = site_.tr(lang, N_("The modification request is decided."));
  }
  merge(data, heading(lang, p, can));
  merge(data, std::move(extra));
  return site_.page(r, lang, "pilot_modification", site_.tr(lang, N_("Modifications")), std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
