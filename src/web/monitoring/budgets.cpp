// Budgets: absorption — spent against planned — per partner, cost category and period, with
// the warnings in words when spending runs ahead of the plan or far behind it, charts with the
// same figures in tables, the planned amounts, the spending list with the controller's
// verification, the form a partner enters an expense with, and the monthly exchange rates.
#include <boost/json.hpp>
#include <cmath>

#include "domain/monitoring/monitoring_input.hpp"
#include "web/monitoring/parts.hpp"

namespace cps::web {

namespace json = boost::json;

namespace {

// A share as a plain number for the charts (45.2), null when nothing is planned.
json::value chart_share(std::optional<double> rate) {
  if (!rate) return nullptr;
  return std::round(*rate * 1000.0) / 10.0;
}

double chart_euro(Cents c) { return double(c.value) / 100.0; }

bool shown_on_page(const Error& e) {
  return e.kind != ErrorKind::forbidden && e.kind != ErrorKind::not_found && e.kind != ErrorKind::unauthenticated;
}

}  // namespace

http::Response MonitoringPages::budgets(http::Request& r, Language lang, const Visit& v) {
  return budgets_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response MonitoringPages::budgets_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                             bhttp::status status) {
  if (auto stop = sign_in_first(site_, r, v)) return std::move(*stop);
  SpendingFilter filter;
  std::string partner_code = r.query_value("partner").value_or("");
  std::string period_code = r.query_value("period").value_or("");
  std::string category_code = r.query_value("category").value_or("");
  if (auto p = text::parse_int(partner_code); p && *p > 0) filter.partner = accounts::OrganisationId(*p);
  filter.period = period_of(period_code);
  filter.category = parse_name(category_code, kCostCategoryNames);
  auto view = monitoring_.budget(v.principal, filter);
  if (!view) return site_.error_page(r, view.error());
  const Capabilities can = monitoring_.capabilities(v.principal);
  const BudgetOverview& o = view->overview;
  const auto& cat = site_.catalogue();
  const std::string current = o.current_period ? std::to_string(*o.current_period) : std::string("–");

  List warnings = budget_warnings(site_, lang, o);
  auto rows_of = [&](const std::vector<BudgetRow>& in, std::string_view kind, json::object& chart) {
    List out;
    json::array labels, shares;
    for (const auto& row : in) {
      std::string label = row.label;
      if (kind == "category")
        if (auto c = parse_name(row.key, kCostCategoryNames)) label = site_.tr(lang, cost_category_label(*c));
      if (kind == "period") label = text::fill(site_.tr(lang, N_("Period {n}")), {{"n", row.key}});
      const bool warn = row.pace == Pace::ahead || row.pace == Pace::behind;
      out.push_back(Object{{"key", row.key},
                           {"label", label},
                           {"planned", money(site_, lang, row.absorption.planned)},
                           {"spent", money(site_, lang, row.absorption.spent)},
                           {"verified", money(site_, lang, row.absorption.verified)},
                           {"absorption", share(site_, lang, row.absorption.rate)},
                           {"pace", site_.tr(lang, pace_label(row.pace))},
                           {"pace_code", std::string(name_of(row.pace, kPaceNames))},
                           {"warn", warn}});
      labels.push_back(json::value(label));
      if (kind == "period") {
        chart["planned"].as_array().push_back(chart_euro(row.absorption.planned));
        chart["spent"].as_array().push_back(chart_euro(row.absorption.spent));
      } else {
        shares.push_back(chart_share(row.absorption.rate));
      }
    }
    chart["labels"] = labels;
    if (kind != "period") chart["values"] = shares;
    return out;
  };
  json::object partner_chart, category_chart, period_chart{{"planned", json::array()}, {"spent", json::array()}};
  List by_partner = rows_of(o.by_partner, "partner", partner_chart);
  List by_category = rows_of(o.by_category, "category", category_chart);
  List by_period = rows_of(o.by_period, "period", period_chart);

  // The planned amounts: a row per partner, a column per cost category.
  List planned_rows;
  for (const auto& p : o.by_partner) {
    List cells;
    for (auto c : kAllCostCategories) {
      Cents planned{0};
      for (const auto& cell : o.cells)
        if (std::to_string(cell.partner.value()) == p.key && cell.category == c) planned = cell.absorption.planned;
      cells.push_back(Object{{"value", money(site_, lang, planned)}});
    }
    planned_rows.push_back(Object{{"partner", p.label}, {"cells", cells}, {"total", money(site_, lang, p.absorption.planned)}});
  }
  List categories;
  for (auto c : kAllCostCategories)
    categories.push_back(Object{{"code", std::string(to_string(c))},
                                {"name", site_.tr(lang, cost_category_label(c))},
                                {"selected", to_string(c) == category_code}});
  List partners;
  for (const auto& p : o.by_partner)
    partners.push_back(Object{{"code", p.key}, {"name", p.label}, {"selected", p.key == partner_code}});
  List periods;
  for (int n = 1; n <= kPeriods; ++n)
    periods.push_back(Object{{"value", std::to_string(n)},
                             {"label", text::fill(site_.tr(lang, N_("Period {n}")), {{"n", std::to_string(n)}})},
                             {"selected", std::to_string(n) == period_code}});
  // The expense form's choices: as typed after a refusal, else the current period in euro.
  auto typed = [&](const std::string& key, std::string fallback) {
    auto it = extra.find(key);
    return it != extra.end() && it->second.is_string() ? it->second.string_value() : fallback;
  };
  const std::string typed_category = typed("typed_category", "staff");
  const std::string typed_period = typed("typed_period", o.current_period ? std::to_string(*o.current_period) : "1");
  const std::string typed_currency = typed("typed_currency", "EUR");
  List currencies, spending_categories, spending_periods;
  for (auto c : kCurrencies) currencies.push_back(Object{{"code", std::string(c)}, {"selected", c == typed_currency}});
  for (auto c : kAllCostCategories)
    spending_categories.push_back(Object{{"code", std::string(to_string(c))},
                                         {"name", site_.tr(lang, cost_category_label(c))},
                                         {"selected", to_string(c) == typed_category}});
  for (int n = 1; n <= kPeriods; ++n)
    spending_periods.push_back(Object{{"value", std::to_string(n)},
                                      {"label", text::fill(site_.tr(lang, N_("Period {n}")), {{"n", std::to_string(n)}})},
                                      {"selected", std::to_string(n) == typed_period}});

  List spending;
  for (const auto& s : view->spending) {
    auto euro = euro_of(s, view->rates);
    std::string id = std::to_string(s.id.value());
    spending.push_back(Object{
        {"id", id},
        {"date", s.date},
        {"partner", s.partner_name},
        {"category", site_.tr(lang, cost_category_label(s.category))},
        {"period", std::to_string(s.period)},
        {"description", s.description},
        {"amount", cat.format_decimal(lang, double(s.amount.value) / 100.0, 2) + " " + s.currency.str()},
        {"euro", euro ? money(site_, lang, *euro) : site_.tr(lang, N_("no exchange rate yet"))},
        {"fixed", s.euro.has_value()},
        {"invoice", s.invoice_number},
        {"invoice_date", s.invoice_date},
        {"verification", site_.tr(lang, verification_label(s.verification))},
        {"verification_code", std::string(to_string(s.verification))},
        {"verified_euro", s.verified_euro ? money(site_, lang, *s.verified_euro) : std::string()},
        {"controller_note", s.controller_note},
        {"may_verify", can.verify && s.euro.has_value()},
        {"verify_action", monitoring_href(lang, "/budgets/spending/" + id + "/verification")},
        {"dom", "spending-" + id}});
  }
  List rates;
  for (const auto& rate : view->rates)
    rates.push_back(Object{{"currency", rate.currency.str()},
                           {"month", rate.month},
                           {"per_euro", cat.format_decimal(lang, rate.per_euro, 4)}});

  Object data{{"current_period", current},
              {"planned", money(site_, lang, o.total.planned)},
              {"spent", money(site_, lang, o.total.spent)},
              {"verified", money(site_, lang, o.total.verified)},
              {"absorption", share(site_, lang, o.total.rate)},
              {"has_unpriced", o.total.unpriced > 0},
              {"unpriced_text", cat.translate_count(lang, NP_("{count} expense has no exchange rate yet and is not counted.",
                                                              "{count} expenses have no exchange rate yet and are not counted."),
                                                    (long long)o.total.unpriced)},
              {"warnings", warnings},
              {"has_warnings", !warnings.empty()},
              {"by_partner", by_partner},
              {"by_category", by_category},
              {"by_period", by_period},
              {"has_partners", !by_partner.empty()},
              {"partner_chart", json::serialize(partner_chart)},
              {"category_chart", json::serialize(category_chart)},
              {"period_chart", json::serialize(period_chart)},
              {"planned_rows", planned_rows},
              {"categories", categories},
              {"partners", partners},
              {"periods", periods},
              {"currencies", currencies},
              {"spending_categories", spending_categories},
              {"spending_periods", spending_periods},
              {"spending", spending},
              {"has_spending", !spending.empty()},
              {"rates", rates},
              {"has_rates", !rates.empty()},
              {"may_spend", can.reports_for.has_value()},
              {"may_verify", can.verify},
              {"may_manage", can.manage},
              {"budget_approved", view->baseline.budget_version > 0},
              {"budget_version", std::to_string(view->baseline.budget_version)},
              {"action", monitoring_href(lang, "/budgets")},
              {"spending_action", monitoring_href(lang, "/budgets/spending")},
              {"rates_action", monitoring_href(lang, "/budgets/rates")},
              {"changes_href", monitoring_href(lang, "/changes")}};
  if (auto done = r.query_value("done")) {
    if (*done == "spending") data["notice"] = site_.tr(lang, N_("The expense is entered."));
    if (*done == "verified") data["notice"] = site_.tr(lang, N_("The verification is recorded."));
    if (*done == "rate") data["notice"] = site_.tr(lang, N_("The exchange rate is saved."));
  }
  merge(data, frame(site_, lang, "budgets"));
  merge(data, std::move(extra));
  return site_.page(r, lang, "monitoring_budgets", site_.tr(lang, N_("Budgets")), std::move(data),
                    PageOptions{status, {}, {"charts.js"}});
}

http::Response MonitoringPages::add_spending(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto period = text::parse_int(f.get("period"));
  // Amounts go to the reader as typed: it knows "1 234,50" and says what is wrong.
  json::object typed{{"category", f.get("category")},
                     {"period", period ? *period : 0},
                     {"date", text::trim(f.get("payment_date"))},
                     {"description", text::trim(f.get("description"))},
                     {"amount", text::trim(f.get("amount"))},
                     {"currency", f.get("currency")}};
  for (const char* field : {"vat", "invoice_number", "invoice_date", "payment_date", "procurement_reference",
                            "cofinancing", "document"})
    if (std::string value = text::trim(f.get(field)); !value.empty()) typed[field] = value;
  Result<SpendingInput> input = read_spending(typed);
  Result<SpendingId> made = input ? monitoring_.add_spending(v.principal, *input)
                                  : Result<SpendingId>(std::unexpected(input.error()));
  if (made) return see_other(site_, r, monitoring_href(lang, "/budgets") + "?done=spending#spending");
  if (!shown_on_page(made.error())) return site_.error_page(r, made.error());
  Object extra = form_error(site_, lang, made.error());
  for (const char* field : {"description", "amount", "vat", "invoice_number", "invoice_date", "payment_date",
                            "procurement_reference", "cofinancing", "document"})
    extra[std::string("typed_") + field] = f.get(field);
  extra["typed_currency"] = f.get("currency");
  extra["typed_category"] = f.get("category");
  extra["typed_period"] = f.get("period");
  return budgets_page(r, lang, v, std::move(extra), form_status(made.error()));
}

http::Response MonitoringPages::verify_spending(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<SpendingId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  json::object typed{{"verification", f.get("verification")}, {"controller_note", text::trim(f.get("controller_note"))}};
  if (std::string eligible = text::trim(f.get("verified_euro")); !eligible.empty()) typed["verified_euro"] = eligible;
  Result<VerificationInput> input = read_verification(typed);
  Result<Spending> done = input ? monitoring_.verify_spending(v.principal, *id, *input)
                                : Result<Spending>(std::unexpected(input.error()));
  if (done) return see_other(site_, r, monitoring_href(lang, "/budgets") + "?done=verified#spending");
  if (!shown_on_page(done.error())) return site_.error_page(r, done.error());
  return budgets_page(r, lang, v, form_error(site_, lang, done.error()), form_status(done.error()));
}

http::Response MonitoringPages::save_rate(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto input = read_rate(json::object{{"currency", f.get("currency")},
                                      {"month", text::trim(f.get("month"))},
                                      {"per_euro", text::trim(f.get("per_euro"))}});
  Result<std::vector<ExchangeRate>> saved = std::unexpected(Error{});
  if (input) {
    // The rates are saved as one list: the one typed replaces the same currency and month.
    auto view = monitoring_.budget(v.principal, SpendingFilter{});
    if (!view) return site_.error_page(r, view.error());
    std::vector<ExchangeRate> rates;
    for (const auto& rate : view->rates)
      if (!(rate.currency == input->currency && rate.month == input->month)) rates.push_back(rate);
    rates.push_back(*input);
    saved = monitoring_.save_rates(v.principal, std::move(rates));
  } else {
    saved = std::unexpected(input.error());
  }
  if (saved) return see_other(site_, r, monitoring_href(lang, "/budgets") + "?done=rate#rates");
  if (!shown_on_page(saved.error())) return site_.error_page(r, saved.error());
  return budgets_page(r, lang, v, form_error(site_, lang, saved.error()), form_status(saved.error()));
}

}  // namespace cps::web
