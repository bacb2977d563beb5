// The steering committee's dashboard: the project indicators against their targets with the
// programme's codes and breakdowns, the work plan's lights counted, overdue and waiting
// reports, and how much of the budget is spent.
#include "web/monitoring/parts.hpp"

namespace cps::web {

namespace {

// "RO 3 · HU 2": a breakdown as one line of text.
std::string breakdown_text(const std::vector<Breakdown>& parts, const i18n::Catalogue& cat, i18n::Language lang) {
  std::string out;
  for (const auto& b : parts) {
    if (!out.empty()) out += " · ";
    out += (b.key.empty() ? std::string("–") : b.key) + " " + cat.format_integer(lang, (long long)b.value);
  }
  return out;
}

}  // namespace

http::Response MonitoringPages::dashboard(http::Request& r, Language lang, const Visit& v) {
  if (auto stop = sign_in_first(site_, r, v)) return std::move(*stop);
  auto board = monitoring_.dashboard(v.principal);
  if (!board) return site_.error_page(r, board.error());
  // The budget's warnings, in words, beside the absorption.
  auto budget = monitoring_.budget(v.principal, SpendingFilter{});
  if (!budget) return site_.error_page(r, budget.error());
  List warnings = budget_warnings(site_, lang, budget->overview);
  const auto& cat = site_.catalogue();

  List indicators;
  for (const auto& p : board->indicators) {
    std::optional<double> achieved;
    if (p.definition.target > 0) achieved = double(p.value) / double(p.definition.target);
    indicators.push_back(Object{{"name", site_.tr(lang, measured_label(p.definition.measured))},
                                {"programme_code", p.definition.programme_code},
                                {"has_programme_code", !p.definition.programme_code.empty()},
                                {"value", cat.format_integer(lang, (long long)p.value)},
                                {"target", p.definition.target > 0 ? cat.format_integer(lang, (long long)p.definition.target)
                                                                   : std::string("–")},
                                {"achieved", share(site_, lang, achieved)},
                                {"by_country", breakdown_text(p.by_country, cat, lang)},
                                {"by_type", breakdown_text(p.by_organisation_type, cat, lang)}});
  }
  List lights;
  for (const auto& [l, count] : board->activity_lights) {
    Object row = light(site_, lang, l);
    row["count"] = cat.format_integer(lang, (long long)count);
    lights.push_back(std::move(row));
  }
  const Absorption& b = board->budget;
  Object data{{"indicators", indicators},
              {"has_indicators", !indicators.empty()},
              {"lights", lights},
              {"reports_overdue", cat.format_integer(lang, (long long)board->reports_overdue)},
              {"has_overdue", board->reports_overdue > 0},
              {"overdue_text", cat.translate_count(lang, NP_("{count} progress report is overdue.",
                                                             "{count} progress reports are overdue."),
                                                   (long long)board->reports_overdue)},
              {"reports_waiting", cat.format_integer(lang, (long long)board->reports_waiting)},
              {"waiting_text", cat.translate_count(lang, NP_("{count} submitted report waits for the lead partner.",
                                                             "{count} submitted reports wait for the lead partner."),
                                                   (long long)board->reports_waiting)},
              {"warnings", warnings},
              {"has_warnings", !warnings.empty()},
              {"planned", money(site_, lang, b.planned)},
              {"spent", money(site_, lang, b.spent)},
              {"verified", money(site_, lang, b.verified)},
              {"absorption", share(site_, lang, b.rate)},
              {"has_unpriced", b.unpriced > 0},
              {"unpriced_text", cat.translate_count(lang, NP_("{count} expense has no exchange rate yet and is not counted.",
                                                              "{count} expenses have no exchange rate yet and are not counted."),
                                                    (long long)b.unpriced)},
              {"has_current_period", board->current_period.has_value()},
              {"current_period", board->current_period ? std::to_string(*board->current_period) : std::string()},
              {"workbook_href", board->current_period ? workbook_href(lang, *board->current_period)
                                                      : std::string()},
              {"workplan_href", monitoring_href(lang, "/workplan")},
              {"reports_href", monitoring_href(lang, "/reports")},
              {"budgets_href", monitoring_href(lang, "/budgets")}};
  merge(data, frame(site_, lang, "dashboard"));
  return site_.page(r, lang, "monitoring_dashboard", site_.tr(lang, N_("Monitoring")), std::move(data));
}

}  // namespace cps::web
