// MonitoringService: the baseline of the work plan and the budget and its change control —
// once approved, a part changes only through a modification request; an approved request
// applies its changes, keeps the approved values as the originals beside the new ones and
// moves the part's version.
#include <algorithm>

#include "core/text.hpp"
#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/monitoring_service/internal.hpp"

namespace cps::monitoring {

using namespace service_parts;

namespace {

std::string part_target(PlanPart part) {
  return part == PlanPart::work_plan ? "workplan" : "budget";
}

Status check_request(MonitoringStore& store, MonitoringSurroundings& surroundings, const PlanChange& change) {
  auto periods = store.periods();
  if (!periods) return std::unexpected(periods.error());
  if (change.part == PlanPart::work_plan) {
    auto activities = store.activities();
    if (!activities) return std::unexpected(activities.error());
    for (std::size_t i = 0; i < change.activities.size(); ++i) {
      const auto& c = change.activities[i];
      std::string at = "activities." + std::to_string(i) + ".";
      if (std::none_of(activities->begin(), activities->end(), [&](const Activity& a) { return a.code == c.activity; }))
        return fail(ErrorKind::unprocessable, N_("Choose an activity from the work plan."), at + "activity");
      if (c.due.empty() && c.periods.empty())
        return fail(ErrorKind::unprocessable, N_("Give a new due date or new periods."), at + "due");
      if (!c.due.empty() && !is_date(c.due))
        return fail(ErrorKind::unprocessable, N_("Enter a date as YYYY-MM-DD that exists."), at + "due");
      for (std::size_t p = 0; p < c.periods.size(); ++p)
        if (!find_period(*periods, c.periods[p])) return period_not_set(at + "periods." + std::to_string(p));
    }
  } else {
    for (std::size_t i = 0; i < change.amounts.size(); ++i) {
      const auto& a = change.amounts[i];
      std::string at = "amounts." + std::to_string(i) + ".";
      if (!find_period(*periods, a.period)) return period_not_set(at + "period");
      if (a.euro.value < 0)
        return fail(ErrorKind::unprocessable,
                    N_("Enter an amount in euro with at most two decimals, not below zero."), at + "euro");
      auto partner = surroundings.partner(a.partner);
      if (!partner) return std::unexpected(partner.error());
      if (!*partner) return unknown_partner(at + "partner");
    }
  }
  return {};
}

// Applies an approved change; the values approved before it stay as the originals (the first
// approved ones, when a later change moves them again).
Status apply(MonitoringStore& store, const PlanChange& change, Seconds now) {
  if (change.part == PlanPart::work_plan) {
    auto activities = store.activities();
    if (!activities) return std::unexpected(activities.error());
    for (const auto& c : change.activities) {
      auto it = std::find_if(activities->begin(), activities->end(), [&](const Activity& a) { return a.code == c.activity; });
      if (it == activities->end()) continue;
      if (it->original_due.empty() && it->original_periods.empty()) {
        it->original_due = it->due;
        it->original_periods = it->periods;
      }
      if (!c.due.empty()) it->due = c.due;
      if (!c.periods.empty()) it->periods = c.periods;
      it->updated_at = now;
      if (auto s = store.save_activity(*it); !s) return std::unexpected(s.error());
    }
    return {};
  }
  auto planned = store.planned_amounts();
  if (!planned) return std::unexpected(planned.error());
  std::vector<PlannedAmount> changed;
  for (auto a : change.amounts) {
    auto it = std::find_if(planned->begin(), planned->end(), [&](const PlannedAmount& p) {
      return p.partner == a.partner && p.category == a.category && p.period == a.period;
    });
    a.original_euro = it == planned->end() ? Cents{0} : it->original_euro.value_or(it->euro);
    changed.push_back(a);
  }
  return store.save_planned_amounts(changed);
}

}  // namespace

Result<Baseline> MonitoringService::approve_baseline(const Principal& who, PlanPart part) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  if (!accounts::allowed(who, Action::approve_baseline)) return std::unexpected(refusal(who));
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  Seconds now = now_of(clock_);
  Baseline out;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    auto baseline = store.baseline();
    if (!baseline) return std::unexpected(baseline.error());
    int& version = part == PlanPart::work_plan ? baseline->work_plan_version : baseline->budget_version;
    if (version > 0)
      return fail(ErrorKind::conflict,
                  N_("This part of the plan is approved already; change it through a change request."), "part");
    bool empty = false;
    if (part == PlanPart::work_plan) {
      auto activities = store.activities();
      if (!activities) return std::unexpected(activities.error());
      empty = activities->empty();
    } else {
      auto planned = store.planned_amounts();
      if (!planned) return std::unexpected(planned.error());
      empty = planned->empty();
    }
    if (empty) return fail(ErrorKind::unprocessable, N_("There is nothing to approve yet."), "part");
    version = 1;
    (part == PlanPart::work_plan ? baseline->work_plan_approved_at : baseline->budget_approved_at) = now;
    if (auto s = store.save_baseline(*baseline); !s) return s;
    if (auto s = audit(store, who, "baseline_approved", part_target(part), "version 1", now); !s) return s;
    out = *baseline;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<PlanChangeId> MonitoringService::request_change(const Principal& who, PlanChange change) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  if (!capabilities(who).request_change) return std::unexpected(refusal(who));
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  change.reason = text::trim(change.reason);
  if (change.reason.empty())
    return fail(ErrorKind::unprocessable, N_("Give the reason for the change."), "reason");
  if (change.part == PlanPart::work_plan && change.activities.empty())
    return fail(ErrorKind::unprocessable, N_("Name at least one change of the work plan."), "activities");
  if (change.part == PlanPart::budget && change.amounts.empty())
    return fail(ErrorKind::unprocessable, N_("Name at least one change of the budget."), "amounts");
  Seconds now = now_of(clock_);
  PlanChangeId id;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    auto baseline = store.baseline();
    if (!baseline) return std::unexpected(baseline.error());
    int version = change.part == PlanPart::work_plan ? baseline->work_plan_version : baseline->budget_version;
    if (version == 0)
      return fail(ErrorKind::conflict,
                  N_("Only an approved work plan or budget changes through a change request; until then, edit it "
                     "directly."),
                  "part");
    if (auto c = check_request(store, surroundings_, change); !c) return c;
    if (change.part == PlanPart::work_plan) change.amounts.clear();
    else change.activities.clear();
    change.status = PlanChangeStatus::requested;
    change.requested_by = who.user;
    change.requested_at = now;
    change.decided_by.reset();
    change.decision_note.clear();
    change.decided_at = 0;
    change.version = 0;
    auto inserted = store.insert_plan_change(change);
    if (!inserted) return std::unexpected(inserted.error());
    id = *inserted;
    return audit(store, who, "change_requested", part_target(change.part),
                 "change " + std::to_string(id.value()) + ": " + change.reason, now);
  });
  if (!ok) return std::unexpected(ok.error());
  return id;
}

