#include "api/monitoring_json.hpp"

#include <optional>

namespace cps::api {

namespace json = boost::json;
using namespace cps::monitoring;

namespace {

// Hundredths of a currency as the currency's unit with two decimals at most.
json::value money(Cents cents) { return double(cents.value) / 100.0; }
json::value money_or_null(const std::optional<Cents>& cents) { return cents ? money(*cents) : json::value(nullptr); }

json::value time_or_null(Seconds at) { return at ? json::value(at) : json::value(nullptr); }

json::value user_or_null(const std::optional<accounts::UserId>& user) {
  return user ? json::value(user->value()) : json::value(nullptr);
}

json::array numbers(const std::vector<int>& list) {
  json::array out;
  for (int n : list) out.push_back(n);
  return out;
}

json::object period_json(const ReportingPeriod& p) {
  return {{"number", p.number}, {"starts", p.starts}, {"ends", p.ends}, {"report_due", p.report_due}};
}

json::object attachment_json(const Attachment& a) {
  return {{"name", a.name}, {"sha256", a.sha256}, {"media_type", a.media_type}, {"size", a.size}};
}

json::object partner_json(const Partner& p) {
  return {{"id", p.id.value()},
          {"name", p.name},
          {"country", p.country ? json::value(p.country->str()) : json::value(nullptr)},
          {"type", p.type}};
}

json::object absorption_json(const Absorption& a) {
  return {{"planned", money(a.planned)},
          {"spent", money(a.spent)},
          {"verified", money(a.verified)},
          {"rate", a.rate ? json::value(*a.rate) : json::value(nullptr)},
          {"unpriced", a.unpriced}};
}

json::array budget_rows_json(const std::vector<BudgetRow>& rows) {
  json::array out;
  for (const auto& row : rows)
    out.push_back(json::object{{"key", row.key},
                               {"label", row.label},
                               {"absorption", absorption_json(row.absorption)},
                               {"cumulative", absorption_json(row.cumulative)},
                               {"pace", name_of(row.pace, kPaceNames)}});
  return out;
}

json::object planned_amount_json(const PlannedAmount& a) {
  return {{"partner", a.partner.value()},
          {"category", to_string(a.category)},
          {"period", a.period},
          {"euro", money(a.euro)},
          {"original_euro", money_or_null(a.original_euro)}};
}

json::array breakdown_json(const std::vector<Breakdown>& list) {
  json::array out;
  for (const auto& b : list) out.push_back(json::object{{"key", b.key}, {"value", b.value}});
  return out;
}

json::object target_json(const IndicatorTarget& t) {
  return {{"measured", to_string(t.measured)}, {"target", t.target}, {"programme_code", t.programme_code}};
}

json::object project_indicator_json(const ProjectIndicator& p) {
  json::object out = target_json(p.definition);
  out["value"] = p.value;
  out["by_country"] = breakdown_json(p.by_country);
  out["by_organisation_type"] = breakdown_json(p.by_organisation_type);
  return out;
}

}  // namespace

json::object capabilities_json(const Capabilities& c) {
  return {{"view", c.view},
          {"manage", c.manage},
          {"request_change", c.request_change},
          {"review_reports", c.review_reports},
          {"verify", c.verify},
          {"reports_for", c.reports_for ? json::value(c.reports_for->value()) : json::value(nullptr)}};
}

json::object periods_json(const std::vector<ReportingPeriod>& periods) {
  json::array out;
  for (const auto& p : periods) out.push_back(period_json(p));
  return {{"periods", std::move(out)}};
}

json::object activity_json(const Activity& a, std::optional<Light> light, const std::string& language) {
  const ActivityText& text = text_in(a, language);
  json::array texts, areas, responsible;
  for (const auto& t : a.texts)
    texts.push_back(json::object{{"language", t.language}, {"title", t.title}, {"description", t.description}});
  for (const auto& area : a.areas) areas.push_back(json::value(area.str()));
  for (std::size_t i = 0; i < a.responsible.size(); ++i)
    responsible.push_back(json::object{{"id", a.responsible[i].value()},
                                       {"name", i < a.responsible_names.size() ? a.responsible_names[i] : ""}});
  return {{"id", a.id.value()},
          {"code", a.code},
          {"kind", to_string(a.kind)},
          {"title", text.title},
          {"description", text.description},
          {"texts", std::move(texts)},
          {"areas", std::move(areas)},
          {"phase", to_string(a.phase)},
          {"responsible", std::move(responsible)},
          {"periods", numbers(a.periods)},
          {"due", a.due},
          {"original_due", a.original_due},
          {"original_periods", numbers(a.original_periods)},
          {"status", to_string(a.status)},
          {"progress", a.progress},
          {"status_note", a.status_note},
          {"light", light ? json::value(to_string(*light)) : json::value(nullptr)},
          {"updated_at", time_or_null(a.updated_at)},
          {"href", "/api/v1/workplan/activities/" + std::to_string(a.id.value())}};
}

json::object baseline_json(const Baseline& b) {
  return {{"work_plan_version", b.work_plan_version},
          {"work_plan_approved_at", time_or_null(b.work_plan_approved_at)},
          {"budget_version", b.budget_version},
          {"budget_approved_at", time_or_null(b.budget_approved_at)}};
}

json::object plan_change_json(const PlanChange& c) {
  json::array activities, amounts;
  for (const auto& a : c.activities)
    activities.push_back(json::object{{"activity", a.activity}, {"due", a.due}, {"periods", numbers(a.periods)}});
  for (const auto& a : c.amounts) amounts.push_back(planned_amount_json(a));
  return {{"id", c.id.value()},
          {"part", to_string(c.part)},
          {"reason", c.reason},
          {"activities", std::move(activities)},
          {"amounts", std::move(amounts)},
          {"status", to_string(c.status)},
          {"requested_by", user_or_null(c.requested_by)},
          {"requested_at", time_or_null(c.requested_at)},
          {"decided_by", user_or_null(c.decided_by)},
          {"decision_note", c.decision_note},
          {"decided_at", time_or_null(c.decided_at)},
          {"version", c.version},
          {"href", "/api/v1/plan-changes/" + std::to_string(c.id.value())}};
}

json::object work_plan_json(const WorkPlan& plan, const Capabilities& may, const std::string& language) {
  json::array activities, changes;
  for (std::size_t i = 0; i < plan.activities.size(); ++i)
    activities.push_back(activity_json(plan.activities[i], i < plan.lights.size() ? plan.lights[i] : Light::grey, language));
  for (const auto& c : plan.changes) changes.push_back(plan_change_json(c));
  json::object out = periods_json(plan.periods);
  out["activities"] = std::move(activities);
  out["baseline"] = baseline_json(plan.baseline);
  out["changes"] = std::move(changes);
  out["may"] = capabilities_json(may);
  return out;
}

json::object matrix_json(const Matrix& m) {
  json::array columns, rows;
  for (const auto& c : m.columns) columns.push_back(json::value(c));
  for (const auto& row : m.rows) {
    json::array cells;
    for (const auto& cell : row.cells) {
      json::array entries;
      for (const auto& e : cell)
        entries.push_back(json::object{{"id", e.id.value()},
                                       {"code", e.code},
                                       {"title", e.title},
                                       {"light", to_string(e.light)},
                                       {"progress", e.progress},
                                       {"status", to_string(e.status)},
                                       {"href", "/api/v1/workplan/activities/" + std::to_string(e.id.value())}});
      cells.push_back(std::move(entries));
    }
    rows.push_back(json::object{{"area", row.area}, {"cells", std::move(cells)}});
  }
  return {{"columns_kind", m.columns_kind == MatrixColumns::phases ? "phases" : "periods"},
          {"columns", std::move(columns)},
          {"rows", std::move(rows)}};
}

json::object report_json(const ProgressReport& r) {
  json::array activities, attachments;
  for (const auto& a : r.activities)
    activities.push_back(json::object{{"activity", a.activity.value()}, {"progress", a.progress}, {"note", a.note}});
  for (const auto& a : r.attachments) attachments.push_back(attachment_json(a));
  return {{"id", r.id.value()},
          {"partner", r.partner.value()},
          {"partner_name", r.partner_name},
          {"period", r.period},
          {"status", to_string(r.status)},
          {"activities_done", r.activities_done},
          {"outputs", r.outputs},
          {"problems", r.problems},
          {"next_steps", r.next_steps},
          {"activities", std::move(activities)},
          {"attachments", std::move(attachments)},
          {"review_note", r.review_note},
          {"submitted_by", user_or_null(r.submitted_by)},
          {"submitted_at", time_or_null(r.submitted_at)},
          {"reviewed_by", user_or_null(r.reviewed_by)},
          {"reviewed_at", time_or_null(r.reviewed_at)},
          {"revision", r.revision},
          {"updated_at", time_or_null(r.updated_at)},
          {"href", "/api/v1/reports/" + std::to_string(r.id.value())}};
}

json::object reports_overview_json(const ReportsOverview& o) {
  json::array rows, overdue;
  for (const auto& row : o.rows) {
    json::array by_period;
    for (const auto& report : row.by_period)
      by_period.push_back(report ? json::value(json::object{{"id", report->id.value()},
                                                            {"status", to_string(report->status)},
                                                            {"submitted_at", time_or_null(report->submitted_at)},
                                                            {"href", "/api/v1/reports/" + std::to_string(report->id.value())}})
                                 : json::value(nullptr));
    rows.push_back(json::object{{"partner", partner_json(row.partner)}, {"by_period", std::move(by_period)}});
  }
  for (const auto& o2 : o.overdue)
    overdue.push_back(json::object{{"partner", partner_json(o2.partner)}, {"period", o2.period}, {"due", o2.due}});
  json::object out = periods_json(o.periods);
  out["rows"] = std::move(rows);
  out["overdue"] = std::move(overdue);
  return out;
}

json::object spending_json(const Spending& s) {
  return {{"id", s.id.value()},
          {"partner", s.partner.value()},
          {"partner_name", s.partner_name},
          {"category", to_string(s.category)},
          {"period", s.period},
          {"date", s.date},
          {"description", s.description},
          {"amount", money(s.amount)},
          {"currency", s.currency.str()},
          {"vat", money(s.vat)},
          {"rate", s.rate ? json::value(*s.rate) : json::value(nullptr)},
          {"euro", money_or_null(s.euro)},
          {"invoice_number", s.invoice_number},
          {"invoice_date", s.invoice_date},
          {"payment_date", s.payment_date},
          {"procurement_reference", s.procurement_reference},
          {"cofinancing", s.cofinancing},
          {"document", s.document},
          {"attachment", s.attachment ? json::value(attachment_json(*s.attachment)) : json::value(nullptr)},
          {"verification", to_string(s.verification)},
          {"verified_euro", money_or_null(s.verified_euro)},
          {"controller_note", s.controller_note},
          {"verified_by", user_or_null(s.verified_by)},
          {"verified_at", time_or_null(s.verified_at)},
          {"entered_by", user_or_null(s.entered_by)},
          {"entered_at", time_or_null(s.entered_at)},
          {"href", "/api/v1/budgets/spending/" + std::to_string(s.id.value())}};
}

json::object planned_json(const std::vector<PlannedAmount>& planned) {
  json::array amounts;
  for (const auto& a : planned) amounts.push_back(planned_amount_json(a));
  return {{"amounts", std::move(amounts)}};
}

json::object rates_json(const std::vector<ExchangeRate>& rates) {
  json::array out;
  for (const auto& r : rates)
    out.push_back(json::object{{"currency", r.currency.str()}, {"month", r.month}, {"per_euro", r.per_euro}});
  return {{"rates", std::move(out)}};
}

json::object budget_json(const BudgetView& b) {
  const BudgetOverview& o = b.overview;
  json::array cells, spending;
  for (const auto& c : o.cells)
    cells.push_back(json::object{{"partner", c.partner.value()},
                                 {"category", to_string(c.category)},
                                 {"absorption", absorption_json(c.absorption)}});
  for (const auto& s : b.spending) spending.push_back(spending_json(s));
  return {{"current_period", o.current_period ? json::value(*o.current_period) : json::value(nullptr)},
          {"total", absorption_json(o.total)},
          {"by_partner", budget_rows_json(o.by_partner)},
          {"by_category", budget_rows_json(o.by_category)},
          {"by_period", budget_rows_json(o.by_period)},
          {"cells", std::move(cells)},
          {"planned", planned_json(b.planned)["amounts"]},
          {"spending", std::move(spending)},
          {"rates", rates_json(b.rates)["rates"]},
          {"baseline", baseline_json(b.baseline)}};
}

json::object project_indicators_json(const std::vector<ProjectIndicator>& indicators) {
  json::array targets, out;
  for (const auto& p : indicators) {
    targets.push_back(target_json(p.definition));
    out.push_back(project_indicator_json(p));
  }
  return {{"targets", std::move(targets)}, {"indicators", std::move(out)}};
}

json::object dashboard_json(const Dashboard& d) {
  json::array indicators, lights;
  for (const auto& p : d.indicators) indicators.push_back(project_indicator_json(p));
  for (const auto& [light, count] : d.activity_lights)
    lights.push_back(json::object{{"light", to_string(light)}, {"activities", count}});
  return {{"indicators", std::move(indicators)},
          {"activity_lights", std::move(lights)},
          {"reports_overdue", d.reports_overdue},
          {"reports_waiting", d.reports_waiting},
          {"budget", absorption_json(d.budget)},
          {"current_period", d.current_period ? json::value(*d.current_period) : json::value(nullptr)}};
}

}  // namespace cps::api
