// One activity of the work plan: its texts, areas, phase, responsible partners, periods and
// due date (with the approved ones beside them when a modification changed them), its light,
// and the form a responsible partner, the area's coordinator or the lead partner updates its
// status and progress with.
#include <boost/json.hpp>

#include "domain/accounts/policy.hpp"
#include "domain/monitoring/monitoring_input.hpp"
#include "web/markdown.hpp"
#include "web/monitoring/parts.hpp"

namespace cps::web {

namespace json = boost::json;

namespace {

std::string periods_text(const std::vector<int>& periods) {
  std::string out;
  for (int p : periods) out += (out.empty() ? "" : ", ") + std::to_string(p);
  return out.empty() ? "–" : out;
}

// Whether the viewer may update the activity, asked of the policy as the service asks it: for
// the activity's areas, or for one of its responsible partners.
bool may_update(const accounts::Principal& who, const Activity& a) {
  if (!who.signed_in()) return false;
  std::vector<std::string> areas;
  for (const auto& area : a.areas) areas.push_back(area.str());
  if (accounts::allowed(who, accounts::Action::update_activity, accounts::Target{.areas = areas})) return true;
  return std::ranges::any_of(a.responsible, [&](accounts::OrganisationId org) {
    return accounts::allowed(who, accounts::Action::update_activity, accounts::Target{.organisation = org});
  });
}

}  // namespace

http::Response MonitoringPages::activity(http::Request& r, Language lang, const Visit& v) {
  return activity_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response MonitoringPages::activity_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                              bhttp::status status) {
  if (auto stop = sign_in_first(site_, r, v)) return std::move(*stop);
  auto id = http::path_id<ActivityId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto plan = monitoring_.work_plan(v.principal);
  if (!plan) return site_.error_page(r, plan.error());
  std::size_t at = 0;
  while (at < plan->activities.size() && plan->activities[at].id != *id) ++at;
  if (at == plan->activities.size()) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  const Activity& a = plan->activities[at];
  const ActivityText& text = text_in(a, std::string(i18n::code(lang)));
  auto names = area_names(site_, reference_, lang);

  List areas;
  for (const auto& area : a.areas) {
    auto n = names.find(area.str());
    areas.push_back(Object{{"name", n != names.end() ? n->second : area.str()},
                           {"href", Site::prefix(lang) + "/areas/" + area.str()}});
  }
  List responsible;
  for (const auto& name : a.responsible_names) responsible.push_back(Object{{"name", name}});
  List statuses;
  std::string typed_status = std::string(to_string(a.status));
  if (auto it = extra.find("typed_status"); it != extra.end() && it->second.is_string())
    typed_status = it->second.string_value();
  for (auto s : values_of(kActivityStatusNames))
    statuses.push_back(Object{{"code", std::string(to_string(s))},
                              {"name", site_.tr(lang, activity_status_label(s))},
                              {"selected", to_string(s) == typed_status}});
  Object data = light(site_, lang, at < plan->lights.size() ? plan->lights[at] : Light::grey);
  merge(data, Object{{"code", a.code},
                     {"title", text.title},
                     {"description_html", render_markdown(text.description)},
                     {"kind", site_.tr(lang, activity_kind_label(a.kind))},
                     {"phase", site_.tr(lang, phase_label(a.phase))},
                     {"areas", areas},
                     {"horizontal", a.areas.empty()},
                     {"responsible", responsible},
                     {"has_responsible", !responsible.empty()},
                     {"periods", periods_text(a.periods)},
                     {"due", a.due.empty() ? std::string("–") : a.due},
                     {"original_due", a.original_due},
                     {"has_original_due", !a.original_due.empty() && a.original_due != a.due},
                     {"original_periods", periods_text(a.original_periods)},
                     {"has_original_periods", !a.original_periods.empty() && a.original_periods != a.periods},
                     {"status", site_.tr(lang, activity_status_label(a.status))},
                     {"progress", std::to_string(a.progress)},
                     {"status_note", a.status_note},
                     {"has_status_note", !a.status_note.empty()},
                     {"updated", day_of(a.updated_at)},
                     {"statuses", statuses},
                     {"typed_progress", std::to_string(a.progress)},
                     {"typed_note", a.status_note},
                     {"may_update", may_update(v.principal, a)},
                     {"action", monitoring_href(lang, "/activities/" + std::to_string(a.id.value()))},
                     {"workplan_href", monitoring_href(lang, "/workplan")},
                     {"changes_href", monitoring_href(lang, "/changes")}});
  if (r.query_value("done") == "updated") data["notice"] = site_.tr(lang, N_("The activity is updated."));
  merge(data, frame(site_, lang, "workplan"));
  merge(data, std::move(extra));
  return site_.page(r, lang, "monitoring_activity", a.code + " · " + text.title, std::move(data),
                    PageOptions{status, {}, {}});
}

http::Response MonitoringPages::update_activity(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ActivityId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto progress = text::parse_int(text::trim(f.get("progress")));
  Result<ActivityUpdate> input =
      progress ? read_activity_update(json::object{{"status", f.get("status")},
                                                  {"progress", *progress},
                                                  {"status_note", text::trim(f.get("status_note"))}})
               : Result<ActivityUpdate>(fail(ErrorKind::invalid, N_("Enter the progress as a whole number from 0 to 100."),
                                             "progress"));
  Result<Activity> done = input ? monitoring_.update_activity(v.principal, *id, *input)
                                : Result<Activity>(std::unexpected(input.error()));
  if (done) return see_other(site_, r, monitoring_href(lang, "/activities/" + std::to_string(id->value())) + "?done=updated");
  const Error& e = done.error();
  if (e.kind == ErrorKind::forbidden || e.kind == ErrorKind::not_found || e.kind == ErrorKind::unauthenticated)
    return site_.error_page(r, e);
  Object extra = form_error(site_, lang, e);
  extra["typed_status"] = f.get("status");
  extra["typed_progress"] = f.get("progress");
  extra["typed_note"] = f.get("status_note");
  return activity_page(r, lang, v, std::move(extra), form_status(e));
}

}  // namespace cps::web
