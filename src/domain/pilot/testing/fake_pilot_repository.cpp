// The in-memory pilot store: what the SQL repository keeps in its tables, in maps.
#include "domain/pilot/testing/fake_pilot_repository.hpp"

#include <algorithm>
#include <utility>

namespace cps::pilot {

namespace {

template <class T, class Id>
T* find_in(std::vector<T>& list, Id id) {
  auto it = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
  return it == list.end() ? nullptr : &*it;
}

std::unexpected<Error> missing() { return fail(ErrorKind::not_found, "Not found."); }

class FakePilotStore final : public PilotStore {
 public:
  explicit FakePilotStore(FakePilotRepository::State& s) : s_(s) {}

  Result<PilotId> insert_pilot(const Pilot& pilot) override {
    Pilot p = pilot;
    p.id = PilotId(++s_.last_id);
    p.revision = 1;
    // Only the header and its lists are inserted; the rest comes through its own operations.
    p.logframe.clear();
    p.indicators.clear();
    p.milestones.clear();
    p.risks.clear();
    p.evaluations.clear();
    p.modifications.clear();
    s_.pilots[p.id.value()] = p;
    return p.id;
  }

  Result<std::optional<Pilot>> pilot(PilotId id) override {
    auto* p = find(id);
    if (!p) return std::optional<Pilot>();
    return std::optional<Pilot>(as_read(*p));
  }

  Result<std::vector<Pilot>> pilots(const PilotFilter& f) override {
    std::vector<Pilot> out;
    for (const auto& [id, p] : s_.pilots) {
      if (f.area && std::find(p.areas.begin(), p.areas.end(), *f.area) == p.areas.end()) continue;
      if (f.country && std::none_of(p.regions.begin(), p.regions.end(), [&](const RegionCode& r) {
            return r.str().starts_with(f.country->str());
          }))
        continue;
      if (f.region && std::find(p.regions.begin(), p.regions.end(), *f.region) == p.regions.end()) continue;
      if (!f.statuses.empty() && std::find(f.statuses.begin(), f.statuses.end(), p.status) == f.statuses.end())
        continue;
      if (f.transfers && std::none_of(p.transfers.begin(), p.transfers.end(),
                                      [&](const Transfer& t) { return t.item == *f.transfers; }))
        continue;
      if (!f.transfers_any.empty() &&
          std::none_of(p.transfers.begin(), p.transfers.end(), [&](const Transfer& t) {
            return std::find(f.transfers_any.begin(), f.transfers_any.end(), t.item) != f.transfers_any.end();
          }))
        continue;
      if (f.organisation && p.lead != *f.organisation &&
          std::find(p.participants.begin(), p.participants.end(), *f.organisation) == p.participants.end())
        continue;
      Pilot header = as_read(p);
      header.logframe.clear();
      header.milestones.clear();
      header.risks.clear();
      header.evaluations.clear();
      header.modifications.clear();
      out.push_back(std::move(header));
    }
    std::stable_sort(out.begin(), out.end(), [](const Pilot& a, const Pilot& b) {
      if (a.starts != b.starts) return a.starts > b.starts;
      return a.id > b.id;
    });
    return out;
  }

  Result<bool> update_pilot(const Pilot& pilot, int expected_revision) override {
    auto* p = find(pilot.id);
    if (!p || p->revision != expected_revision) return false;
    p->texts = pilot.texts;
    p->original_language = pilot.original_language;
    p->lead = pilot.lead;
    p->participants = pilot.participants;
    p->regions = pilot.regions;
    p->areas = pilot.areas;
    p->transfers = pilot.transfers;
    p->need = pilot.need;
    p->status = pilot.status;
    p->starts = pilot.starts;
    p->ends = pilot.ends;
    p->budget = pilot.budget;
    p->original_budget = pilot.original_budget;
    p->original_ends = pilot.original_ends;
    p->baseline_version = pilot.baseline_version;
    p->baseline_approved_at = pilot.baseline_approved_at;
    p->updated_at = pilot.updated_at;
    p->revision = expected_revision + 1;
    return true;
  }

  Status replace_logframe(PilotId pilot, const std::vector<LogframeEntry>& logframe) override {
    auto* p = find(pilot);
    if (!p) return missing();
    p->logframe = logframe;
    for (auto& e : p->logframe) e.id = LogframeId(++s_.last_id);
    return {};
  }

  Result<IndicatorId> save_indicator(PilotId pilot, const Indicator& indicator) override {
    auto* p = find(pilot);
    if (!p) return missing();
    for (const auto& other : p->indicators)
      if (other.code == indicator.code && other.id != indicator.id)
        return fail(ErrorKind::conflict, "Another indicator of this pilot has this code.", "code");
    if (!indicator.id.valid()) {
      Indicator added = indicator;
      added.id = IndicatorId(++s_.last_id);
      added.values.clear();
      p->indicators.push_back(added);
      sort_indicators(*p);
      return added.id;
    }
    auto* stored = find_in(p->indicators, indicator.id);
    if (!stored) return missing();
    auto values = stored->values;  // a definition's save keeps the values recorded
    *stored = indicator;
    stored->values = std::move(values);
    sort_indicators(*p);
    return indicator.id;
  }

  Status delete_indicator(PilotId pilot, IndicatorId indicator) override {
    auto* p = find(pilot);
    if (!p || !find_in(p->indicators, indicator)) return missing();
    std::erase_if(p->indicators, [&](const Indicator& i) { return i.id == indicator; });
    return {};
  }

