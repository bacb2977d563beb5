// The monitoring's rules: who may see and change the reporting periods, the work plan, the
// reports, the budgets and the spending; the baseline of the work plan and the budget and its
// change control; the report flow draft → submitted → approved (or returned → submitted
// again); the euro amounts fixed at submission; the controller's verification; the matrix,
// timeline and dashboards; the due-date reminders; the period's workbook. Every change writes
// an audit line ("monitoring.periods_saved", "monitoring.activity_saved",
// "monitoring.activity_updated", "monitoring.activity_deleted", "monitoring.report_saved",
// "monitoring.report_submitted", "monitoring.report_approved", "monitoring.report_returned",
// "monitoring.attachment_added", "monitoring.planned_saved", "monitoring.rates_saved",
// "monitoring.spending_added", "monitoring.spending_changed", "monitoring.spending_deleted",
// "monitoring.spending_verified", "monitoring.baseline_approved",
// "monitoring.change_requested", "monitoring.change_approved", "monitoring.change_rejected",
// "monitoring.targets_saved"; target "report:<id>", "spending:<id>", "activity:<id>",
// "workplan", "budget") in the same transaction.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/monitoring/budget_math.hpp"
#include "domain/monitoring/monitoring.hpp"
#include "domain/monitoring/monitoring_input.hpp"
#include "domain/monitoring/monitoring_repository.hpp"
#include "domain/monitoring/surroundings.hpp"
#include "domain/monitoring/work_plan_file.hpp"
#include "export/table.hpp"

namespace cps::monitoring {

enum class ReportDecision { approve, send_back };
enum class Decision { approve, reject };

// What the viewer may do in monitoring; pages show only these.
struct Capabilities {
  bool view = false;               // members of the partnership
  bool manage = false;             // periods, activities, planned budget, rates, targets; approve baselines and changes (lead partner)
  bool request_change = false;     // members who manage or are responsible for activities
  bool review_reports = false;     // the lead partner
  bool verify = false;             // first-level controllers
  std::optional<accounts::OrganisationId> reports_for;  // the organisation whose reports and spending the viewer writes
};

struct WorkPlan {
  std::vector<ReportingPeriod> periods;
  std::vector<Activity> activities;
  std::vector<Light> lights;  // per activity, same order
  Baseline baseline;
  std::vector<PlanChange> changes;
};

// The matrix: rows are the six thematic areas and "horizontal" (""), columns the phases or
// the periods; each cell lists its activities with their light.
enum class MatrixColumns { phases, periods };
struct MatrixEntry {
  ActivityId id;
  std::string code;
  std::string title;
  Light light = Light::grey;
  int progress = 0;
  ActivityStatus status = ActivityStatus::not_started;
};
struct MatrixRow {
  std::string area;  // WG1…WG6, "" for horizontal
  std::vector<std::vector<MatrixEntry>> cells;  // per column
};
struct Matrix {
  MatrixColumns columns_kind = MatrixColumns::phases;
  std::vector<std::string> columns;  // phase names or period numbers as text
  std::vector<MatrixRow> rows;
};

// A row of the reports overview: a partner's report status in each period.
struct ReportsOverview {
  std::vector<ReportingPeriod> periods;
  struct Row {
    Partner partner;
    std::vector<std::optional<ProgressReport>> by_period;  // per period (header fields only)
  };
  std::vector<Row> rows;
  struct Overdue {
    Partner partner;
    int period = 0;
    std::string due;
  };
  std::vector<Overdue> overdue;  // due date passed and not submitted
};

struct BudgetView {
  BudgetOverview overview;
  std::vector<PlannedAmount> planned;
  std::vector<Spending> spending;  // as filtered
  std::vector<ExchangeRate> rates;
  Baseline baseline;
};

struct Dashboard {
  std::vector<ProjectIndicator> indicators;  // with targets, in kMeasuredNames order
  std::vector<std::pair<Light, std::size_t>> activity_lights;
  std::size_t reports_overdue = 0;
  std::size_t reports_waiting = 0;  // submitted, waiting for the lead partner
  Absorption budget;
  std::optional<int> current_period;
};

class MonitoringService {
 public:
  using Clock = std::function<Seconds()>;
  MonitoringService(MonitoringRepository& repository, MonitoringSurroundings& surroundings, Clock clock = {});

  Capabilities capabilities(const accounts::Principal& who) const;

