// Pilots: the approved baseline and its change control. Approval freezes the logframe, the
// targets, the budget and the end date; afterwards the lead's staff ask for a modification
// with its reason, and an approver decides it: approved, it applies the changes (the original
// targets, budget and end date kept beside the new ones) as the next baseline version.
#include <algorithm>

#include "core/text.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "domain/pilot/pilot_service/internal.hpp"
#include "i18n/catalogue.hpp"

namespace cps::pilot {

using namespace service_parts;
using i18n::N_;

namespace {

bool has_open_request(const Pilot& p) {
  return std::any_of(p.modifications.begin(), p.modifications.end(),
                     [](const Modification& m) { return m.status == ModificationStatus::requested; });
}

// The indicator's definition with a new target, as check_indicator judges it.
IndicatorInput with_target(const Indicator& i, const Measure& target) {
  return IndicatorInput{i.code,   i.name,   i.kind,   i.unit, i.direction, i.baseline,
                        target,   i.source, i.logframe_code};
}

// The rules on a request that need the pilot: its indicators, its start, its indicators'
// logframe entries.
Status check_request(const Pilot& p, const Modification& m) {
  if (text::trim(m.reason).empty())
    return fail(ErrorKind::unprocessable, N_("Say why the baseline should change."), "reason");
  if (m.targets.empty() && !m.budget && !m.ends && !m.logframe)
    return fail(ErrorKind::unprocessable, N_("Change at least one target, the budget, the end date or the logframe."),
                "targets");
  for (std::size_t i = 0; i < m.targets.size(); ++i) {
    std::string at = "targets." + std::to_string(i) + ".";
    const Indicator* indicator = indicator_coded(p, m.targets[i].indicator);
    if (!indicator) return fail(ErrorKind::unprocessable, N_("Choose an indicator of the pilot."), at + "indicator");
    if (auto ok = check_indicator(with_target(*indicator, m.targets[i].target)); !ok) {
      auto error = ok.error();
      error.field = at + error.field;
      return std::unexpected(std::move(error));
    }
  }
  if (m.budget && m.budget->value < 0)
    return fail(ErrorKind::unprocessable, N_("A budget cannot be negative."), "budget");
  if (m.ends && (!is_date(*m.ends) || *m.ends < p.starts))
    return fail(ErrorKind::unprocessable, N_("A pilot cannot end before it starts."), "ends");
  if (m.logframe) {
    if (auto ok = check_logframe(*m.logframe); !ok) return ok;
    if (auto ok = check_indicator_references(p.indicators, *m.logframe); !ok) return ok;
  }
  return {};
}

// Applies an approved request to the pilot and its stored indicators and logframe.
Status apply(PilotStore& store, Pilot& p, Modification& m) {
  for (const auto& change : m.targets) {
    const Indicator* found = indicator_coded(p, change.indicator);
    if (!found) return fail(ErrorKind::unprocessable, N_("Choose an indicator of the pilot."), "targets");
    Indicator indicator = *found;
    if (!indicator.original_target) indicator.original_target = indicator.target;
    indicator.target = change.target;
    if (indicator.original_target == indicator.target) indicator.original_target.reset();
    if (auto saved = store.save_indicator(p.id, indicator); !saved) return std::unexpected(saved.error());
  }
  if (m.budget) {
    if (!p.original_budget) p.original_budget = p.budget;
    p.budget = *m.budget;
    if (p.original_budget == p.budget) p.original_budget.reset();
  }
  if (m.ends) {
    if (p.original_ends.empty()) p.original_ends = p.ends;
    p.ends = *m.ends;
    if (p.original_ends == p.ends) p.original_ends.clear();
  }
  if (m.logframe)
    if (auto ok = store.replace_logframe(p.id, *m.logframe); !ok) return ok;
  p.baseline_version += 1;
  m.version = p.baseline_version;
  m.status = ModificationStatus::approved;
  return {};
}

}  // namespace

Result<Pilot> PilotService::approve_baseline(const Principal& who, PilotId id, int revision) {
  Seconds now = now_of(clock_);
  auto after = change_pilot(repository_, who, id, revision, now, "baseline_approved",
                            [&](PilotStore&, Pilot& p) -> Result<std::string> {
                              if (!accounts::allowed(who, Action::approve_baseline)) return std::unexpected(refusal(who));
                              if (p.baseline_version >= 1)
                                return fail(ErrorKind::conflict, N_("The baseline of this pilot is approved already."),
                                            "baseline");
                              if (p.logframe.empty())
                                return fail(ErrorKind::unprocessable,
                                            N_("Write the logframe before approving the baseline."), "logframe");
                              if (p.indicators.empty())
                                return fail(ErrorKind::unprocessable,
                                            N_("Add an indicator before approving the baseline."), "indicators");
                              p.baseline_version = 1;
                              p.baseline_approved_at = now;
                              return std::string("version 1");
                            });
  return shown(surroundings_, who, std::move(after));
}

Result<Pilot> PilotService::request_modification(const Principal& who, PilotId id, int revision,
                                                 Modification modification) {
  Seconds now = now_of(clock_);
  auto after = change_pilot(
      repository_, who, id, revision, now, "modification_requested", [&](PilotStore& store, Pilot& p) -> Result<std::string> {
        if (!writes(who) || !runs(who, p)) return std::unexpected(refusal(who));
        if (p.baseline_version < 1)
          return fail(ErrorKind::conflict,
                      N_("Until its baseline is approved, a pilot's plan is edited directly, without a request."),
                      "baseline");
        if (has_open_request(p))
          return fail(ErrorKind::conflict,
                      N_("This pilot has an open modification request: it must be decided first."), "modifications");
        if (auto ok = check_request(p, modification); !ok) return std::unexpected(ok.error());
        Modification m = std::move(modification);
        m.id = ModificationId();
        m.reason = text::trim(m.reason);
        m.status = ModificationStatus::requested;
        m.requested_by = who.user;
        m.requested_at = now;
        m.decided_by.reset();
        m.decided_at = 0;
        m.decision_note.clear();
        m.version = 0;
        auto inserted = store.insert_modification(p.id, m);
        if (!inserted) return std::unexpected(inserted.error());
        return m.reason;
      });
  return shown(surroundings_, who, std::move(after));
}

Result<Pilot> PilotService::decide_modification(const Principal& who, PilotId id, int revision,
                                                ModificationId modification, Decision decision,
                                                const std::string& note) {
  Seconds now = now_of(clock_);
  const char* verb = decision == Decision::approve ? "modification_approved" : "modification_rejected";
  auto after = change_pilot(
      repository_, who, id, revision, now, verb, [&](PilotStore& store, Pilot& p) -> Result<std::string> {
        if (!accounts::allowed(who, Action::approve_baseline)) return std::unexpected(refusal(who));
        auto it = std::find_if(p.modifications.begin(), p.modifications.end(),
                               [&](const Modification& m) { return m.id == modification; });
        if (it == p.modifications.end()) return not_found();
        Modification m = *it;
        if (m.status != ModificationStatus::requested)
          return fail(ErrorKind::conflict, N_("This modification request has been decided already."), "status");
        std::string why = text::trim(note);
        if (decision == Decision::reject) {
          if (why.empty()) return fail(ErrorKind::unprocessable, N_("Say why the request is rejected."), "note");
          m.status = ModificationStatus::rejected;
        } else {
          // The pilot may have moved since the request: its rules are judged again on what is now.
          if (auto ok = check_request(p, m); !ok) return std::unexpected(ok.error());
          if (auto ok = apply(store, p, m); !ok) return std::unexpected(ok.error());
        }
        m.decided_by = who.user;
        m.decided_at = now;
        m.decision_note = why;
        if (auto ok = store.update_modification(p.id, m); !ok) return std::unexpected(ok.error());
        return m.status == ModificationStatus::approved ? "version " + std::to_string(m.version) : why;
      });
  return shown(surroundings_, who, std::move(after));
}

}  // namespace cps::pilot
