#include "storage/search_gap_repository_sql.hpp"

#include "storage/audit_log_sql.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage {

using knowledge::ResultsBucket;
using knowledge::SearchGap;

Status SearchGapRepositorySql::count(const std::string& query, const std::string& language, ResultsBucket results,
                                     const std::string& week, const std::string& oldest_kept_week) {
  const std::string bucket(to_string(results));
  return db_.transaction([&](soci::session& s) {
    s << "INSERT INTO search_gaps (query, language, results, searches, first_week, last_week) "
         "VALUES (:q, :l, :r, 1, :w, :w2) "
         "ON CONFLICT (query, language, results) DO UPDATE SET searches = search_gaps.searches + 1, "
         "last_week = excluded.last_week",
        soci::use(query), soci::use(language), soci::use(bucket), soci::use(week), soci::use(week);
    s << "DELETE FROM search_gaps WHERE last_week < :oldest", soci::use(oldest_kept_week);
  });
}

Result<std::vector<SearchGap>> SearchGapRepositorySql::list(const knowledge::SearchGapFilter& filter) {
  return db_.with_session([&](soci::session& s) {
    SqlQuery q;
    q.sql("SELECT query, language, results, searches, first_week, last_week FROM search_gaps WHERE 1 = 1");
    if (filter.language) q.sql(" AND language = ").text(*filter.language);
    if (filter.results) q.sql(" AND results = ").text(std::string(to_string(*filter.results)));
    q.sql(" ORDER BY searches DESC, last_week DESC, query, language, results");
    std::vector<SearchGap> out;
    for (const auto& row : q.rows(s)) {
      SearchGap g;
      g.query = get_text(row, 0);
      g.language = get_text(row, 1);
      g.results = knowledge::parse_results_bucket(get_text(row, 2)).value_or(ResultsBucket::none);
      g.searches = get_int(row, 3);
      g.first_week = get_text(row, 4);
      g.last_week = get_text(row, 5);
      out.push_back(std::move(g));
    }
    return out;
  });
}

Result<bool> SearchGapRepositorySql::remove(const std::string& query, const std::string& language,
                                            ResultsBucket results, const accounts::AuditRecord& audit) {
  const std::string bucket(to_string(results));
  return db_.transaction([&](soci::session& s) {
    soci::statement st = (s.prepare << "DELETE FROM search_gaps WHERE query = :q AND language = :l AND results = :r",
                          soci::use(query), soci::use(language), soci::use(bucket));
    st.execute(true);
    const bool removed = st.get_affected_rows() > 0;
    if (removed) append_audit(s, audit);
    return removed;
  });
}

}  // namespace cps::storage