  // Periods and work plan (members see them; the lead partner changes them).
  Result<std::vector<ReportingPeriod>> periods(const accounts::Principal& who);
  Result<std::vector<ReportingPeriod>> save_periods(const accounts::Principal& who, std::vector<ReportingPeriod> periods);
  Result<WorkPlan> work_plan(const accounts::Principal& who);
  Result<Activity> activity(const accounts::Principal& who, ActivityId id);
  // Adds (nullopt) or changes an activity. Once the work plan is approved, due dates and
  // periods change only through a change request, and no activity is added or deleted.
  Result<Activity> save_activity(const accounts::Principal& who, std::optional<ActivityId> id, ActivityInput input);
  Status delete_activity(const accounts::Principal& who, ActivityId id);
  // Status and progress, by a responsible partner, the area's coordinator or the lead partner.
  Result<Activity> update_activity(const accounts::Principal& who, ActivityId id, ActivityUpdate update);
  Result<Matrix> matrix(const accounts::Principal& who, MatrixColumns columns, const std::string& language,
                        std::optional<AreaCode> area = std::nullopt);
  // Loads the shipped work plan into an installation that has no periods and no activities
  // yet (start-up and demo); does nothing otherwise. Returns the number of activities loaded.
  Result<std::size_t> ensure_work_plan(std::string_view default_file);

  // Progress reports: a partner writes its own (draft or returned), submits it (which fixes
  // the euro amounts of its spending in the period), the lead partner approves it (applying
  // the activity lines' progress) or sends it back with a note.
  Result<ReportsOverview> reports_overview(const accounts::Principal& who);
  Result<std::vector<ProgressReport>> reports(const accounts::Principal& who, ReportFilter filter);
  Result<ProgressReport> report(const accounts::Principal& who, ReportId id);
  Result<ReportId> create_report(const accounts::Principal& who, std::optional<accounts::OrganisationId> partner,
                                 ReportInput input);
  Result<ProgressReport> save_report(const accounts::Principal& who, ReportId id, int revision, ReportInput input);
  Result<ProgressReport> attach(const accounts::Principal& who, ReportId id, int revision, const std::string& name,
                                const std::string& bytes);
  Result<ProgressReport> submit_report(const accounts::Principal& who, ReportId id, int revision);
  Result<ProgressReport> review_report(const accounts::Principal& who, ReportId id, int revision,
                                       ReportDecision decision, const std::string& note);

  // Budgets and spending.
  Result<BudgetView> budget(const accounts::Principal& who, SpendingFilter filter);
  Result<std::vector<PlannedAmount>> save_planned(const accounts::Principal& who, std::vector<PlannedAmount> amounts);
  Result<std::vector<ExchangeRate>> save_rates(const accounts::Principal& who, std::vector<ExchangeRate> rates);
  // Spending of a period whose report is submitted or approved cannot be added, changed or
  // deleted; the payment date must lie inside the period.
  Result<SpendingId> add_spending(const accounts::Principal& who, SpendingInput input);
  Result<Spending> change_spending(const accounts::Principal& who, SpendingId id, SpendingInput input);
  Status delete_spending(const accounts::Principal& who, SpendingId id);
  Result<Spending> attach_to_spending(const accounts::Principal& who, SpendingId id, const std::string& name,
                                      const std::string& bytes);
  // A controller marks a fixed entry verified (with the eligible euro part) or ineligible.
  Result<Spending> verify_spending(const accounts::Principal& who, SpendingId id, VerificationInput input);
  Result<std::optional<std::string>> attachment_bytes(const accounts::Principal& who, const std::string& sha256);

  // Baselines and change control.
  Result<Baseline> approve_baseline(const accounts::Principal& who, PlanPart part);
  Result<PlanChangeId> request_change(const accounts::Principal& who, PlanChange change);
  // Approving applies the change, keeps the approved values as the originals and moves the
  // part's version; a rejection needs a note.
  Result<PlanChange> decide_change(const accounts::Principal& who, PlanChangeId id, Decision decision,
                                   const std::string& note);

  // Project indicators and the steering committee's dashboard.
  Result<std::vector<ProjectIndicator>> project_indicators(const accounts::Principal& who);
  Result<std::vector<IndicatorTarget>> save_targets(const accounts::Principal& who, std::vector<IndicatorTarget> targets);
  Result<Dashboard> dashboard(const accounts::Principal& who);

  // Queues the reminders that are due at the clock's now — activities due within 7 days (to
  // the responsible partners' members), reports due within 7 days and not submitted, reports
  // overdue (once each, to the partner's members and the lead partner) — each only once.
  // Returns how many e-mails were queued. Run by the background worker.
  Result<std::size_t> send_reminders();

  // The period's workbook: sheets "activities", "indicators" (project indicators and the
  // pilots' values in the period), "budget" (absorption per partner and category), "spending"
  // (every entry with the controller's fields) and "reports" — in a form a partner can reuse
  // when reporting to the programme.
  Result<std::vector<exports::Table>> period_workbook(const accounts::Principal& who, int period,
                                                      const std::string& language);

 private:
  MonitoringRepository& repository_;
  MonitoringSurroundings& surroundings_;
  Clock clock_;
};

std::string_view to_string(ReportDecision d);
std::string_view to_string(Decision d);

}  // namespace cps::monitoring
