// A pilot's logframe: replaced as a whole, read back in its order.
#include "storage/pilot/parts.hpp"

namespace cps::storage::pilot_sql {

Status Store::replace_logframe(PilotId pilot, const std::vector<LogframeEntry>& logframe) {
  ll id = pilot.value();
  s_ << "DELETE FROM pilot_logframe WHERE pilot_id = :id", soci::use(id);
  for (const auto& e : logframe) {
    std::string level = name(e.level, kLogframeLevelNames);
    std::string parent = e.parent_code.value_or("");
    soci::indicator parent_ind = e.parent_code ? soci::i_ok : soci::i_null;
    int position = e.position;
    s_ << "INSERT INTO pilot_logframe (pilot_id, level, code, parent_code, body, assumptions, position) "
          "VALUES (:id, :level, :code, :parent, :body, :assumptions, :position)",
        soci::use(id), soci::use(level), soci::use(e.code), soci::use(parent, parent_ind), soci::use(e.text),
        soci::use(e.assumptions), soci::use(position);
  }
  return {};
}

// Entries come back by position, and in the order they were given where positions are equal.
void Store::attach_logframe(Found& found) {
  for_each_chunk(ids_of(found), [&](const std::vector<ll>& chunk) {
    SqlQuery q;
    q.sql("SELECT pilot_id, id, level, code, parent_code, body, assumptions, position FROM pilot_logframe "
          "WHERE pilot_id IN ")
        .integers(chunk)
        .sql(" ORDER BY pilot_id, position, id");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) {
      LogframeEntry e;
      e.id = LogframeId(get_int(row, 1));
      e.level = value_of(get_text(row, 2), kLogframeLevelNames, "logframe level");
      e.code = get_text(row, 3);
      e.parent_code = get_optional_text(row, 4);
      e.text = get_text(row, 5);
      e.assumptions = get_text(row, 6);
      e.position = int(get_int(row, 7));
      found.at(get_int(row, 0))->logframe.push_back(std::move(e));
    }
  });
}

}  // namespace cps::storage::pilot_sql
