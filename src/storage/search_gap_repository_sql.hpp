// The report of searches that found little (table search_gaps) in either database.
#pragma once

#include "domain/knowledge/search_gaps.hpp"
#include "storage/database.hpp"

namespace cps::storage {

// Counting is one upsert, so that several server processes count the same query without
// losing a search. It does not move the data epoch: no page anybody else sees shows the report.
class SearchGapRepositorySql final : public knowledge::SearchGapRepository {
 public:
  explicit SearchGapRepositorySql(Database& db) : db_(db) {}

  Status count(const std::string& query, const std::string& language, knowledge::ResultsBucket results,
               const std::string& week, const std::string& oldest_kept_week) override;
  Result<std::vector<knowledge::SearchGap>> list(const knowledge::SearchGapFilter& filter) override;
  Result<bool> remove(const std::string& query, const std::string& language, knowledge::ResultsBucket results,
                      const accounts::AuditRecord& audit) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
