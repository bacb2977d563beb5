// The transfers' rows (see transfer_repository_sql.hpp): insert, read one or by a filter
// applied in SQL, the optimistic update, the duplicate check and the audit line.
#include "storage/transfer_repository_sql.hpp"

#include <stdexcept>

#include "storage/audit_log_sql.hpp"
#include "storage/data_epoch.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage {

namespace {

using namespace cps::transfer;
using ll = long long;

// The adopter's name: in English, else in the first language it has, else its slug.
constexpr const char* kColumns =
    "SELECT t.id, t.item_id, t.origin_region_code, t.destination_region_code, t.adopter_organisation_id, "
    "COALESCE((SELECT x.name FROM organisation_texts x WHERE x.organisation_id = t.adopter_organisation_id "
    "ORDER BY CASE WHEN x.lang = 'en' THEN 0 ELSE 1 END, x.lang LIMIT 1), o.slug), "
    "t.adopted_on, t.mode, t.status, t.pilot_id, t.notes, t.result, t.revision, t.recorded_by, t.recorded_at, "
    "t.updated_at FROM transfers t JOIN organisations o ON o.id = t.adopter_organisation_id";

template <class E, std::size_t N>
E stored(const std::string& text, const EnumName<E> (&names)[N], std::string_view what) {
  auto v = parse_name(text, names);
  // CHECK constraints keep other names out: one here is a damaged row.
  if (!v) throw std::runtime_error("a stored transfer value does not read back: " + std::string(what) + " = " + text);
  return *v;
}

Transfer read_row(const soci::row& row) {
  Transfer t;
  t.id = TransferId(get_int(row, 0));
  t.item = get_int(row, 1);
  t.origin = RegionCode(get_text(row, 2));
  t.destination = RegionCode(get_text(row, 3));
  t.adopter = accounts::OrganisationId(get_int(row, 4));
  t.adopter_name = get_text(row, 5);
  t.adopted_on = get_text(row, 6);
  t.mode = stored(get_text(row, 7), kModeNames, "mode");
  t.status = stored(get_text(row, 8), kTransferStatusNames, "status");
  t.pilot = get_optional_int(row, 9);
  t.notes = get_text(row, 10);
  t.result = get_text(row, 11);
  t.revision = int(get_int(row, 12));
  if (auto by = get_optional_int(row, 13)) t.recorded_by = accounts::UserId(*by);
  t.recorded_at = get_int(row, 14);
  t.updated_at = get_int(row, 15);
  return t;
}

// The values bound for a row's columns, kept alive while the statement runs.
struct Bound {
  ll item, adopter, pilot = 0, by = 0, recorded, updated;
  std::string origin, destination, mode, status;
  soci::indicator pilot_ind = soci::i_null, by_ind = soci::i_null;

  explicit Bound(const Transfer& t)
      : item(t.item),
        adopter(t.adopter.value()),
        recorded(t.recorded_at),
        updated(t.updated_at),
        origin(t.origin.str()),
        destination(t.destination.str()),
        mode(to_string(t.mode)),
        status(to_string(t.status)) {
    if (t.pilot) {
      pilot = *t.pilot;
      pilot_ind = soci::i_ok;
    }
    if (t.recorded_by) {
      by = t.recorded_by->value();
      by_ind = soci::i_ok;
    }
  }
};

class Store final : public TransferStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Result<TransferId> insert_transfer(const Transfer& t) override {
    Bound b(t);
    int revision = t.revision > 0 ? t.revision : 1;
    ll id = 0;
    s_ << "INSERT INTO transfers (item_id, origin_region_code, destination_region_code, adopter_organisation_id, "
          "adopted_on, mode, status, pilot_id, notes, result, revision, recorded_by, recorded_at, updated_at) "
          "VALUES (:item, :origin, :destination, :adopter, :adopted_on, :mode, :status, :pilot, :notes, :result, "
          ":revision, :by, :recorded, :updated) RETURNING id",
        soci::use(b.item), soci::use(b.origin), soci::use(b.destination), soci::use(b.adopter),
        soci::use(t.adopted_on), soci::use(b.mode), soci::use(b.status), soci::use(b.pilot, b.pilot_ind),
        soci::use(t.notes), soci::use(t.result), soci::use(revision), soci::use(b.by, b.by_ind),
        soci::use(b.recorded), soci::use(b.updated), soci::into(id);
    return TransferId(id);
  }

