// The pieces every monitoring page shares (see parts.hpp).
#include "web/monitoring/parts.hpp"

#include <chrono>
#include <cmath>

namespace cps::web::monitoring_parts {

using i18n::N_;

std::string monitoring_href(i18n::Language lang, std::string_view rest) {
  return Site::prefix(lang) + "/monitoring" + std::string(rest);
}

std::string workbook_href(i18n::Language lang, int period) {
  return fmt::format("/api/v1/monitoring/periods/{}/workbook.xlsx?lang={}", period, i18n::code(lang));
}

Object frame(const Site& site, i18n::Language lang, std::string_view current) {
  struct Tab {
    std::string_view key;
    const char* label;
    std::string_view path;
  };
  static constexpr Tab kTabs[] = {{"dashboard", N_("Dashboard"), ""},
                                  {"workplan", N_("Work plan"), "/workplan"},
                                  {"timeline", N_("Timeline"), "/timeline"},
                                  {"reports", N_("Progress reports"), "/reports"},
                                  {"budgets", N_("Budgets"), "/budgets"},
                                  {"changes", N_("Baseline and changes"), "/changes"},
                                  {"periods", N_("Reporting periods"), "/periods"}};
  List tabs;
  for (const auto& t : kTabs)
    tabs.push_back(Object{{"label", site.tr(lang, t.label)},
                          {"href", monitoring_href(lang, t.path)},
                          {"current", t.key == current}});
  return Object{{"tabs", tabs},
                {"note", site.tr(lang, N_("This is the partnership's own management view of its work plan, "
                                          "reports and budgets. It is not the programme's official monitoring "
                                          "system: report to the programme there, using the period workbooks "
                                          "from this page where they help."))}};
}

std::optional<http::Response> sign_in_first(const Site& site, const http::Request& r, const auth::Visit& v) {
  if (v.principal.signed_in()) return std::nullopt;
  return site.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
}

std::string money(const Site& site, i18n::Language lang, monitoring::Cents euro) {
  return site.catalogue().format_decimal(lang, double(euro.value) / 100.0, 2) + " €";
}

std::string share(const Site& site, i18n::Language lang, std::optional<double> rate) {
  if (!rate) return "–";
  return site.catalogue().format_integer(lang, std::llround(*rate * 100.0)) + " %";
}

Object light(const Site& site, i18n::Language lang, monitoring::Light l) {
  return Object{{"light", std::string(monitoring::to_string(l))},
                {"light_label", site.tr(lang, light_label(l))},
                {"light_symbol", std::string(light_symbol(l))}};
}

std::string day_of(monitoring::Seconds t) {
  if (t == 0) return "";
  auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{t}});
  std::chrono::year_month_day ymd{day};
  return fmt::format("{:04}-{:02}-{:02}", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
}

std::map<std::string, std::string> area_names(const Site& site, reference::ReferenceService& reference,
                                              i18n::Language lang) {
  std::map<std::string, std::string> out{{"", site.tr(lang, N_("Horizontal (every area)"))}};
  if (auto areas = reference.areas(i18n::code(lang)))
    for (const auto& a : *areas) out[a.code.str()] = a.code.str() + " · " + a.name;
  return out;
}

List budget_warnings(const Site& site, i18n::Language lang, const monitoring::BudgetOverview& overview) {
  using monitoring::Pace;
  const std::string current = overview.current_period ? std::to_string(*overview.current_period) : std::string("–");
  List out;
  auto add = [&](const monitoring::BudgetRow& row, const std::string& label) {
    if (row.pace != Pace::ahead && row.pace != Pace::behind) return;
    const char* message =
        row.pace == Pace::ahead
            ? N_("{name}: spending runs ahead of the plan — {share} of the amount planned up to period {n}.")
            : N_("{name}: spending runs far behind the plan — {share} of the amount planned up to period {n}.");
    out.push_back(Object{{"text", text::fill(site.tr(lang, message), {{"name", label},
                                                                       {"share", share(site, lang, row.cumulative.rate)},
                                                                       {"n", current}})},
                         {"ahead", row.pace == Pace::ahead}});
  };
  for (const auto& row : overview.by_partner) add(row, row.label);
  for (const auto& row : overview.by_category) {
    auto c = parse_name(row.key, monitoring::kCostCategoryNames);
    add(row, c ? site.tr(lang, cost_category_label(*c)) : row.label);
  }
  return out;
}

int revision_of(const Form& f) {
  auto n = text::parse_int(f.get("revision"));
  return n ? int(*n) : 0;
}

std::optional<int> period_of(std::string_view text) {
  auto n = text::parse_int(text::trim(text));
  if (!n || *n < 1 || *n > monitoring::kPeriods) return std::nullopt;
  return int(*n);
}

}  // namespace cps::web::monitoring_parts
