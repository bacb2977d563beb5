// Risks (seen by members only): the list with a link to change each and a button to remove
// it, and one form to add a risk or change the one chosen (?edit=id): description, likelihood,
// impact, mitigation and whether it is still open.
#include "web/pilot/parts.hpp"

namespace cps::web {

http::Response PilotPages::risks(http::Request& r, Language lang, const Visit& v) {
  return risks_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response PilotPages::save_risk(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto read = read_risk(json::value(json::object{{"description", text::trim(f.get("description"))},
                                                 {"likelihood", f.get("likelihood")},
                                                 {"impact", f.get("impact")},
                                                 {"mitigation", text::trim(f.get("mitigation"))},
                                                 {"status", f.get("status")}}));
  if (!read) return risks_page(r, lang, v, &f, form_error(site_, lang, read.error()), form_status(read.error()));
  if (auto rid = http::path_id<RiskId>(r, "rid")) read->id = *rid;
  auto saved = pilots_.save_risk(v.principal, *id, revision_of(f), std::move(*read));
  if (!saved) return risks_page(r, lang, v, &f, form_error(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, pilot_href(lang, *id) + "/risks?done=saved");
}

http::Response PilotPages::delete_risk(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  auto rid = http::path_id<RiskId>(r, "rid");
  if (!id || !rid) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = pilots_.delete_risk(v.principal, *id, revision_of(f), *rid);
  if (!done) return risks_page(r, lang, v, nullptr, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, pilot_href(lang, *id) + "/risks?done=deleted");
}

http::Response PilotPages::risks_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                      Object extra, Status status) {
  auto found = load(r, lang, v);
  if (!found) return site_.error_page(r, found.error());
  const Pilot& p = *found;
  const Capabilities can = pilots_.capabilities(v.principal, p);
  if (!can.see_internals) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  const std::string base = pilot_href(lang, p.id);
  std::optional<RiskId> editing = http::path_id<RiskId>(r, "rid");
  if (!editing)
    if (auto n = text::parse_int(r.query_value("edit").value_or("")); n && *n > 0) editing = RiskId(*n);
  const Risk* shown = nullptr;
  List rows;
  for (const auto& k : p.risks) {
    if (editing && k.id == *editing) shown = &k;
    std::string rid = std::to_string(k.id.value());
    rows.push_back(Object{{"description", k.description},
                          {"likelihood", site_.tr(lang, level_label(k.likelihood))},
                          {"impact", site_.tr(lang, level_label(k.impact))},
                          {"mitigation", k.mitigation},
                          {"status", site_.tr(lang, risk_status_label(k.status))},
                          {"edit_href", base + "/risks?edit=" + rid + "#risk-form"},
                          {"delete_action", base + "/risks/" + rid + "/delete"}});
  }
  auto field = [&](const char* name, const std::string& stored) { return typed ? typed->get(name) : stored; };
  Object data{{"rows", rows},
              {"has_rows", !rows.empty()},
              {"editing", shown != nullptr},
              {"action", shown ? base + "/risks/" + std::to_string(shown->id.value()) : base + "/risks"},
              {"new_href", base + "/risks#risk-form"},
              {"description", field("description", shown ? shown->description : "")},
              {"likelihoods", choices(site_, lang, kLevelNames, level_label,
                                      field("likelihood", shown ? std::string(to_string(shown->likelihood)) : "medium"))},
              {"impacts", choices(site_, lang, kLevelNames, level_label,
                                  field("impact", shown ? std::string(to_string(shown->impact)) : "medium"))},
              {"mitigation", field("mitigation", shown ? shown->mitigation : "")},
              {"statuses", choices(site_, lang, kRiskStatusNames, risk_status_label,
                                   field("status", shown ? std::string(to_string(shown->status)) : "open"))}};
  if (auto done = r.query_value("done")) {
    if (*done == "saved") data["notice"] = site_.tr(lang, N_("The risk is saved."));
    if (*done == "deleted") data["notice"] = site_.tr(lang, N_("The risk is removed."));
  }
  merge(data, heading(lang, p, can));
  merge(data, std::move(extra));
  return site_.page(r, lang, "pilot_risks", site_.tr(lang, N_("Risks")), std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