  Result<std::optional<Transfer>> transfer(TransferId id) override {
    std::optional<Transfer> out;
    ll v = id.value();
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kColumns) + " WHERE t.id = :id", soci::use(v));
    for (const auto& row : rows) out = read_row(row);
    return out;
  }

  Result<std::vector<Transfer>> transfers(const TransferFilter& f) override {
    SqlQuery q;
    q.sql(kColumns).sql(" WHERE 1 = 1");
    if (f.item) q.sql(" AND t.item_id = ").integer(*f.item);
    if (f.region)
      q.sql(" AND (t.origin_region_code = ")
          .text(f.region->str())
          .sql(" OR t.destination_region_code = ")
          .text(f.region->str())
          .sql(")");
    if (f.country)
      q.sql(" AND EXISTS (SELECT 1 FROM regions r WHERE r.code IN (t.origin_region_code, t.destination_region_code) "
            "AND r.country_code = ")
          .text(f.country->str())
          .sql(")");
    // Four-digit years compare as text.
    if (f.year) q.sql(" AND substr(t.adopted_on, 1, 4) = ").text(fmt_year(*f.year));
    if (f.until) q.sql(" AND substr(t.adopted_on, 1, 4) <= ").text(fmt_year(*f.until));
    if (f.area)
      q.sql(" AND EXISTS (SELECT 1 FROM knowledge_item_areas a WHERE a.item_id = t.item_id AND a.code = ")
          .text(f.area->str())
          .sql(")");
    if (!f.statuses.empty())
      q.sql(" AND t.status IN ").list(f.statuses, [](SqlQuery& each, TransferStatus s) {
        each.text(std::string(to_string(s)));
      });
    q.sql(" ORDER BY t.adopted_on DESC, t.id DESC");
    std::vector<Transfer> out;
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) out.push_back(read_row(row));
    return out;
  }

  Result<std::optional<TransferId>> find(std::int64_t item, const RegionCode& destination) override {
    ll i = item, id = 0;
    std::string d = destination.str();
    soci::indicator ind = soci::i_null;
    s_ << "SELECT id FROM transfers WHERE item_id = :item AND destination_region_code = :destination",
        soci::use(i), soci::use(d), soci::into(id, ind);
    if (!s_.got_data() || ind != soci::i_ok) return std::optional<TransferId>();
    return std::optional(TransferId(id));
  }

  Result<bool> update_transfer(const Transfer& t, int expected_revision) override {
    Bound b(t);
    ll id = t.id.value();
    int expected = expected_revision, next = expected_revision + 1;
    soci::statement st =
        (s_.prepare << "UPDATE transfers SET item_id = :item, origin_region_code = :origin, "
                       "destination_region_code = :destination, adopter_organisation_id = :adopter, "
                       "adopted_on = :adopted_on, mode = :mode, status = :status, pilot_id = :pilot, "
                       "notes = :notes, result = :result, revision = :next, updated_at = :updated "
                       "WHERE id = :id AND revision = :expected",
         soci::use(b.item), soci::use(b.origin), soci::use(b.destination), soci::use(b.adopter),
         soci::use(t.adopted_on), soci::use(b.mode), soci::use(b.status), soci::use(b.pilot, b.pilot_ind),
         soci::use(t.notes), soci::use(t.result), soci::use(next), soci::use(b.updated), soci::use(id),
         soci::use(expected));
    st.execute(true);
    return st.get_affected_rows() == 1;
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    storage::append_audit(s_, record);
    return {};
  }

 private:
  static std::string fmt_year(int year) {
    std::string y = std::to_string(year);
    return std::string(y.size() < 4 ? 4 - y.size() : 0, '0') + y;
  }
  soci::session& s_;
};

}  // namespace

Status TransferRepositorySql::transaction(const std::function<Status(transfer::TransferStore&)>& work) {
  return store_transaction<Store>(db_, work);
}

Status TransferRepositorySql::read(const std::function<Status(transfer::TransferStore&)>& work) {
  return store_read<Store>(db_, work);
}

}  // namespace cps::storage
