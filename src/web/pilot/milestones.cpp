// Milestones: the list with a link to change each and a button to remove it, and one form to
// add a milestone or change the one chosen (?edit=id): title, due date, status, the day it was
// reached and a note.
#include "web/pilot/parts.hpp"

namespace cps::web {

http::Response PilotPages::milestones(http::Request& r, Language lang, const Visit& v) {
  return milestones_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response PilotPages::save_milestone(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto read = read_milestone(json::value(json::object{{"title", text::trim(f.get("title"))},
                                                      {"due", text::trim(f.get("due"))},
                                                      {"status", f.get("status")},
                                                      {"reached_on", text::trim(f.get("reached_on"))},
                                                      {"note", text::trim(f.get("note"))}}));
  if (!read) return milestones_page(r, lang, v, &f, form_error(site_, lang, read.error()), form_status(read.error()));
  if (auto mid = http::path_id<MilestoneId>(r, "mid")) read->id = *mid;
  auto saved = pilots_.save_milestone(v.principal, *id, revision_of(f), std::move(*read));
  if (!saved) return milestones_page(r, lang, v, &f, form_error(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, pilot_href(lang, *id) + "/milestones?done=saved");
}

http::Response PilotPages::delete_milestone(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  auto mid = http::path_id<MilestoneId>(r, "mid");
  if (!id || !mid) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = pilots_.delete_milestone(v.principal, *id, revision_of(f), *mid);
  if (!done) return milestones_page(r, lang, v, nullptr, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, pilot_href(lang, *id) + "/milestones?done=deleted");
}

http::Response PilotPages::milestones_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                           Object extra, Status status) {
  auto found = load(r, lang, v);
  if (!found) return site_.error_page(r, found.error());
  const Pilot& p = *found;
  const Capabilities can = pilots_.capabilities(v.principal, p);
  const auto& cat = site_.catalogue();
  const std::string base = pilot_href(lang, p.id);
  std::optional<MilestoneId> editing = http::path_id<MilestoneId>(r, "mid");
  if (!editing)
    if (auto n = text::parse_int(r.query_value("edit").value_or("")); n && *n > 0) editing = MilestoneId(*n);
  const Milestone* shown = nullptr;
  List rows;
  for (const auto& m : p.milestones) {
    if (editing && m.id == *editing) shown = &m;
    std::string mid = std::to_string(m.id.value());
    rows.push_back(Object{{"title", m.title},
                          {"due", date_text(cat, lang, m.due)},
                          {"status", site_.tr(lang, milestone_status_label(m.status))},
                          {"status_code", std::string(to_string(m.status))},
                          {"reached_on", m.reached_on.empty() ? std::string() : date_text(cat, lang, m.reached_on)},
                          {"has_reached_on", !m.reached_on.empty()},
                          {"note", m.note},
                          {"edit_href", base + "/milestones?edit=" + mid + "#milestone-form"},
                          {"delete_action", base + "/milestones/" + mid + "/delete"}});
  }
  auto field = [&](const char* name, const std::string& stored) { return typed ? typed->get(name) : stored; };
  Object data{{"rows", rows},
              {"has_rows", !rows.empty()},
              {"editing", shown != nullptr},
              {"action", shown ? base + "/milestones/" + std::to_string(shown->id.value()) : base + "/milestones"},
              {"new_href", base + "/milestones#milestone-form"},
              {"m_title", field("title", shown ? shown->title : "")},
              {"due", field("due", shown ? shown->due : "")},
              {"statuses", choices(site_, lang, kMilestoneStatusNames, milestone_status_label,
                                   field("status", shown ? std::string(to_string(shown->status)) : "open"))},
              {"reached_on", field("reached_on", shown ? shown->reached_on : "")},
              {"note", field("note", shown ? shown->note : "")}};
  if (auto done = r.query_value("done")) {
    if (*done == "saved") data["notice"] = site_.tr(lang, N_("The milestone is saved."));
    if (*done == "deleted") data["notice"] = site_.tr(lang, N_("The milestone is removed."));
  }
  merge(data, heading(lang, p, can));
  merge(data, std::move(extra));
  return site_.page(r, lang, "pilot_milestones", site_.tr(lang, N_("Milestones")), std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