Result<PlanChange> MonitoringService::decide_change(const Principal& who, PlanChangeId id, Decision decision,
                                                    const std::string& note) {
  if (auto v = require_view(who); !v) return std::unexpected(v.error());
  if (!accounts::allowed(who, Action::approve_baseline)) return std::unexpected(refusal(who));
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  std::string trimmed = text::trim(note);
  if (decision == Decision::reject && trimmed.empty())
    return fail(ErrorKind::unprocessable, N_("Say why the change is rejected."), "note");
  Seconds now = now_of(clock_);
  PlanChange out;
  auto ok = repository_.transaction([&](MonitoringStore& store) -> Status {
    auto changes = store.plan_changes();
    if (!changes) return std::unexpected(changes.error());
    auto it = std::find_if(changes->begin(), changes->end(), [&](const PlanChange& c) { return c.id == id; });
    if (it == changes->end()) return not_found();
    PlanChange change = *it;
    if (change.status != PlanChangeStatus::requested)
      return fail(ErrorKind::conflict, N_("This change request has been decided already."), "status");
    change.decided_by = who.user;
    change.decided_at = now;
    change.decision_note = trimmed;
    if (decision == Decision::approve) {
      if (auto a = apply(store, change, now); !a) return a;
      auto baseline = store.baseline();
      if (!baseline) return std::unexpected(baseline.error());
      int& version = change.part == PlanPart::work_plan ? baseline->work_plan_version : baseline->budget_version;
      change.version = ++version;
      if (auto s = store.save_baseline(*baseline); !s) return s;
      change.status = PlanChangeStatus::approved;
    } else {
      change.status = PlanChangeStatus::rejected;
    }
    if (auto s = store.update_plan_change(change); !s) return s;
    std::string verb = decision == Decision::approve ? "change_approved" : "change_rejected";
    std::string detail = "change " + std::to_string(id.value());
    if (change.version) detail += ", version " + std::to_string(change.version);
    if (!trimmed.empty()) detail += ": " + trimmed;
    if (auto s = audit(store, who, verb, part_target(change.part), detail, now); !s) return s;
    out = std::move(change);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace cps::monitoring
