// The approved baseline of the work plan and of the budget, and its change control: approving
// a part, modification requests (new due dates and periods of activities, new planned
// amounts) with their reasons, and the lead partner's decision — the approved values always
// shown beside the new ones.
#include <boost/json.hpp>

#include "domain/monitoring/monitoring_input.hpp"
#include "web/monitoring/parts.hpp"

namespace cps::web {

namespace json = boost::json;

namespace {

std::string periods_text(const std::vector<int>& periods) {
  std::string out;
  for (int p : periods) out += (out.empty() ? "" : ", ") + std::to_string(p);
  return out.empty() ? "–" : out;
}

bool shown_on_page(const Error& e) {
  return e.kind != ErrorKind::forbidden && e.kind != ErrorKind::not_found && e.kind != ErrorKind::unauthenticated;
}

}  // namespace

http::Response MonitoringPages::changes(http::Request& r, Language lang, const Visit& v) {
  return changes_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response MonitoringPages::changes_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                             bhttp::status status) {
  if (auto stop = sign_in_first(site_, r, v)) return std::move(*stop);
  auto plan = monitoring_.work_plan(v.principal);
  if (!plan) return site_.error_page(r, plan.error());
  // The planned amounts as approved and the partners' names, for the budget's requests.
  auto budget = monitoring_.budget(v.principal, SpendingFilter{});
  if (!budget) return site_.error_page(r, budget.error());
  const Capabilities can = monitoring_.capabilities(v.principal);
  const std::string language(i18n::code(lang));
  const Baseline& base = plan->baseline;

  auto partner_name = [&](accounts::OrganisationId id) {
    for (const auto& row : budget->overview.by_partner)
      if (row.key == std::to_string(id.value())) return row.label;
    return std::to_string(id.value());
  };
  auto baseline_text = [&](int version, Seconds at) {
    if (version == 0) return site_.tr(lang, N_("Not approved yet: it can still be changed freely."));
    return text::fill(site_.tr(lang, N_("Approved (version {version}, {date}): changes go through a modification request.")),
                      {{"version", std::to_string(version)}, {"date", day_of(at)}});
  };

  List changes;
  for (const auto& c : plan->changes) {
    List activities;
    for (const auto& ac : c.activities) {
      const Activity* a = nullptr;
      for (const auto& x : plan->activities)
        if (x.code == ac.activity) a = &x;
      // The approved values: kept as the originals once a change is applied, else still current.
      std::string was_due = a ? (!a->original_due.empty() ? a->original_due : a->due) : "";
      std::vector<int> was_periods = a ? (!a->original_periods.empty() ? a->original_periods : a->periods) : std::vector<int>{};
      activities.push_back(Object{{"code", ac.activity},
                                  {"title", a ? text_in(*a, language).title : std::string()},
                                  {"due", ac.due.empty() ? std::string("–") : ac.due},
                                  {"periods", periods_text(ac.periods)},
                                  {"was_due", was_due.empty() ? std::string("–") : was_due},
                                  {"was_periods", periods_text(was_periods)}});
    }
    List amounts;
    for (const auto& am : c.amounts) {
      std::optional<Cents> was;
      for (const auto& p : budget->planned)
        if (p.partner == am.partner && p.category == am.category && p.period == am.period)
          was = p.original_euro && c.status == PlanChangeStatus::approved ? *p.original_euro : p.euro;
      amounts.push_back(Object{{"partner", partner_name(am.partner)},
                               {"category", site_.tr(lang, cost_category_label(am.category))},
                               {"period", std::to_string(am.period)},
                               {"euro", money(site_, lang, am.euro)},
                               {"was", was ? money(site_, lang, *was) : std::string("–")}});
    }
    std::string id = std::to_string(c.id.value());
    changes.push_back(Object{{"id", id},
                             {"part", site_.tr(lang, plan_part_label(c.part))},
                             {"reason", c.reason},
                             {"status", site_.tr(lang, plan_change_status_label(c.status))},
                             {"status_code", std::string(to_string(c.status))},
                             {"requested", day_of(c.requested_at)},
                             {"decided", day_of(c.decided_at)},
                             {"decision_note", c.decision_note},
                             {"has_decision_note", !c.decision_note.empty()},
                             {"version", c.version > 0 ? std::to_string(c.version) : std::string()},
                             {"activities", activities},
                             {"has_activities", !activities.empty()},
                             {"amounts", amounts},
                             {"has_amounts", !amounts.empty()},
                             {"may_decide", can.manage && c.status == PlanChangeStatus::requested},
                             {"decide_action", monitoring_href(lang, "/changes/" + id + "/decision")},
                             {"dom", "change-" + id}});
  }
  List activity_choices;
  for (const auto& a : plan->activities)
    activity_choices.push_back(Object{{"code", a.code}, {"name", a.code + " · " + text_in(a, language).title}});
  List period_choices;
  for (int n = 1; n <= kPeriods; ++n) period_choices.push_back(Object{{"value", std::to_string(n)}});
  List partners;
  for (const auto& row : budget->overview.by_partner) partners.push_back(Object{{"code", row.key}, {"name", row.label}});
  List categories;
  for (auto c : kAllCostCategories)
    categories.push_back(Object{{"code", std::string(to_string(c))}, {"name", site_.tr(lang, cost_category_label(c))}});

  Object data{{"work_plan_baseline", baseline_text(base.work_plan_version, base.work_plan_approved_at)},
              {"budget_baseline", baseline_text(base.budget_version, base.budget_approved_at)},
              {"may_approve_work_plan", can.manage && base.work_plan_version == 0},
              {"may_approve_budget", can.manage && base.budget_version == 0},
              {"approve_action", monitoring_href(lang, "/baseline")},
              {"changes", changes},
              {"has_changes", !changes.empty()},
              {"may_request", can.request_change},
              {"may_request_work_plan", can.request_change && base.work_plan_version > 0},
              {"may_request_budget", can.request_change && base.budget_version > 0},
              {"request_action", monitoring_href(lang, "/changes")},
              {"activity_choices", activity_choices},
              {"period_choices", period_choices},
              {"partners", partners},
              {"categories", categories}};
  if (auto done = r.query_value("done")) {
    if (*done == "approved") data["notice"] = site_.tr(lang, N_("The baseline is approved."));
    if (*done == "requested") data["notice"] = site_.tr(lang, N_("The modification request is sent to the lead partner."));
    if (*done == "decided") data["notice"] = site_.tr(lang, N_("The decision is recorded."));
  }
  merge(data, frame(site_, lang, "changes"));
  merge(data, std::move(extra));
  return site_.page(r, lang, "monitoring_changes", site_.tr(lang, N_("Baseline and changes")), std::move(data),
                    PageOptions{status, {}, {}});
}

http::Response MonitoringPages::approve_baseline(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto part = parse_name(f.get("part"), kPlanPartNames);
  if (!part) return site_.error_page(r, Error{ErrorKind::invalid, "Choose a step from the list.", "part"});
  auto done = monitoring_.approve_baseline(v.principal, *part);
  if (done) return see_other(site_, r, monitoring_href(lang, "/changes") + "?done=approved");
  if (!shown_on_page(done.error())) return site_.error_page(r, done.error());
  return changes_page(r, lang, v, form_error(site_, lang, done.error()), form_status(done.error()));
}

http::Response MonitoringPages::request_change(http::Request& r, Language lang, const Visit& v, const Form& f) {
  json::object typed{{"part", f.get("part")}, {"reason", text::trim(f.get("reason"))}};
  if (f.get("part") == "budget") {
    auto partner = text::parse_int(f.get("partner"));
    auto period = text::parse_int(f.get("period"));
    typed["amounts"] = json::array{json::object{{"partner", partner ? *partner : 0},
                                                {"category", f.get("category")},
                                                {"period", period ? *period : 0},
                                                {"euro", text::trim(f.get("euro"))}}};
  } else {
    json::array periods;
    for (const auto& p : f.all("periods"))
      if (auto n = text::parse_int(p)) periods.push_back(*n);
    typed["activities"] = json::array{
        json::object{{"activity", f.get("activity")}, {"due", text::trim(f.get("due"))}, {"periods", periods}}};
  }
  Result<PlanChange> input = read_plan_change(typed);
  Result<PlanChangeId> made = input ? monitoring_.request_change(v.principal, *input)
                                    : Result<PlanChangeId>(std::unexpected(input.error()));
  if (made) return see_other(site_, r, monitoring_href(lang, "/changes") + "?done=requested");
  if (!shown_on_page(made.error())) return site_.error_page(r, made.error());
  Object extra = form_error(site_, lang, made.error());
  extra["typed_reason"] = f.get("reason");
  extra["typed_due"] = f.get("due");
  extra["typed_euro"] = f.get("euro");
  return changes_page(r, lang, v, std::move(extra), form_status(made.error()));
}

http::Response MonitoringPages::decide_change(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PlanChangeId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  std::string decision = f.get("decision");
  if (decision != "approve" && decision != "reject")
    return site_.error_page(r, Error{ErrorKind::invalid, "Choose a step from the list.", "decision"});
  auto done = monitoring_.decide_change(v.principal, *id, decision == "approve" ? Decision::approve : Decision::reject,
                                        text::trim(f.get("decision_note")));
  if (done) return see_other(site_, r, monitoring_href(lang, "/changes") + "?done=decided");
  if (!shown_on_page(done.error())) return site_.error_page(r, done.error());
  return changes_page(r, lang, v, form_error(site_, lang, done.error()), form_status(done.error()));
}

}  // namespace cps::web
