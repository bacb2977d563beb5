// The baseline of the work plan and the budget with its modification requests, the project
// indicators' targets, the reminders already sent, and the audit line.
#include <sstream>

#include "storage/audit_log_sql.hpp"
#include "storage/monitoring/parts.hpp"

namespace cps::storage::monitoring_sql {

namespace {

std::string join(const std::vector<int>& numbers) {
  std::string out;
  for (int n : numbers) out += (out.empty() ? "" : ",") + std::to_string(n);
  return out;
}

std::vector<int> split(const std::string& text) {
  std::vector<int> out;
  std::istringstream in(text);
  std::string part;
  while (std::getline(in, part, ','))
    if (!part.empty()) out.push_back(std::stoi(part));
  return out;
}

}  // namespace

Result<std::vector<IndicatorTarget>> Store::targets() {
  std::vector<IndicatorTarget> out;
  soci::rowset<soci::row> rows =
      (s_.prepare << "SELECT measured, target, programme_code FROM monitoring_targets ORDER BY position, measured");
  for (const auto& row : rows)
    out.push_back({value_of(get_text(row, 0), kMeasuredNames, "measured"), get_int(row, 1), get_text(row, 2)});
  return out;
}

Status Store::replace_targets(const std::vector<IndicatorTarget>& targets) {
  s_ << "DELETE FROM monitoring_targets";
  int position = 0;
  for (const auto& t : targets) {
    ++position;
    std::string measured = name(t.measured, kMeasuredNames);
    ll target = t.target;
    s_ << "INSERT INTO monitoring_targets (measured, position, target, programme_code) "
          "VALUES (:measured, :position, :target, :code)",
        soci::use(measured), soci::use(position), soci::use(target), soci::use(t.programme_code);
  }
  return {};
}

Result<Baseline> Store::baseline() {
  Baseline b;
  soci::rowset<soci::row> rows =
      (s_.prepare << "SELECT work_plan_version, work_plan_approved_at, budget_version, budget_approved_at "
                     "FROM monitoring_baseline WHERE id = 1");
  for (const auto& row : rows) {
    b.work_plan_version = int(get_int(row, 0));
    b.work_plan_approved_at = get_int(row, 1);
    b.budget_version = int(get_int(row, 2));
    b.budget_approved_at = get_int(row, 3);
  }
  return b;
}

Status Store::save_baseline(const Baseline& b) {
  int work_plan = b.work_plan_version, budget = b.budget_version;
  ll work_plan_at = b.work_plan_approved_at, budget_at = b.budget_approved_at;
  s_ << "UPDATE monitoring_baseline SET work_plan_version = :wv, work_plan_approved_at = :wa, "
        "budget_version = :bv, budget_approved_at = :ba WHERE id = 1",
      soci::use(work_plan), soci::use(work_plan_at), soci::use(budget), soci::use(budget_at);
  return {};
}

Result<PlanChangeId> Store::insert_plan_change(const PlanChange& c) {
  std::string part = name(c.part, kPlanPartNames), status = name(c.status, kPlanChangeStatusNames);
  Nullable<ll> requested_by(c.requested_by ? std::optional<ll>(c.requested_by->value()) : std::nullopt);
  Nullable<ll> decided_by(c.decided_by ? std::optional<ll>(c.decided_by->value()) : std::nullopt);
  ll requested_at = c.requested_at, decided_at = c.decided_at, id = 0;
  int version = c.version;
  s_ << "INSERT INTO monitoring_plan_changes (part, reason, status, requested_by, requested_at, decided_by, "
        "decision_note, decided_at, version) VALUES (:part, :reason, :status, :requested_by, :requested_at, "
        ":decided_by, :note, :decided_at, :version) RETURNING id",
      soci::use(part), soci::use(c.reason), soci::use(status), soci::use(requested_by.value, requested_by.indicator),
      soci::use(requested_at), soci::use(decided_by.value, decided_by.indicator), soci::use(c.decision_note),
      soci::use(decided_at), soci::use(version), soci::into(id);
  int position = 0;
  for (const auto& a : c.activities) {
    ++position;
    std::string periods = join(a.periods);
    s_ << "INSERT INTO monitoring_plan_change_activities (change_id, position, activity_code, due, periods) "
          "VALUES (:id, :position, :code, :due, :periods)",
        soci::use(id), soci::use(position), soci::use(a.activity), soci::use(a.due), soci::use(periods);
  }
  position = 0;
  for (const auto& p : c.amounts) {
    ++position;
    ll partner = p.partner.value(), euro = p.euro.value;
    int period = p.period;
    std::string category = name(p.category, kCostCategoryNames);
    s_ << "INSERT INTO monitoring_plan_change_amounts (change_id, position, organisation_id, category, period, "
          "euro_cents) VALUES (:id, :position, :partner, :category, :period, :euro)",
        soci::use(id), soci::use(position), soci::use(partner), soci::use(category), soci::use(period),
        soci::use(euro);
  }
  return PlanChangeId(id);
}

// The request itself (reason, lines) is a record; the decision is what changes.
Status Store::update_plan_change(const PlanChange& c) {
  std::string status = name(c.status, kPlanChangeStatusNames);
  Nullable<ll> decided_by(c.decided_by ? std::optional<ll>(c.decided_by->value()) : std::nullopt);
  ll decided_at = c.decided_at, id = c.id.value();
  int version = c.version;
  soci::statement st =
      (s_.prepare << "UPDATE monitoring_plan_changes SET status = :status, decided_by = :decided_by, "
                     "decision_note = :note, decided_at = :decided_at, version = :version WHERE id = :id",
       soci::use(status), soci::use(decided_by.value, decided_by.indicator), soci::use(c.decision_note),
       soci::use(decided_at), soci::use(version), soci::use(id));
  st.execute(true);
  if (st.get_affected_rows() != 1) return fail(ErrorKind::not_found, "Not found.", "change", std::to_string(id));
  return {};
}

Result<std::vector<PlanChange>> Store::plan_changes() {
  std::vector<PlanChange> out;
  std::map<ll, std::size_t> index;
  {
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT id, part, reason, status, requested_by, requested_at, decided_by, decision_note, "
                       "decided_at, version FROM monitoring_plan_changes ORDER BY requested_at DESC, id DESC");
    for (const auto& row : rows) {
      PlanChange c;
      c.id = PlanChangeId(get_int(row, 0));
      c.part = value_of(get_text(row, 1), kPlanPartNames, "plan part");
      c.reason = get_text(row, 2);
      c.status = value_of(get_text(row, 3), kPlanChangeStatusNames, "change status");
      if (auto by = get_optional_int(row, 4)) c.requested_by = accounts::UserId(*by);
      c.requested_at = get_int(row, 5);
      if (auto by = get_optional_int(row, 6)) c.decided_by = accounts::UserId(*by);
      c.decision_note = get_text(row, 7);
      c.decided_at = get_int(row, 8);
      c.version = int(get_int(row, 9));
      index[c.id.value()] = out.size();
      out.push_back(std::move(c));
    }
  }
  if (out.empty()) return out;
  {
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT change_id, activity_code, due, periods FROM monitoring_plan_change_activities "
                       "ORDER BY change_id, position");
    for (const auto& row : rows)
      if (auto it = index.find(get_int(row, 0)); it != index.end())
        out[it->second].activities.push_back({get_text(row, 1), get_text(row, 2), split(get_text(row, 3))});
  }
  {
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT change_id, organisation_id, category, period, euro_cents "
                       "FROM monitoring_plan_change_amounts ORDER BY change_id, position");
    for (const auto& row : rows)
      if (auto it = index.find(get_int(row, 0)); it != index.end()) {
        PlannedAmount p;
        p.partner = accounts::OrganisationId(get_int(row, 1));
        p.category = value_of(get_text(row, 2), kCostCategoryNames, "cost category");
        p.period = int(get_int(row, 3));
        p.euro = Cents{get_int(row, 4)};
        out[it->second].amounts.push_back(p);
      }
  }
  return out;
}

Result<bool> Store::reminder_sent(const std::string& key) {
  int n = 0;
  s_ << "SELECT COUNT(*) FROM monitoring_reminders WHERE reminder_key = :key", soci::use(key), soci::into(n);
  return n > 0;
}

Status Store::mark_reminder_sent(const std::string& key, Seconds at) {
  ll when = at;
  s_ << "INSERT INTO monitoring_reminders (reminder_key, sent_at) VALUES (:key, :at) "
        "ON CONFLICT (reminder_key) DO NOTHING",
      soci::use(key), soci::use(when);
  return {};
}

Status Store::append_audit(const accounts::AuditRecord& record) {
  storage::append_audit(s_, record);
  return {};
}

}  // namespace cps::storage::monitoring_sql
