// Modification requests on a pilot's approved baseline: the request with its new targets and,
// when it changes the logframe, the whole new one; later its decision. Read back oldest first.
#include <set>

#include "storage/pilot/parts.hpp"

namespace cps::storage::pilot_sql {

Result<ModificationId> Store::insert_modification(PilotId pilot, const Modification& m) {
  ll pilot_id = pilot.value(), id = 0;
  ll budget = m.budget ? m.budget->value : 0;
  soci::indicator budget_ind = m.budget ? soci::i_ok : soci::i_null;
  std::string ends = m.ends.value_or("");
  soci::indicator ends_ind = m.ends ? soci::i_ok : soci::i_null;
  int changes_logframe = m.logframe ? 1 : 0, version = m.version;
  std::string status = name(m.status, kModificationStatusNames);
  ll requested_by = m.requested_by ? m.requested_by->value() : 0, requested_at = m.requested_at;
  soci::indicator requested_ind = m.requested_by ? soci::i_ok : soci::i_null;
  ll decided_by = m.decided_by ? m.decided_by->value() : 0, decided_at = m.decided_at;
  soci::indicator decided_ind = m.decided_by ? soci::i_ok : soci::i_null;
  s_ << "INSERT INTO pilot_modifications (pilot_id, reason, budget_cents, ends_on, changes_logframe, status, "
        "requested_by, requested_at, decided_by, decision_note, decided_at, version) VALUES (:pilot, :reason, "
        ":budget, :ends, :changes_logframe, :status, :requested_by, :requested_at, :decided_by, :note, "
        ":decided_at, :version) RETURNING id",
      soci::use(pilot_id), soci::use(m.reason), soci::use(budget, budget_ind), soci::use(ends, ends_ind),
      soci::use(changes_logframe), soci::use(status), soci::use(requested_by, requested_ind),
      soci::use(requested_at), soci::use(decided_by, decided_ind), soci::use(m.decision_note),
      soci::use(decided_at), soci::use(version), soci::into(id);
  std::set<std::string> indicators;  // an indicator's new target given twice: the first one
  int position = 0;
  for (const auto& t : m.targets) {
    if (!indicators.insert(t.indicator).second) continue;
    double value = t.target.value;
    s_ << "INSERT INTO pilot_modification_targets (modification_id, indicator_code, position, target_value, "
          "target_on) VALUES (:id, :code, :position, :value, :date)",
        soci::use(id), soci::use(t.indicator), soci::use(position), soci::use(value), soci::use(t.target.date);
    ++position;
  }
  if (m.logframe) {
    int ordinal = 0;
    for (const auto& e : *m.logframe) {
      ll entry = e.id.value();
      std::string level = name(e.level, kLogframeLevelNames);
      std::string parent = e.parent_code.value_or("");
      soci::indicator parent_ind = e.parent_code ? soci::i_ok : soci::i_null;
      int entry_position = e.position;
      s_ << "INSERT INTO pilot_modification_logframe (modification_id, ordinal, entry_id, level, code, parent_code, "
            "body, assumptions, position) VALUES (:id, :ordinal, :entry, :level, :code, :parent, :body, "
            ":assumptions, :position)",
          soci::use(id), soci::use(ordinal), soci::use(entry), soci::use(level), soci::use(e.code),
          soci::use(parent, parent_ind), soci::use(e.text), soci::use(e.assumptions), soci::use(entry_position);
      ++ordinal;
    }
  }
  return ModificationId(id);
}

Status Store::update_modification(PilotId pilot, const Modification& m) {
  ll pilot_id = pilot.value(), id = m.id.value();
  std::string status = name(m.status, kModificationStatusNames);
  ll decided_by = m.decided_by ? m.decided_by->value() : 0, decided_at = m.decided_at;
  soci::indicator decided_ind = m.decided_by ? soci::i_ok : soci::i_null;
  int version = m.version;
  soci::statement st =
      (s_.prepare << "UPDATE pilot_modifications SET status = :status, decided_by = :decided_by, "
                     "decision_note = :note, decided_at = :decided_at, version = :version "
                     "WHERE id = :id AND pilot_id = :pilot",
       soci::use(status), soci::use(decided_by, decided_ind), soci::use(m.decision_note), soci::use(decided_at),
       soci::use(version), soci::use(id), soci::use(pilot_id));
  st.execute(true);
  if (st.get_affected_rows() != 1)
    return fail(ErrorKind::not_found, "Not found.", "modification", std::to_string(id));
  return {};
}

void Store::attach_modifications(Found& found) {
  for_each_chunk(ids_of(found), [&](const std::vector<ll>& chunk) {
    std::map<ll, std::vector<TargetChange>> targets;
    {
      SqlQuery q;
      q.sql("SELECT t.modification_id, t.indicator_code, t.target_value, t.target_on "
            "FROM pilot_modification_targets t JOIN pilot_modifications m ON m.id = t.modification_id "
            "WHERE m.pilot_id IN ")
          .integers(chunk)
          .sql(" ORDER BY t.modification_id, t.position");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows)
        targets[get_int(row, 0)].push_back({get_text(row, 1), Measure{get_real(row, 2), get_text(row, 3)}});
    }
    std::map<ll, std::vector<LogframeEntry>> logframes;
    {
      SqlQuery q;
      q.sql("SELECT l.modification_id, l.entry_id, l.level, l.code, l.parent_code, l.body, l.assumptions, "
            "l.position FROM pilot_modification_logframe l JOIN pilot_modifications m ON m.id = l.modification_id "
            "WHERE m.pilot_id IN ")
          .integers(chunk)
          .sql(" ORDER BY l.modification_id, l.ordinal");
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
        logframes[get_int(row, 0)].push_back(std::move(e));
      }
    }
    SqlQuery q;
    q.sql("SELECT pilot_id, id, reason, budget_cents, ends_on, changes_logframe, status, requested_by, "
          "requested_at, decided_by, decision_note, decided_at, version FROM pilot_modifications WHERE pilot_id IN ")
        .integers(chunk)
        .sql(" ORDER BY pilot_id, id");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) {
      Modification m;
      m.id = ModificationId(get_int(row, 1));
      m.reason = get_text(row, 2);
      if (auto b = get_optional_int(row, 3)) m.budget = EuroCents{*b};
      m.ends = get_optional_text(row, 4);
      if (get_int(row, 5) != 0) {
        auto it = logframes.find(m.id.value());
        m.logframe = it != logframes.end() ? std::move(it->second) : std::vector<LogframeEntry>{};
      }
      m.status = value_of(get_text(row, 6), kModificationStatusNames, "modification status");
      if (auto by = get_optional_int(row, 7)) m.requested_by = accounts::UserId(*by);
      m.requested_at = get_int(row, 8);
      if (auto by = get_optional_int(row, 9)) m.decided_by = accounts::UserId(*by);
      m.decision_note = get_text(row, 10);
      m.decided_at = get_int(row, 11);
      m.version = int(get_int(row, 12));
      if (auto it = targets.find(m.id.value()); it != targets.end()) m.targets = std::move(it->second);
      found.at(get_int(row, 0))->modifications.push_back(std::move(m));
    }
  });
}

}  // namespace cps::storage::pilot_sql
