// Spending entries: the expense in its currency with the fields a first-level controller asks
// for, its attachment, the rate and euro amount once fixed, and the controller's verification.
#include "storage/monitoring/parts.hpp"

namespace cps::storage::monitoring_sql {

namespace {

std::string spending_columns() {
  return "SELECT s.id, s.organisation_id, " + organisation_name_sql("s.organisation_id") +
         ", s.category, s.period, s.spent_on, s.description, s.amount_cents, s.currency, s.vat_cents, s.rate, "
         "s.euro_cents, s.invoice_number, s.invoice_date, s.payment_date, s.procurement_reference, s.cofinancing, "
         "s.document, s.attachment_name, s.attachment_sha256, s.attachment_media_type, s.attachment_size, "
         "s.verification, s.verified_cents, s.controller_note, s.verified_by, s.verified_at, s.entered_by, "
         "s.entered_at FROM monitoring_spending s";
}

Spending read_spending(const soci::row& row) {
  Spending s;
  s.id = SpendingId(get_int(row, 0));
  s.partner = accounts::OrganisationId(get_int(row, 1));
  s.partner_name = get_text(row, 2);
  s.category = value_of(get_text(row, 3), kCostCategoryNames, "cost category");
  s.period = int(get_int(row, 4));
  s.date = get_text(row, 5);
  s.description = get_text(row, 6);
  s.amount = Cents{get_int(row, 7)};
  s.currency = CurrencyCode(get_text(row, 8));
  s.vat = Cents{get_int(row, 9)};
  s.rate = get_optional_real(row, 10);
  if (auto euro = get_optional_int(row, 11)) s.euro = Cents{*euro};
  s.invoice_number = get_text(row, 12);
  s.invoice_date = get_text(row, 13);
  s.payment_date = get_text(row, 14);
  s.procurement_reference = get_text(row, 15);
  s.cofinancing = get_text(row, 16);
  s.document = get_text(row, 17);
  if (row.get_indicator(19) != soci::i_null)
    s.attachment = Attachment{get_text(row, 18), get_text(row, 19), get_optional_text(row, 20).value_or(""),
                              get_optional_int(row, 21).value_or(0)};
  s.verification = value_of(get_text(row, 22), kVerificationNames, "verification");
  if (auto verified = get_optional_int(row, 23)) s.verified_euro = Cents{*verified};
  s.controller_note = get_text(row, 24);
  if (auto by = get_optional_int(row, 25)) s.verified_by = accounts::UserId(*by);
  s.verified_at = get_int(row, 26);
  if (auto by = get_optional_int(row, 27)) s.entered_by = accounts::UserId(*by);
  s.entered_at = get_int(row, 28);
  return s;
}

// The values of an entry as bound to its INSERT or UPDATE, kept alive for the statement.
struct Bound {
  explicit Bound(const Spending& s)
      : partner(s.partner.value()),
        period(s.period),
        category(name(s.category, kCostCategoryNames)),
        amount(s.amount.value),
        currency(s.currency.str()),
        vat(s.vat.value),
        rate(s.rate),
        euro(s.euro ? std::optional<ll>(s.euro->value) : std::nullopt),
        attachment_name(s.attachment ? std::optional(s.attachment->name) : std::nullopt),
        attachment_sha256(s.attachment ? std::optional(s.attachment->sha256) : std::nullopt),
        attachment_media_type(s.attachment ? std::optional(s.attachment->media_type) : std::nullopt),
        attachment_size(s.attachment ? std::optional<ll>(s.attachment->size) : std::nullopt),
        verification(name(s.verification, kVerificationNames)),
        verified(s.verified_euro ? std::optional<ll>(s.verified_euro->value) : std::nullopt),
        verified_by(s.verified_by ? std::optional<ll>(s.verified_by->value()) : std::nullopt),
        verified_at(s.verified_at),
        entered_by(s.entered_by ? std::optional<ll>(s.entered_by->value()) : std::nullopt),
        entered_at(s.entered_at) {}
  ll partner;
  int period;
  std::string category;
  ll amount;
  std::string currency;
  ll vat;
  Nullable<double> rate;
  Nullable<ll> euro;
  Nullable<std::string> attachment_name, attachment_sha256, attachment_media_type;
  Nullable<ll> attachment_size;
  std::string verification;
  Nullable<ll> verified;
  Nullable<ll> verified_by;
  ll verified_at;
  Nullable<ll> entered_by;
  ll entered_at;
};

}  // namespace

Result<SpendingId> Store::insert_spending(const Spending& s) {
  Bound b(s);
  ll id = 0;
  s_ << "INSERT INTO monitoring_spending (organisation_id, category, period, spent_on, description, amount_cents, "
        "currency, vat_cents, rate, euro_cents, invoice_number, invoice_date, payment_date, procurement_reference, "
        "cofinancing, document, attachment_name, attachment_sha256, attachment_media_type, attachment_size, "
        "verification, verified_cents, controller_note, verified_by, verified_at, entered_by, entered_at) VALUES "
        "(:partner, :category, :period, :spent_on, :description, :amount, :currency, :vat, :rate, :euro, "
        ":invoice_number, :invoice_date, :payment_date, :procurement, :cofinancing, :document, :a_name, :a_sha256, "
        ":a_type, :a_size, :verification, :verified, :note, :verified_by, :verified_at, :entered_by, :entered_at) "
        "RETURNING id",
      soci::use(b.partner), soci::use(b.category), soci::use(b.period), soci::use(s.date), soci::use(s.description),
      soci::use(b.amount), soci::use(b.currency), soci::use(b.vat), soci::use(b.rate.value, b.rate.indicator),
      soci::use(b.euro.value, b.euro.indicator), soci::use(s.invoice_number), soci::use(s.invoice_date),
      soci::use(s.payment_date), soci::use(s.procurement_reference), soci::use(s.cofinancing),
      soci::use(s.document), soci::use(b.attachment_name.value, b.attachment_name.indicator),
      soci::use(b.attachment_sha256.value, b.attachment_sha256.indicator),
      soci::use(b.attachment_media_type.value, b.attachment_media_type.indicator),
      soci::use(b.attachment_size.value, b.attachment_size.indicator), soci::use(b.verification),
      soci::use(b.verified.value, b.verified.indicator), soci::use(s.controller_note),
      soci::use(b.verified_by.value, b.verified_by.indicator), soci::use(b.verified_at),
      soci::use(b.entered_by.value, b.entered_by.indicator), soci::use(b.entered_at), soci::into(id);
  return SpendingId(id);
}

Result<std::optional<Spending>> Store::spending(SpendingId id) {
  std::optional<Spending> out;
  ll v = id.value();
  soci::rowset<soci::row> rows = (s_.prepare << spending_columns() + " WHERE s.id = :id", soci::use(v));
  for (const auto& row : rows) out = read_spending(row);
  return out;
}

Result<std::vector<Spending>> Store::spendings(const SpendingFilter& f) {
  SqlQuery q;
  q.sql(spending_columns()).sql(" WHERE 1 = 1");
  if (f.period) q.sql(" AND s.period = ").integer(*f.period);
  if (f.partner) q.sql(" AND s.organisation_id = ").integer(f.partner->value());
  if (f.category) q.sql(" AND s.category = ").text(name(*f.category, kCostCategoryNames));
  if (f.verification) q.sql(" AND s.verification = ").text(name(*f.verification, kVerificationNames));
  q.sql(" ORDER BY s.spent_on, s.id");
  std::vector<Spending> out;
  soci::rowset<soci::row> rows = q.rows(s_);
  for (const auto& row : rows) out.push_back(read_spending(row));
  return out;
}

Status Store::update_spending(const Spending& s) {
  Bound b(s);
  ll id = s.id.value();
  soci::statement st =
      (s_.prepare << "UPDATE monitoring_spending SET organisation_id = :partner, category = :category, "
                     "period = :period, spent_on = :spent_on, description = :description, amount_cents = :amount, "
                     "currency = :currency, vat_cents = :vat, rate = :rate, euro_cents = :euro, "
                     "invoice_number = :invoice_number, invoice_date = :invoice_date, payment_date = :payment_date, "
                     "procurement_reference = :procurement, cofinancing = :cofinancing, document = :document, "
                     "attachment_name = :a_name, attachment_sha256 = :a_sha256, attachment_media_type = :a_type, "
                     "attachment_size = :a_size, verification = :verification, verified_cents = :verified, "
                     "controller_note = :note, verified_by = :verified_by, verified_at = :verified_at, "
                     "entered_by = :entered_by, entered_at = :entered_at WHERE id = :id",
       soci::use(b.partner), soci::use(b.category), soci::use(b.period), soci::use(s.date), soci::use(s.description),
       soci::use(b.amount), soci::use(b.currency), soci::use(b.vat), soci::use(b.rate.value, b.rate.indicator),
       soci::use(b.euro.value, b.euro.indicator), soci::use(s.invoice_number), soci::use(s.invoice_date),
       soci::use(s.payment_date), soci::use(s.procurement_reference), soci::use(s.cofinancing),
       soci::use(s.document), soci::use(b.attachment_name.value, b.attachment_name.indicator),
       soci::use(b.attachment_sha256.value, b.attachment_sha256.indicator),
       soci::use(b.attachment_media_type.value, b.attachment_media_type.indicator),
       soci::use(b.attachment_size.value, b.attachment_size.indicator), soci::use(b.verification),
       soci::use(b.verified.value, b.verified.indicator), soci::use(s.controller_note),
       soci::use(b.verified_by.value, b.verified_by.indicator), soci::use(b.verified_at),
       soci::use(b.entered_by.value, b.entered_by.indicator), soci::use(b.entered_at), soci::use(id));
  st.execute(true);
  if (st.get_affected_rows() != 1) return fail(ErrorKind::not_found, "Not found.", "spending", std::to_string(id));
  return {};
}

Status Store::delete_spending(SpendingId id) {
  ll v = id.value();
  soci::statement st = (s_.prepare << "DELETE FROM monitoring_spending WHERE id = :id", soci::use(v));
  st.execute(true);
  if (st.get_affected_rows() != 1) return fail(ErrorKind::not_found, "Not found.", "spending", std::to_string(v));
  return {};
}

}  // namespace cps::storage::monitoring_sql
