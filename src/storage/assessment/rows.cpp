// Reading stored assessment values back, and the repository's transaction and read (see
// parts.hpp).
#include "storage/assessment/parts.hpp"

#include "storage/assessment_repository_sql.hpp"
#include "storage/data_epoch.hpp"

namespace cps::storage {

namespace assessment_sql {

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

void damaged(std::string_view what, std::string_view value) {
  throw std::runtime_error("a stored assessment value does not read back: " + std::string(what) + " = " +
                           std::string(value));
}

SqlQuery& id_list(SqlQuery& q, const std::vector<ll>& ids) { return q.integers(ids); }

}  // namespace assessment_sql

Status AssessmentRepositorySql::transaction(const std::function<Status(assessment::AssessmentStore&)>& work) {
  return db_.transaction([&](soci::session& s) -> Status {
    assessment_sql::Store store(s);
    auto done = work(store);
    if (done) DataEpoch::bump(s);
    return done;
  });
}

Status AssessmentRepositorySql::read(const std::function<Status(assessment::AssessmentStore&)>& work) {
  return db_.with_session([&](soci::session& s) -> Status {
    assessment_sql::Store store(s);
    return work(store);
  });
}

}  // namespace cps::storage
