// A pilot's milestones and risks: each added (id 0), changed or removed within its pilot.
#include "storage/pilot/parts.hpp"

namespace cps::storage::pilot_sql {

namespace {

// Removes the row of `table` with the id when it belongs to the pilot; not found otherwise.
Status delete_owned(soci::session& s, const std::string& table, const std::string& field, ll pilot, ll id) {
  soci::statement st = (s.prepare << "DELETE FROM " + table + " WHERE id = :id AND pilot_id = :pilot",
                        soci::use(id), soci::use(pilot));
  st.execute(true);
  if (st.get_affected_rows() != 1) return fail(ErrorKind::not_found, "Not found.", field, std::to_string(id));
  return {};
}

}  // namespace

Result<MilestoneId> Store::save_milestone(PilotId pilot, const Milestone& m) {
  ll pilot_id = pilot.value(), id = m.id.value();
  std::string status = name(m.status, kMilestoneStatusNames);
  if (id == 0) {
    s_ << "INSERT INTO pilot_milestones (pilot_id, title, due_on, status, reached_on, note) "
          "VALUES (:pilot, :title, :due, :status, :reached, :note) RETURNING id",
        soci::use(pilot_id), soci::use(m.title), soci::use(m.due), soci::use(status), soci::use(m.reached_on),
        soci::use(m.note), soci::into(id);
    return MilestoneId(id);
  }
  soci::statement st = (s_.prepare << "UPDATE pilot_milestones SET title = :title, due_on = :due, status = :status, "
                                      "reached_on = :reached, note = :note WHERE id = :id AND pilot_id = :pilot",
                        soci::use(m.title), soci::use(m.due), soci::use(status), soci::use(m.reached_on),
                        soci::use(m.note), soci::use(id), soci::use(pilot_id));
  st.execute(true);
  if (st.get_affected_rows() != 1) return fail(ErrorKind::not_found, "Not found.", "milestone", std::to_string(id));
  return MilestoneId(id);
}

Status Store::delete_milestone(PilotId pilot, MilestoneId milestone) {
  return delete_owned(s_, "pilot_milestones", "milestone", pilot.value(), milestone.value());
}

Result<RiskId> Store::save_risk(PilotId pilot, const Risk& r) {
  ll pilot_id = pilot.value(), id = r.id.value();
  std::string likelihood = name(r.likelihood, kLevelNames), impact = name(r.impact, kLevelNames),
              status = name(r.status, kRiskStatusNames);
  if (id == 0) {
    s_ << "INSERT INTO pilot_risks (pilot_id, description, likelihood, impact, mitigation, status) "
          "VALUES (:pilot, :description, :likelihood, :impact, :mitigation, :status) RETURNING id",
        soci::use(pilot_id), soci::use(r.description), soci::use(likelihood), soci::use(impact),
        soci::use(r.mitigation), soci::use(status), soci::into(id);
    return RiskId(id);
  }
  soci::statement st =
      (s_.prepare << "UPDATE pilot_risks SET description = :description, likelihood = :likelihood, "
                     "impact = :impact, mitigation = :mitigation, status = :status WHERE id = :id AND pilot_id = :pilot",
       soci::use(r.description), soci::use(likelihood), soci::use(impact), soci::use(r.mitigation),
       soci::use(status), soci::use(id), soci::use(pilot_id));
  st.execute(true);
  if (st.get_affected_rows() != 1) return fail(ErrorKind::not_found, "Not found.", "risk", std::to_string(id));
  return RiskId(id);
}

Status Store::delete_risk(PilotId pilot, RiskId risk) {
  return delete_owned(s_, "pilot_risks", "risk", pilot.value(), risk.value());
}

// Milestones by due date (then as added).
void Store::attach_milestones(Found& found) {
  for_each_chunk(ids_of(found), [&](const std::vector<ll>& chunk) {
    SqlQuery q;
    q.sql("SELECT pilot_id, id, title, due_on, status, reached_on, note FROM pilot_milestones WHERE pilot_id IN ")
        .integers(chunk)
        .sql(" ORDER BY pilot_id, due_on, id");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) {
      Milestone m;
      m.id = MilestoneId(get_int(row, 1));
      m.title = get_text(row, 2);
      m.due = get_text(row, 3);
      m.status = value_of(get_text(row, 4), kMilestoneStatusNames, "milestone status");
      m.reached_on = get_text(row, 5);
      m.note = get_text(row, 6);
      found.at(get_int(row, 0))->milestones.push_back(std::move(m));
    }
  });
}

// Risks as added.
void Store::attach_risks(Found& found) {
  for_each_chunk(ids_of(found), [&](const std::vector<ll>& chunk) {
    SqlQuery q;
    q.sql("SELECT pilot_id, id, description, likelihood, impact, mitigation, status FROM pilot_risks "
          "WHERE pilot_id IN ")
        .integers(chunk)
        .sql(" ORDER BY pilot_id, id");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) {
      Risk r;
      r.id = RiskId(get_int(row, 1));
      r.description = get_text(row, 2);
      r.likelihood = value_of(get_text(row, 3), kLevelNames, "risk likelihood");
      r.impact = value_of(get_text(row, 4), kLevelNames, "risk impact");
      r.mitigation = get_text(row, 5);
      r.status = value_of(get_text(row, 6), kRiskStatusNames, "risk status");
      found.at(get_int(row, 0))->risks.push_back(std::move(r));
    }
  });
}

}  // namespace cps::storage::pilot_sql
