// Reading stored monitoring values back, and the repository's transaction and read (see
// parts.hpp).
#include <stdexcept>

#include "storage/data_epoch.hpp"
#include "storage/monitoring/parts.hpp"
#include "storage/monitoring_repository_sql.hpp"

namespace cps::storage {

namespace monitoring_sql {

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
