// Planned amounts per partner, cost category and period (in euro cents, with the approved
// amount once a modification changed it) and the programme's monthly exchange rates.
#include <algorithm>

#include "storage/monitoring/parts.hpp"

namespace cps::storage::monitoring_sql {

Result<std::vector<PlannedAmount>> Store::planned_amounts() {
  std::vector<PlannedAmount> out;
  soci::rowset<soci::row> rows =
      (s_.prepare << "SELECT organisation_id, category, period, euro_cents, original_cents FROM monitoring_planned "
                     "ORDER BY organisation_id, period, category");
  for (const auto& row : rows) {
    PlannedAmount p;
    p.partner = accounts::OrganisationId(get_int(row, 0));
    p.category = value_of(get_text(row, 1), kCostCategoryNames, "cost category");
    p.period = int(get_int(row, 2));
    p.euro = Cents{get_int(row, 3)};
    if (auto original = get_optional_int(row, 4)) p.original_euro = Cents{*original};
    out.push_back(p);
  }
  // By partner, period and the categories' own order (the programme's), not alphabetically.
  auto position = [](CostCategory c) {
    for (std::size_t i = 0; i < kAllCostCategories.size(); ++i)
      if (kAllCostCategories[i] == c) return i;
    return kAllCostCategories.size();
  };
  std::stable_sort(out.begin(), out.end(), [&](const PlannedAmount& a, const PlannedAmount& b) {
    if (a.partner != b.partner) return a.partner < b.partner;
    if (a.period != b.period) return a.period < b.period;
    return position(a.category) < position(b.category);
  });
  return out;
}

Status Store::save_planned_amounts(const std::vector<PlannedAmount>& amounts) {
  for (const auto& p : amounts) {
    ll partner = p.partner.value(), euro = p.euro.value;
    int period = p.period;
    std::string category = name(p.category, kCostCategoryNames);
    Nullable<ll> original(p.original_euro ? std::optional<ll>(p.original_euro->value) : std::nullopt);
    s_ << "INSERT INTO monitoring_planned (organisation_id, category, period, euro_cents, original_cents) "
          "VALUES (:partner, :category, :period, :euro, :original) ON CONFLICT (organisation_id, category, period) "
          "DO UPDATE SET euro_cents = excluded.euro_cents, original_cents = excluded.original_cents",
        soci::use(partner), soci::use(category), soci::use(period), soci::use(euro),
        soci::use(original.value, original.indicator);
  }
  return {};
}

Result<std::vector<ExchangeRate>> Store::rates() {
  std::vector<ExchangeRate> out;
  soci::rowset<soci::row> rows =
      (s_.prepare << "SELECT currency, month, per_euro FROM monitoring_rates ORDER BY currency, month");
  for (const auto& row : rows) out.push_back({CurrencyCode(get_text(row, 0)), get_text(row, 1), get_real(row, 2)});
  return out;
}

Status Store::save_rates(const std::vector<ExchangeRate>& rates) {
  for (const auto& r : rates) {
    std::string currency = r.currency.str();
    double per_euro = r.per_euro;
    s_ << "INSERT INTO monitoring_rates (currency, month, per_euro) VALUES (:currency, :month, :rate) "
          "ON CONFLICT (currency, month) DO UPDATE SET per_euro = excluded.per_euro",
        soci::use(currency), soci::use(r.month), soci::use(per_euro);
  }
  return {};
}

}  // namespace cps::storage::monitoring_sql
