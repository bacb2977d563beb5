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
  return store_transaction<monitoring_sql::Store>(db_, work);
}

Status MonitoringRepositorySql::read(const std::function<Status(monitoring::MonitoringStore&)>& work) {
  return store_read<monitoring_sql::Store>(db_, work);
}

}  // namespace cps::storage
