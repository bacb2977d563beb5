// The indicators form: the pilot's indicators with a link to change each and a button to
// remove it, and one form to add an indicator or change the one chosen (?edit=id): code,
// name, kind, unit, whether higher or lower is better, baseline with its date, target with
// its date, data source and the logframe entry it measures.
#include "web/pilot/parts.hpp"

namespace cps::web {

namespace {

json::object typed_indicator(const Form& f) {
  json::object out{{"code", text::trim(f.get("code"))},
                   {"name", text::trim(f.get("name"))},
                   {"kind", f.get("kind")},
                   {"unit", f.get("unit")},
                   {"direction", f.get("direction")},
                   {"target", json::object{{"value", json_number(f.get("target_value"))}, {"date", text::trim(f.get("target_date"))}}},
                   {"source", text::trim(f.get("source"))}};
  if (text::trim(f.get("baseline_value")).empty() && text::trim(f.get("baseline_date")).empty())
    out["baseline"] = nullptr;
  else
    out["baseline"] = json::object{{"value", json_number(f.get("baseline_value"))}, {"date", text::trim(f.get("baseline_date"))}};
  std::string logframe = text::trim(f.get("logframe"));
  out["logframe"] = logframe.empty() ? json::value(nullptr) : json::value(logframe);
  return out;
}

}  // namespace

http::Response PilotPages::indicators(http::Request& r, Language lang, const Visit& v) {
  return indicators_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response PilotPages::save_indicator(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  std::optional<IndicatorId> indicator = http::path_id<IndicatorId>(r, "iid");
  auto input = read_indicator(json::value(typed_indicator(f)));
  if (!input) return indicators_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto saved = pilots_.save_indicator(v.principal, *id, revision_of(f), indicator, std::move(*input));
  if (!saved) return indicators_page(r, lang, v, &f, form_error(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, pilot_href(lang, *id) + "/indicators?done=saved");
}

http::Response PilotPages::delete_indicator(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  auto indicator = http::path_id<IndicatorId>(r, "iid");
  if (!id || !indicator) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = pilots_.delete_indicator(v.principal, *id, revision_of(f), *indicator);
  if (!done) return indicators_page(r, lang, v, nullptr, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, pilot_href(lang, *id) + "/indicators?done=deleted");
}

http::Response PilotPages::indicators_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                           Object extra, Status status) {
  auto found = load(r, lang, v);
  if (!found) return site_.error_page(r, found.error());
  const Pilot& p = *found;
  const Capabilities can = pilots_.capabilities(v.principal, p);
  const auto& cat = site_.catalogue();
  const std::string base = pilot_href(lang, p.id);
  // The indicator being changed: the address's (a post to /indicators/{iid}) or ?edit=.
  std::optional<IndicatorId> editing = http::path_id<IndicatorId>(r, "iid");
  if (!editing)
    if (auto n = text::parse_int(r.query_value("edit").value_or("")); n && *n > 0) editing = IndicatorId(*n);
  const Indicator* shown = nullptr;
  for (const auto& i : p.indicators)
    if (editing && i.id == *editing) shown = &i;

  List rows;
  for (const auto& i : p.indicators) {
    std::string iid = std::to_string(i.id.value());
    rows.push_back(Object{{"code", i.code},
                          {"name", i.name},
                          {"kind", site_.tr(lang, indicator_kind_label(i.kind))},
                          {"unit", site_.tr(lang, unit_label(i.unit))},
                          {"direction", site_.tr(lang, direction_label(i.direction))},
                          {"baseline", i.baseline ? number_text(cat, lang, i.baseline->value) + " (" + date_text(cat, lang, i.baseline->date) + ")"
                                                  : site_.tr(lang, N_("none (counted from zero)"))},
                          {"target", number_text(cat, lang, i.target.value) + " (" + date_text(cat, lang, i.target.date) + ")"},
                          {"edit_href", base + "/indicators?edit=" + iid + "#indicator-form"},
                          {"delete_action", base + "/indicators/" + iid + "/delete"}});
  }
  auto field = [&](const char* name, const std::string& stored) { return typed ? typed->get(name) : stored; };
  List logframe;
  std::string chosen_logframe = field("logframe", shown && shown->logframe_code ? *shown->logframe_code : "");
  logframe.push_back(Object{{"code", std::string()}, {"name", site_.tr(lang, N_("(none)"))}, {"selected", chosen_logframe.empty()}});
  for (const auto& e : p.logframe)
    logframe.push_back(Object{{"code", e.code}, {"name", e.code + " · " + e.text}, {"selected", e.code == chosen_logframe}});
  Object data{
      {"rows", rows},
      {"has_rows", !rows.empty()},
      {"editing", shown != nullptr},
      {"action", shown ? base + "/indicators/" + std::to_string(shown->id.value()) : base + "/indicators"},
      {"new_href", base + "/indicators#indicator-form"},
      {"code", field("code", shown ? shown->code : "")},
      {"name", field("name", shown ? shown->name : "")},
      {"kinds", choices(site_, lang, kIndicatorKindNames, indicator_kind_label, field("kind", shown ? std::string(to_string(shown->kind)) : "output"))},
      {"units", choices(site_, lang, kUnitNames, unit_label, field("unit", shown ? std::string(to_string(shown->unit)) : "count"))},
      {"directions", choices(site_, lang, kDirectionNames, direction_label,
                             field("direction", shown ? std::string(to_string(shown->direction)) : "higher_is_better"))},
      {"baseline_value", field("baseline_value", shown && shown->baseline ? typed_number(shown->baseline->value) : "")},
      {"baseline_date", field("baseline_date", shown && shown->baseline ? shown->baseline->date : "")},
      {"target_value", field("target_value", shown ? typed_number(shown->target.value) : "")},
      {"target_date", field("target_date", shown ? shown->target.date : "")},
      {"source", field("source", shown ? shown->source : "")},
      {"logframe", logframe},
      {"frozen", p.baseline_version > 0}};
  if (auto done = r.query_value("done")) {
    if (*done == "saved") data["notice"] = site_.tr(lang, N_("The indicator is saved."));
    if (*done == "deleted") data["notice"] = site_.tr(lang, N_("The indicator is removed."));
  }
  merge(data, heading(lang, p, can));
  merge(data, std::move(extra));
  return site_.page(r, lang, "pilot_indicators", site_.tr(lang, N_("Indicators")), std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
