// The in-memory monitoring store: what the SQL repository keeps in its tables, in maps.
#include "domain/monitoring/testing/fake_monitoring_repository.hpp"

#include <algorithm>

namespace cps::monitoring {

namespace {

class FakeMonitoringStore final : public MonitoringStore {
 public:
  explicit FakeMonitoringStore(FakeMonitoringRepository::State& s) : s_(s) {}

  Result<std::vector<ReportingPeriod>> periods() override {
    auto out = s_.periods;
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.number < b.number; });
    return out;
  }
  Status replace_periods(const std::vector<ReportingPeriod>& periods) override {
    s_.periods = periods;
    return {};
  }

  Result<std::vector<Activity>> activities() override {
    std::vector<Activity> out;
    for (const auto& [id, a] : s_.activities) out.push_back(named(a));
    std::sort(out.begin(), out.end(), [](const Activity& a, const Activity& b) {
      return std::pair(a.phase, a.code) < std::pair(b.phase, b.code);
    });
    return out;
  }
  Result<std::optional<Activity>> activity(ActivityId id) override {
    auto it = s_.activities.find(id.value());
    if (it == s_.activities.end()) return std::optional<Activity>();
    return std::optional<Activity>(named(it->second));
  }
  Result<ActivityId> save_activity(const Activity& activity) override {
    for (const auto& [id, a] : s_.activities)
      if (a.code == activity.code && id != activity.id.value())
        return fail(ErrorKind::conflict, "Another activity already has this code.", "code");
    Activity a = activity;
    a.responsible_names.clear();
    if (!a.id.valid()) a.id = ActivityId(++s_.last_id);
    else if (!s_.activities.contains(a.id.value())) return fail(ErrorKind::not_found, "Not found.");
    s_.activities[a.id.value()] = a;
    return a.id;
  }
  Status delete_activity(ActivityId id) override {
    s_.activities.erase(id.value());
    return {};
  }

  Result<ReportId> insert_report(const ProgressReport& report) override {
    for (const auto& [id, r] : s_.reports)
      if (r.partner == report.partner && r.period == report.period)
        return fail(ErrorKind::conflict, "This partner already has a report for this period.", "period");
    ProgressReport r = report;
    r.id = ReportId(++s_.last_id);
    r.revision = 1;
    r.partner_name.clear();
    s_.reports[r.id.value()] = r;
    return r.id;
  }
  Result<std::optional<ProgressReport>> report(ReportId id) override {
    auto it = s_.reports.find(id.value());
    if (it == s_.reports.end()) return std::optional<ProgressReport>();
    return std::optional<ProgressReport>(named(it->second));
  }
  Result<std::vector<ProgressReport>> reports(const ReportFilter& f) override {
    std::vector<ProgressReport> out;
    for (const auto& [id, r] : s_.reports) {
      if (f.period && r.period != *f.period) continue;
      if (f.partner && r.partner != *f.partner) continue;
      if (!f.statuses.empty() && std::find(f.statuses.begin(), f.statuses.end(), r.status) == f.statuses.end())
        continue;
      out.push_back(named(r));
      out.back().attachments.clear();  // the list carries the activity lines only
    }
    std::stable_sort(out.begin(), out.end(), [](const ProgressReport& a, const ProgressReport& b) {
      return std::pair(a.period, a.partner_name) < std::pair(b.period, b.partner_name);
    });
    return out;
  }
  Result<bool> update_report(const ProgressReport& report, int expected_revision) override {
    auto it = s_.reports.find(report.id.value());
    if (it == s_.reports.end() || it->second.revision != expected_revision) return false;
    ProgressReport r = report;
    r.revision = expected_revision + 1;
    r.partner_name.clear();
    it->second = r;
    return true;
  }

  Result<std::vector<PlannedAmount>> planned_amounts() override { return s_.planned; }
  Status save_planned_amounts(const std::vector<PlannedAmount>& amounts) override {
    for (const auto& a : amounts) {
      std::erase_if(s_.planned, [&](const PlannedAmount& p) {
        return p.partner == a.partner && p.category == a.category && p.period == a.period;
      });
      s_.planned.push_back(a);
    }
    std::sort(s_.planned.begin(), s_.planned.end(), [](const PlannedAmount& a, const PlannedAmount& b) {
      return std::tuple(a.partner, a.category, a.period) < std::tuple(b.partner, b.category, b.period);
    });
    return {};
  }

