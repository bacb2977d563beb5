// The reporting periods as monitoring sees them: the platform's one list of periods, those
// whose report due date is set.
#include "storage/monitoring/parts.hpp"

namespace cps::storage::monitoring_sql {

Result<std::vector<ReportingPeriod>> Store::periods() {
  std::vector<ReportingPeriod> out;
  soci::rowset<soci::row> rows = (s_.prepare << "SELECT number, starts_on, ends_on, report_due FROM reporting_periods "
                                                "WHERE report_due <> '' ORDER BY number");
  for (const auto& row : rows)
    out.push_back({int(get_int(row, 0)), get_text(row, 1), get_text(row, 2), get_text(row, 3)});
  return out;
}

// Periods left out are not deleted — assessments and pilots may refer to them — but no longer
// count for monitoring (their due date is cleared).
Status Store::replace_periods(const std::vector<ReportingPeriod>& periods) {
  std::vector<ll> numbers;
  for (const auto& p : periods) {
    int number = p.number;
    numbers.push_back(number);
    s_ << "INSERT INTO reporting_periods (number, starts_on, ends_on, report_due) VALUES (:n, :s, :e, :d) "
          "ON CONFLICT (number) DO UPDATE SET starts_on = excluded.starts_on, ends_on = excluded.ends_on, "
          "report_due = excluded.report_due",
        soci::use(number), soci::use(p.starts), soci::use(p.ends), soci::use(p.report_due);
  }
  SqlQuery q;
  q.sql("UPDATE reporting_periods SET report_due = ''");
  if (!numbers.empty()) q.sql(" WHERE number NOT IN ").integers(numbers);
  q.execute(s_);
  return {};
}

}  // namespace cps::storage::monitoring_sql
