// Reading stored assessment values back, and the repository's transaction and read (see
// parts.hpp).
#include "storage/assessment/parts.hpp"

#include "storage/assessment_repository_sql.hpp"
#include "storage/data_epoch.hpp"

namespace cps::storage {

namespace assessment_sql {

void damaged(std::string_view what, std::string_view value) {
  throw std::runtime_error("a stored assessment value does not read back: " + std::string(what) + " = " +
                           std::string(value));
}

SqlQuery& id_list(SqlQuery& q, const std::vector<ll>& ids) { return q.integers(ids); }

}  // namespace assessment_sql

Status AssessmentRepositorySql::transaction(const std::function<Status(assessment::AssessmentStore&)>& work) {
  return store_transaction<assessment_sql::Store>(db_, work);
}

Status AssessmentRepositorySql::read(const std::function<Status(assessment::AssessmentStore&)>& work) {
  return store_read<assessment_sql::Store>(db_, work);
}

}  // namespace cps::storage