  Status save_value(IndicatorId indicator, const IndicatorValue& value) override {
    for (auto& [id, p] : s_.pilots)
      if (auto* i = find_in(p.indicators, indicator)) {
        std::erase_if(i->values, [&](const IndicatorValue& v) { return v.period == value.period; });
        i->values.push_back(value);
        std::sort(i->values.begin(), i->values.end(),
                  [](const IndicatorValue& a, const IndicatorValue& b) { return a.period < b.period; });
        return {};
      }
    return missing();
  }

  Result<MilestoneId> save_milestone(PilotId pilot, const Milestone& milestone) override {
    return save_row(pilot, &Pilot::milestones, milestone);
  }
  Status delete_milestone(PilotId pilot, MilestoneId milestone) override {
    return delete_row(pilot, &Pilot::milestones, milestone);
  }
  Result<RiskId> save_risk(PilotId pilot, const Risk& risk) override { return save_row(pilot, &Pilot::risks, risk); }
  Status delete_risk(PilotId pilot, RiskId risk) override { return delete_row(pilot, &Pilot::risks, risk); }

  Result<EvaluationId> save_evaluation(PilotId pilot, const Evaluation& evaluation) override {
    auto* p = find(pilot);
    if (!p) return missing();
    Evaluation e = evaluation;
    e.evaluator_name.clear();  // a name is the account's, read with it, not stored
    auto it = std::find_if(p->evaluations.begin(), p->evaluations.end(),
                           [&](const Evaluation& x) { return x.stage == e.stage; });
    if (it != p->evaluations.end()) {
      e.id = it->id;
      *it = e;
    } else {
      e.id = EvaluationId(++s_.last_id);
      p->evaluations.push_back(e);
    }
    return e.id;
  }

  Result<ModificationId> insert_modification(PilotId pilot, const Modification& modification) override {
    auto* p = find(pilot);
    if (!p) return missing();
    Modification m = modification;
    m.id = ModificationId(++s_.last_id);
    p->modifications.push_back(m);
    return m.id;
  }

  Status update_modification(PilotId pilot, const Modification& modification) override {
    auto* p = find(pilot);
    auto* m = p ? find_in(p->modifications, modification.id) : nullptr;
    if (!m) return missing();
    m->status = modification.status;
    m->decided_by = modification.decided_by;
    m->decided_at = modification.decided_at;
    m->decision_note = modification.decision_note;
    m->version = modification.version;
    return {};
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    if (s_.audit_failure) return std::unexpected(*s_.audit_failure);
    s_.audit.push_back(record);
    return {};
  }

 private:
  Pilot* find(PilotId id) {
    auto it = s_.pilots.find(id.value());
    return it == s_.pilots.end() ? nullptr : &it->second;
  }

  // In the orders the SQL store reads them: areas by code, milestones by due date, the
  // mid-term evaluation before the final one and each one's scores by criterion.
  Pilot as_read(const Pilot& stored) const {
    Pilot p = stored;
    auto name = s_.organisation_names.find(p.lead.value());
    p.lead_name = name == s_.organisation_names.end() ? "" : name->second;
    std::sort(p.areas.begin(), p.areas.end());
    std::stable_sort(p.milestones.begin(), p.milestones.end(), [](const Milestone& a, const Milestone& b) {
      return std::pair(a.due, a.id) < std::pair(b.due, b.id);
    });
    std::stable_sort(p.evaluations.begin(), p.evaluations.end(),
                     [](const Evaluation& a, const Evaluation& b) { return a.stage < b.stage; });
    for (auto& e : p.evaluations)
      std::stable_sort(e.scores.begin(), e.scores.end(),
                       [](const CriterionScore& a, const CriterionScore& b) { return a.criterion < b.criterion; });
    return p;
  }

  static void sort_indicators(Pilot& p) {
    std::stable_sort(p.indicators.begin(), p.indicators.end(),
                     [](const Indicator& a, const Indicator& b) { return a.position < b.position; });
  }

  template <class T>
  Result<decltype(T::id)> save_row(PilotId pilot, std::vector<T> Pilot::*list, const T& row) {
    auto* p = find(pilot);
    if (!p) return missing();
    if (row.id.valid()) {
      auto* stored = find_in(p->*list, row.id);
      if (!stored) return missing();
      *stored = row;
      return row.id;
    }
    T added = row;
    added.id = decltype(T::id)(++s_.last_id);
    (p->*list).push_back(added);
    return added.id;
  }

  template <class T, class Id>
  Status delete_row(PilotId pilot, std::vector<T> Pilot::*list, Id id) {
    auto* p = find(pilot);
    if (!p || !find_in(p->*list, id)) return missing();
    std::erase_if(p->*list, [&](const T& x) { return x.id == id; });
    return {};
  }

  FakePilotRepository::State& s_;
};

}  // namespace

Status FakePilotRepository::transaction(const std::function<Status(PilotStore&)>& work) {
  State copy = state_;
  FakePilotStore store(copy);
  auto done = work(store);
  if (done) state_ = std::move(copy);
  return done;
}

Status FakePilotRepository::read(const std::function<Status(PilotStore&)>& work) {
  State copy = state_;
  FakePilotStore store(copy);
  return work(store);
}

std::vector<std::string> FakePilotRepository::audit_actions() const {
  std::vector<std::string> out;
  for (const auto& r : state_.audit) out.push_back(r.action);
  return out;
}

}  // namespace cps::pilot
