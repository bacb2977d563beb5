// Reading stored monitoring values back, and the repository's transaction and read (see
// parts.hpp).
#include <stdexcept>

#include "storage/data_epoch.hpp"
#include "storage/monitoring/parts.hpp"
#include "storage/monitoring_repository_sql.hpp"

namespace cps::storage {

namespace monitoring_sql {

std::optional<ll> optional_int(const soci::row& row, std::size_t column) {
  if (row.get_indicator(column) == soci::i_null) return std::nullopt;
  return get_int(row, column);
}

// SQLite reports a column by its declared type, PostgreSQL by the value's: accept each.
double real(const soci::row& row, std::size_t column) {
  switch (row.get_properties(column).get_data_type()) {
    case soci::dt_double:
      return row.get<double>(column);
    case soci::dt_string:
      return std::stod(row.get<std::string>(column));
    default:
      return double(get_int(row, column));
  }
}

std::optional<double> optional_real(const soci::row& row, std::size_t column) {
  if (row.get_indicator(column) == soci::i_null) return std::nullopt;
  return real(row, column);
}

void damaged(std::string_view what, std::string_view value) {
  throw std::runtime_error("a stored monitoring value does not read back: " + std::string(what) + " = " +
                           std::string(value));
}

std::string organisation_name_sql(std::string_view id_column) {
  std::string id(id_column);
  return "COALESCE((SELECT t.name FROM organisation_texts t WHERE t.organisation_id = " + id +
         " AND t.lang = 'en'), (SELECT MIN(t.name) FROM organisation_texts t WHERE t.organisation_id = " + id +
         "), (SELECT o.slug FROM organisations o WHERE o.id = " + id + "), '')";
}

}  // namespace monitoring_sql

Status MonitoringRepositorySql::transaction(const std::function<Status(monitoring::MonitoringStore&)>& work) {
  return db_.transaction([&](soci::session& s) -> Status {
    monitoring_sql::Store store(s);
    auto done = work(store);
    if (done) DataEpoch::bump(s);
    return done;
  });
}

Status MonitoringRepositorySql::read(const std::function<Status(monitoring::MonitoringStore&)>& work) {
  return db_.with_session([&](soci::session& s) -> Status {
    monitoring_sql::Store store(s);
    return work(store);
  });
}

}  // namespace cps::storage