  Result<std::vector<ExchangeRate>> rates() override { return s_.rates; }
  Status save_rates(const std::vector<ExchangeRate>& rates) override {
    for (const auto& r : rates) {
      std::erase_if(s_.rates, [&](const ExchangeRate& e) { return e.currency == r.currency && e.month == r.month; });
      s_.rates.push_back(r);
    }
    std::sort(s_.rates.begin(), s_.rates.end(), [](const ExchangeRate& a, const ExchangeRate& b) {
      return std::pair(a.currency, a.month) < std::pair(b.currency, b.month);
    });
    return {};
  }

  Result<SpendingId> insert_spending(const Spending& spending) override {
    Spending s = spending;
    s.id = SpendingId(++s_.last_id);
    s.partner_name.clear();
    s_.spending[s.id.value()] = s;
    return s.id;
  }
  Result<std::optional<Spending>> spending(SpendingId id) override {
    auto it = s_.spending.find(id.value());
    if (it == s_.spending.end()) return std::optional<Spending>();
    return std::optional<Spending>(named(it->second));
  }
  Result<std::vector<Spending>> spendings(const SpendingFilter& f) override {
    std::vector<Spending> out;
    for (const auto& [id, s] : s_.spending) {
      if (f.period && s.period != *f.period) continue;
      if (f.partner && s.partner != *f.partner) continue;
      if (f.category && s.category != *f.category) continue;
      if (f.verification && s.verification != *f.verification) continue;
      out.push_back(named(s));
    }
    std::stable_sort(out.begin(), out.end(), [](const Spending& a, const Spending& b) { return a.date < b.date; });
    return out;
  }
  Status update_spending(const Spending& spending) override {
    auto it = s_.spending.find(spending.id.value());
    if (it == s_.spending.end()) return fail(ErrorKind::not_found, "Not found.");
    it->second = spending;
    it->second.partner_name.clear();
    return {};
  }
  Status delete_spending(SpendingId id) override {
    s_.spending.erase(id.value());
    return {};
  }

  Result<std::vector<IndicatorTarget>> targets() override { return s_.targets; }
  Status replace_targets(const std::vector<IndicatorTarget>& targets) override {
    s_.targets = targets;
    return {};
  }

  Result<Baseline> baseline() override { return s_.baseline; }
  Status save_baseline(const Baseline& baseline) override {
    s_.baseline = baseline;
    return {};
  }
  Result<PlanChangeId> insert_plan_change(const PlanChange& change) override {
    PlanChange c = change;
    c.id = PlanChangeId(++s_.last_id);
    s_.changes[c.id.value()] = c;
    return c.id;
  }
  Status update_plan_change(const PlanChange& change) override {
    auto it = s_.changes.find(change.id.value());
    if (it == s_.changes.end()) return fail(ErrorKind::not_found, "Not found.");
    it->second = change;
    return {};
  }
  Result<std::vector<PlanChange>> plan_changes() override {
    std::vector<PlanChange> out;
    for (auto it = s_.changes.rbegin(); it != s_.changes.rend(); ++it) out.push_back(it->second);
    return out;
  }

  Result<bool> reminder_sent(const std::string& key) override { return s_.reminders.contains(key); }
  Status mark_reminder_sent(const std::string& key, Seconds at) override {
    s_.reminders[key] = at;
    return {};
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    if (s_.audit_failure) return std::unexpected(*s_.audit_failure);
    s_.audit.push_back(record);
    return {};
  }

 private:
  std::string name_of(accounts::OrganisationId id) const {
    auto it = s_.organisation_names.find(id.value());
    return it == s_.organisation_names.end() ? std::string() : it->second;
  }
  Activity named(Activity a) const {
    a.responsible_names.clear();
    for (auto id : a.responsible) a.responsible_names.push_back(name_of(id));
    return a;
  }
  ProgressReport named(ProgressReport r) const {
    r.partner_name = name_of(r.partner);
    return r;
  }
  Spending named(Spending s) const {
    s.partner_name = name_of(s.partner);
    return s;
  }

  FakeMonitoringRepository::State& s_;
};

}  // namespace

Status FakeMonitoringRepository::transaction(const std::function<Status(MonitoringStore&)>& work) {
  State copy = state_;
  FakeMonitoringStore store(copy);
  auto done = work(store);
  if (done) state_ = std::move(copy);
  return done;
}

Status FakeMonitoringRepository::read(const std::function<Status(MonitoringStore&)>& work) {
  State copy = state_;
  FakeMonitoringStore store(copy);
  return work(store);
}

std::vector<std::string> FakeMonitoringRepository::audit_actions() const {
  std::vector<std::string> out;
  for (const auto& r : state_.audit) out.push_back(r.action);
  return out;
}

}  // namespace cps::monitoring
