// MonitoringService: the work plan — its activities and deliverables, their status and
// progress, and the matrix of thematic areas × phases or periods.
#include <algorithm>

#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/monitoring_service/internal.hpp"

namespace cps::monitoring {

using namespace service_parts;

namespace {

// Who may update an activity's status and progress: a partner responsible for it, the
// coordinator of one of its areas, the lead partner.
bool may_update(const Principal& who, const Activity& a) {
  std::vector<std::string> areas;
  for (const auto& area : a.areas) areas.push_back(area.str());
  if (accounts::allowed(who, Action::update_activity, accounts::Target{.areas = areas})) return true;
  return std::any_of(a.responsible.begin(), a.responsible.end(), [&](accounts::OrganisationId partner) {
    return accounts::allowed(who, Action::update_activity, accounts::Target{.organisation = partner});
  });
}

Status check_responsible(MonitoringSurroundings& surroundings, const std::vector<accounts::OrganisationId>& ids) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    auto partner = surroundings.partner(ids[i]);
    if (!partner) return std::unexpected(partner.error());
    if (!*partner) return unknown_partner("responsible." + std::to_string(i));
  }
  return {};
}

}  // namespace

Result<WorkPlan> MonitoringService::work_plan(const Principal& who) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  WorkPlan plan;
  auto ok = repository_.read([&](MonitoringStore& store) -> Status {
    auto periods = store.periods();
    if (!periods) return std::unexpected(periods.error());
    plan.periods = std::move(*periods);
    auto activities = store.activities();
    if (!activities) return std::unexpected(activities.error());
    plan.activities = std::move(*activities);
    auto baseline = store.baseline();
    if (!baseline) return std::unexpected(baseline.error());
    plan.baseline = *baseline;
    auto changes = store.plan_changes();
    if (!changes) return std::unexpected(changes.error());
    plan.changes = std::move(*changes);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  std::string today = day_of(now_of(clock_));
  for (const auto& a : plan.activities) plan.lights.push_back(light_of(a, plan.periods, today));
  return plan;
}

Result<Activity> MonitoringService::activity(const Principal& who, ActivityId id) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  Activity out;
  auto ok = repository_.read([&](MonitoringStore& store) -> Status {
    auto a = load_activity(store, id);
    if (!a) return std::unexpected(a.error());
    out = std::move(*a);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<Activity> MonitoringService::save_activity(const Principal& who, std::optional<ActivityId> id,
                                                  ActivityInput input) {
  if (auto m = require_manage(who); !m) return std::unexpected(m.error());
  if (auto r = check_responsible(surroundings_, input.responsible); !r) return std::unexpected(r.error());
  Seconds now = now_of(clock_);
  ActivityId saved;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    auto periods = store.periods();
    if (!periods) return std::unexpected(periods.error());
    if (auto c = check_activity(input, *periods); !c) return c;
    auto baseline = store.baseline();
    if (!baseline) return std::unexpected(baseline.error());
    bool approved = baseline->work_plan_version > 0;
    Activity a;
    if (id) {
      auto stored = load_activity(store, *id);
      if (!stored) return std::unexpected(stored.error());
      a = std::move(*stored);
      // The approved plan's dates and periods move only with an approved change request.
      if (approved && input.due != a.due)
        return fail(ErrorKind::conflict,
                    N_("The work plan is approved: due dates and periods change only through a change request."),
                    "due");
      if (approved && input.periods != a.periods)
        return fail(ErrorKind::conflict,
                    N_("The work plan is approved: due dates and periods change only through a change request."),
                    "periods");
    } else if (approved) {
      return fail(ErrorKind::conflict,
                  N_("The work plan is approved: activities can no longer be added or removed."),
                  "code");
    }
    a.code = input.code;
    a.kind = input.kind;
    a.texts = input.texts;
    a.areas = input.areas;
    a.phase = input.phase;
    a.responsible = input.responsible;
    a.periods = input.periods;
    a.due = input.due;
    a.status = input.status;
    a.progress = input.progress;
    a.status_note = input.status_note;
    a.updated_at = now;
    auto written = store.save_activity(a);
    if (!written) return std::unexpected(written.error());
    saved = *written;
    return audit(store, who, "activity_saved", activity_target(saved), a.code + (id ? " changed" : " added"), now);
  });
  if (!ok) return std::unexpected(ok.error());
  return activity(who, saved);
}

Status MonitoringService::delete_activity(const Principal& who, ActivityId id) {
  if (auto m = require_manage(who); !m) return m;
  Seconds now = now_of(clock_);
  return repository_.transaction([&](MonitoringStore& store) -> Status {
    auto a = load_activity(store, id);
    if (!a) return std::unexpected(a.error());
    auto baseline = store.baseline();
    if (!baseline) return std::unexpected(baseline.error());
    if (baseline->work_plan_version > 0)
      return fail(ErrorKind::conflict,
                  N_("The work plan is approved: activities can no longer be added or removed."),
                  "code");
    if (auto s = store.delete_activity(id); !s) return s;
    return audit(store, who, "activity_deleted", activity_target(id), a->code, now);
  });
}

Result<Activity> MonitoringService::update_activity(const Principal& who, ActivityId id, ActivityUpdate update) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (update.progress < 0 || update.progress > 100)
    return fail(ErrorKind::unprocessable, N_("Progress is a whole number from 0 to 100."), "progress");
  Seconds now = now_of(clock_);
  Activity out;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    auto a = load_activity(store, id);
    if (!a) return std::unexpected(a.error());
    if (!may_update(who, *a)) return std::unexpected(refusal(who));
    a->status = update.status;
    a->progress = update.progress;
    a->status_note = update.status_note;
    a->updated_at = now;
    if (auto s = store.save_activity(*a); !s) return std::unexpected(s.error());
    if (auto s = audit(store, who, "activity_updated", activity_target(id),
                       std::string(to_string(a->status)) + " " + std::to_string(a->progress) + "%", now);
        !s)
      return s;
    auto reread = load_activity(store, id);
    if (!reread) return std::unexpected(reread.error());
    out = std::move(*reread);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<Matrix> MonitoringService::matrix(const Principal& who, MatrixColumns columns, const std::string& language,
                                         std::optional<AreaCode> area) {
  auto plan = work_plan(who);
  if (!plan) return std::unexpected(plan.error());
  Matrix m;
  m.columns_kind = columns;
  if (columns == MatrixColumns::phases)
    for (auto phase : kAllPhases) m.columns.emplace_back(to_string(phase));
  else
    for (const auto& p : plan->periods) m.columns.push_back(std::to_string(p.number));
  std::vector<std::string> rows;
  if (area) rows.push_back(area->str());
  else {
    for (auto wg : accounts::kWorkingGroups) rows.emplace_back(wg);
    rows.emplace_back();  // horizontal: activities for every area
  }
  for (const auto& row_area : rows) {
    MatrixRow row;
    row.area = row_area;
    row.cells.resize(m.columns.size());
    for (std::size_t i = 0; i < plan->activities.size(); ++i) {
      const auto& a = plan->activities[i];
      bool in_row = row_area.empty() ? a.areas.empty()
                                     : std::find(a.areas.begin(), a.areas.end(), AreaCode(row_area)) != a.areas.end();
      if (!in_row) continue;
      MatrixEntry entry{a.id, a.code, text_in(a, language).title, plan->lights[i], a.progress, a.status};
      if (columns == MatrixColumns::phases) {
        row.cells[std::size_t(a.phase)].push_back(entry);
      } else {
        for (std::size_t c = 0; c < plan->periods.size(); ++c)
          if (std::find(a.periods.begin(), a.periods.end(), plan->periods[c].number) != a.periods.end())
            row.cells[c].push_back(entry);
      }
    }
    m.rows.push_back(std::move(row));
  }
  return m;
}

}  // namespace cps::monitoring
