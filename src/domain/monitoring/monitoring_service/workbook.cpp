// MonitoringService: the period's workbook — activities, indicators, budget, spending and
// reports of one reporting period, with the columns a partner reuses when it reports to the
// programme's own monitoring system.
#include <algorithm>
#include <cstdio>
#include <map>

#include "core/text.hpp"
#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/monitoring_service/internal.hpp"
#include "export/table.hpp"

namespace cps::monitoring {

using namespace service_parts;

namespace {

using exports::ColumnType;
using exports::Table;

std::string join(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : "; ") + v;
  return out;
}

std::string number(double value) {
  char out[40];
  std::snprintf(out, sizeof out, "%.6g", value);
  return out;
}

std::string optional_amount(const std::optional<Cents>& amount) {
  return amount ? format_amount(*amount) : std::string();
}

std::string percent(const std::optional<double>& rate) {
  if (!rate) return "";
  char out[16];
  std::snprintf(out, sizeof out, "%.1f", *rate * 100);
  return out;
}

std::vector<ColumnType> types(std::size_t columns, std::initializer_list<std::size_t> numbers) {
  std::vector<ColumnType> out(columns, ColumnType::text);
  for (auto n : numbers) out[n] = ColumnType::number;
  return out;
}

Table activities_sheet(const WorkPlan& plan, int period, const std::string& language) {
  Table t{"activities",
          {"code", "kind", "title", "areas", "phase", "responsible", "periods", "due", "original due", "status",
           "progress", "light", "status note"},
          {},
          {}};
  t.types = types(t.columns.size(), {10});
  for (std::size_t i = 0; i < plan.activities.size(); ++i) {
    const auto& a = plan.activities[i];
    if (std::find(a.periods.begin(), a.periods.end(), period) == a.periods.end()) continue;
    std::vector<std::string> areas, periods;
    for (const auto& area : a.areas) areas.push_back(area.str());
    if (areas.empty()) areas.push_back("horizontal");
    for (int n : a.periods) periods.push_back(std::to_string(n));
    t.rows.push_back({a.code, std::string(to_string(a.kind)), text_in(a, language).title, join(areas),
                      std::string(to_string(a.phase)), join(a.responsible_names), join(periods), a.due, a.original_due,
                      std::string(to_string(a.status)), std::to_string(a.progress),
                      std::string(to_string(plan.lights[i])), a.status_note});
  }
  return t;
}

Table indicators_sheet(const std::vector<ProjectIndicator>& indicators,
                       const std::vector<MonitoringSurroundings::PilotValue>& pilots) {
  Table t{"indicators", {"source", "pilot", "indicator", "programme code", "unit", "value", "target"}, {}, {}};
  t.types = types(t.columns.size(), {5, 6});
  for (const auto& i : indicators)
    t.rows.push_back({"project", "", std::string(to_string(i.definition.measured)), i.definition.programme_code, "",
                      std::to_string(i.value), std::to_string(i.definition.target)});
  for (const auto& v : pilots)
    t.rows.push_back({"pilot", v.pilot, v.indicator + " " + v.name, "", v.unit, number(v.value),
                      v.target ? number(*v.target) : std::string()});
  return t;
}

Table budget_sheet(const BudgetOverview& overview, const std::map<std::int64_t, std::string>& names) {
  Table t{"budget",
          {"partner", "cost category", "planned (EUR)", "spent (EUR)", "verified (EUR)", "absorption (%)",
           "entries without a rate"},
          {},
          {}};
  t.types = types(t.columns.size(), {2, 3, 4, 5, 6});
  for (const auto& cell : overview.cells) {
    auto name = names.find(cell.partner.value());
    const auto& a = cell.absorption;
    t.rows.push_back({name == names.end() ? std::to_string(cell.partner.value()) : name->second,
                      std::string(to_string(cell.category)), format_amount(a.planned), format_amount(a.spent),
                      format_amount(a.verified), percent(a.rate), std::to_string(a.unpriced)});
  }
  const auto& a = overview.total;
  t.rows.push_back({"total", "", format_amount(a.planned), format_amount(a.spent), format_amount(a.verified),
                    percent(a.rate), std::to_string(a.unpriced)});
  return t;
}

Table spending_sheet(const std::vector<Spending>& spending, const std::vector<ExchangeRate>& rates) {
  Table t{"spending",
          {"partner", "cost category", "date", "description", "invoice number", "invoice date", "payment date",
           "amount", "currency", "VAT", "rate (per EUR)", "EUR", "EUR fixed", "procurement reference", "co-financing",
           "document", "verification", "verified (EUR)", "controller note"},
          {},
          {}};
  t.types = types(t.columns.size(), {7, 9, 10, 11, 17});
  for (const auto& s : spending) {
    auto rate = s.rate ? s.rate : rate_for(s.currency, s.date.substr(0, std::min<std::size_t>(7, s.date.size())), rates);
    t.rows.push_back({s.partner_name, std::string(to_string(s.category)), s.date, s.description, s.invoice_number,
                      s.invoice_date, s.payment_date, format_amount(s.amount), s.currency.str(), format_amount(s.vat),
                      rate ? number(*rate) : std::string(), optional_amount(euro_of(s, rates)), s.euro ? "yes" : "no",
                      s.procurement_reference, s.cofinancing, s.attachment ? s.attachment->name : s.document,
                      std::string(to_string(s.verification)), optional_amount(s.verified_euro), s.controller_note});
  }
  return t;
}

Table reports_sheet(const std::vector<ProgressReport>& reports) {
  Table t{"reports",
          {"partner", "status", "submitted", "activities done", "outputs", "problems", "next steps", "review note",
           "attachments"},
          {},
          {}};
  for (const auto& r : reports) {
    std::vector<std::string> files;
    for (const auto& a : r.attachments) files.push_back(a.name);
    t.rows.push_back({r.partner_name, std::string(to_string(r.status)),
                      r.submitted_at ? text::utc_timestamp(r.submitted_at) : std::string(), r.activities_done,
                      r.outputs, r.problems, r.next_steps, r.review_note, join(files)});
  }
  return t;
}

}  // namespace

Result<std::vector<exports::Table>> MonitoringService::period_workbook(const Principal& who, int period,
                                                                       const std::string& language) {
  auto plan = work_plan(who);
  if (!plan) return std::unexpected(plan.error());
  if (!find_period(plan->periods, period)) return not_found();
  auto indicators = project_indicators(who);
  if (!indicators) return std::unexpected(indicators.error());
  auto pilots = surroundings_.pilot_values(period);
  if (!pilots) return std::unexpected(pilots.error());
  auto budget_view = budget(who, SpendingFilter{.period = period});
  if (!budget_view) return std::unexpected(budget_view.error());
  auto partners = surroundings_.partners();
  if (!partners) return std::unexpected(partners.error());
  std::vector<ProgressReport> reports;
  auto ok = repository_.read([&](MonitoringStore& store) -> Status {
    auto headers = store.reports(ReportFilter{.period = period});
    if (!headers) return std::unexpected(headers.error());
    for (const auto& h : *headers) {
      auto whole = load_report(store, h.id);
      if (!whole) return std::unexpected(whole.error());
      reports.push_back(std::move(*whole));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  std::map<std::int64_t, std::string> names;
  for (const auto& p : *partners) names[p.id.value()] = p.name;
  return std::vector<Table>{activities_sheet(*plan, period, language), indicators_sheet(*indicators, *pilots),
                            budget_sheet(budget_view->overview, names),
                            spending_sheet(budget_view->spending, budget_view->rates), reports_sheet(reports)};
}

}  // namespace cps::monitoring
