// Budgets: absorption with the planned amounts, spending and rates (filtered by partner,
// period, category, verification), the planned amounts and the monthly exchange rates (JSON or
// a CSV file), spending entries and their documents, the controller's verification, and the
// budget's baseline.
#include <algorithm>

#include "api/monitoring/parts.hpp"
#include "api/table_files.hpp"
#include "domain/monitoring/monitoring_input.hpp"

namespace cps::api {

using namespace monitoring_parts;
using namespace cps::monitoring;

namespace {

http::Response spending_response(const http::Request& r, const Result<Spending>& spending) {
  if (!spending) return error_response(r, spending.error());
  return json_response(r, spending_json(*spending));
}

Result<SpendingInput> read_spending_body(const http::Request& r) {
  auto body = parse_object(r.raw.body());
  if (!body) return std::unexpected(body.error());
  return read_spending(json::value(std::move(*body)));
}

}  // namespace

// ?partner=&period=&category=&verification=
http::Response MonitoringEndpoints::budget(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"partner", "period", "category", "verification"}); !ok) return error_response(r, ok.error());
  SpendingFilter filter;
  auto partner = number_parameter(r, "partner");
  if (!partner) return error_response(r, partner.error());
  if (*partner) filter.partner = accounts::OrganisationId(**partner);
  auto period = number_parameter(r, "period");
  if (!period) return error_response(r, period.error());
  filter.period = *period;
  if (auto c = r.query_value("category"); c && !c->empty()) {
    filter.category = parse_name(*c, kCostCategoryNames);
    if (!filter.category) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "category"});
  }
  if (auto s = r.query_value("verification"); s && !s->empty()) {
    filter.verification = parse_name(*s, kVerificationNames);
    if (!filter.verification)
      return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "verification"});
  }
  auto found = monitoring_.budget(v.principal, filter);
  if (!found) return error_response(r, found.error());
  return json_response(r, budget_json(*found));
}

// PUT {amounts: [{partner, category, period, euro}]}
http::Response MonitoringEndpoints::save_planned(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto amounts = read_planned_amounts(json::value(std::move(*body)));
  if (!amounts) return error_response(r, amounts.error());
  auto saved = monitoring_.save_planned(v.principal, std::move(*amounts));
  if (!saved) return error_response(r, saved.error());
  return json_response(r, planned_json(*saved));
}

http::Response MonitoringEndpoints::rates(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto found = monitoring_.budget(v.principal, SpendingFilter{});
  if (!found) return error_response(r, found.error());
  return json_response(r, rates_json(found->rates));
}

// PUT {rates: [{currency, month, per_euro}]}: rates added or replaced, the others kept.
http::Response MonitoringEndpoints::save_rates(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto* list = body->if_contains("rates");
  if (!list || !list->is_array()) return error_response(r, Error{ErrorKind::invalid, "This must be a list.", "rates"});
  std::vector<ExchangeRate> rates;
  for (std::size_t i = 0; i < list->as_array().size(); ++i) {
    auto rate = read_rate(list->as_array()[i]);
    if (!rate) {
      Error e = rate.error();
      e.field = "rates." + std::to_string(i) + (e.field.empty() ? "" : "." + e.field);
      return error_response(r, e);
    }
    rates.push_back(std::move(*rate));
  }
  auto saved = monitoring_.save_rates(v.principal, std::move(rates));
  if (!saved) return error_response(r, saved.error());
  return json_response(r, rates_json(*saved));
}

// PUT …/rates.csv: currency,month,per_euro rows (header first), as the programme publishes them.
http::Response MonitoringEndpoints::upload_rates(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto rows = uploaded_rows(r, TableForm::csv);
  if (!rows) return error_response(r, rows.error());
  auto rates = read_rates_table(*rows);
  if (!rates) return error_response(r, rates.error());
  auto saved = monitoring_.save_rates(v.principal, std::move(*rates));
  if (!saved) return error_response(r, saved.error());
  return json_response(r, rates_json(*saved));
}

http::Response MonitoringEndpoints::add_spending(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto input = read_spending_body(r);
  if (!input) return error_response(r, input.error());
  SpendingFilter where{input->period, input->partner, input->category};
  auto id = monitoring_.add_spending(v.principal, std::move(*input));
  if (!id) return error_response(r, id.error());
  // The entry as stored (with its provisional euro amount), among its partner's and period's.
  auto found = monitoring_.budget(v.principal, where);
  if (!found) return error_response(r, found.error());
  auto made = std::find_if(found->spending.begin(), found->spending.end(), [&](const Spending& s) { return s.id == *id; });
  if (made == found->spending.end()) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  json::object out = spending_json(*made);
  return created(r, out, std::string(out["href"].as_string()));
}

http::Response MonitoringEndpoints::change_spending(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SpendingId>(r);
  if (!id) return error_response(r, id.error());
  auto input = read_spending_body(r);
  if (!input) return error_response(r, input.error());
  return spending_response(r, monitoring_.change_spending(v.principal, *id, std::move(*input)));
}

http::Response MonitoringEndpoints::delete_spending(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SpendingId>(r);
  if (!id) return error_response(r, id.error());
  if (auto done = monitoring_.delete_spending(v.principal, *id); !done) return error_response(r, done.error());
  return http::make_response(r, bhttp::status::no_content, "", "");
}

// POST …/verification {verification: verified | ineligible, verified_euro, controller_note}
http::Response MonitoringEndpoints::verify_spending(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SpendingId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_verification(json::value(std::move(*body)));
  if (!input) return error_response(r, input.error());
  return spending_response(r, monitoring_.verify_spending(v.principal, *id, std::move(*input)));
}

// POST …/attachment?file_name=…: the invoice or proof of payment.
http::Response MonitoringEndpoints::attach_to_spending(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"file_name"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SpendingId>(r);
  if (!id) return error_response(r, id.error());
  auto file = uploaded_file(r);
  if (!file) return error_response(r, file.error());
  return spending_response(r, monitoring_.attach_to_spending(v.principal, *id, file->name, file->bytes));
}

http::Response MonitoringEndpoints::approve_budget(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto baseline = monitoring_.approve_baseline(v.principal, PlanPart::budget);
  if (!baseline) return error_response(r, baseline.error());
  return json_response(r, baseline_json(*baseline));
}

}  // namespace cps::api
