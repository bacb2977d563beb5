// Reading stored pilot values back, and the repository's transaction and read (see
// parts.hpp).
#include <stdexcept>

#include "storage/data_epoch.hpp"
#include "storage/pilot/parts.hpp"
#include "storage/pilot_repository_sql.hpp"

namespace cps::storage {

namespace pilot_sql {

void damaged(std::string_view what, std::string_view value) {
  throw std::runtime_error("a stored pilot value does not read back: " + std::string(what) + " = " +
                           std::string(value));
}

std::vector<ll> ids_of(const Found& found) {
  std::vector<ll> ids;
  ids.reserve(found.size());
  for (const auto& entry : found) ids.push_back(entry.first);
  return ids;
}

}  // namespace pilot_sql

Status PilotRepositorySql::transaction(const std::function<Status(pilot::PilotStore&)>& work) {
  return store_transaction<pilot_sql::Store>(db_, work);
}

Status PilotRepositorySql::read(const std::function<Status(pilot::PilotStore&)>& work) {
  return store_read<pilot_sql::Store>(db_, work);
}

}  // namespace cps::storage
