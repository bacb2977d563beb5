// The partnership's own monitoring and evaluation (not the programme's official monitoring
// system): six reporting periods; a work plan of activities and deliverables over thematic
// areas × operational phases; partners' progress reports, reviewed by the lead partner;
// budgets per partner, cost category and period with spending in the partner's currency; and
// project indicators computed from the platform itself. Once approved, the work plan and the
// budget change only through a modification request. Plain types and their names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::monitoring {

using Seconds = std::int64_t;
using ActivityId = StrongId<struct ActivityIdTag>;
using ReportId = StrongId<struct ProgressReportIdTag>;
using SpendingId = StrongId<struct SpendingIdTag>;
using PlanChangeId = StrongId<struct PlanChangeIdTag>;
using CurrencyCode = StrongString<struct CurrencyCodeTag>;  // ISO 4217: EUR, RON, HUF, …

// Money in hundredths of its currency's unit; never floating point.
struct Cents {
  std::int64_t value = 0;
  auto operator<=>(const Cents&) const = default;
};

// The currencies partners spend in.
inline constexpr std::string_view kCurrencies[] = {"EUR", "RON", "HUF", "BGN", "RSD", "ALL",
                                                   "MKD", "BAM", "MDL", "UAH"};
bool is_currency(std::string_view code);

inline constexpr int kPeriods = 6;

// A reporting period: its dates and when partners' reports are due (YYYY-MM-DD).
struct ReportingPeriod {
  int number = 0;  // 1–6
  std::string starts;
  std::string ends;
  std::string report_due;
  bool operator==(const ReportingPeriod&) const = default;
};

// The operational phases of the work plan: the matrix's columns.
enum class Phase { management, communication, platform, analysis, learning, testing, joint_action };
inline constexpr EnumName<Phase> kPhaseNames[] = {{Phase::management, "management"},
                                                  {Phase::communication, "communication"},
                                                  {Phase::platform, "platform"},
                                                  {Phase::analysis, "analysis"},
                                                  {Phase::learning, "learning"},
                                                  {Phase::testing, "testing"},
                                                  {Phase::joint_action, "joint_action"}};
static_assert(names_each_value_once(kPhaseNames));
inline constexpr auto kAllPhases = values_of(kPhaseNames);

enum class ActivityKind { activity, deliverable };
inline constexpr EnumName<ActivityKind> kActivityKindNames[] = {{ActivityKind::activity, "activity"},
                                                                {ActivityKind::deliverable, "deliverable"}};
static_assert(names_each_value_once(kActivityKindNames));

enum class ActivityStatus { not_started, on_track, at_risk, delayed, done, cancelled };
inline constexpr EnumName<ActivityStatus> kActivityStatusNames[] = {{ActivityStatus::not_started, "not_started"},
                                                                    {ActivityStatus::on_track, "on_track"},
                                                                    {ActivityStatus::at_risk, "at_risk"},
                                                                    {ActivityStatus::delayed, "delayed"},
                                                                    {ActivityStatus::done, "done"},
                                                                    {ActivityStatus::cancelled, "cancelled"}};
static_assert(names_each_value_once(kActivityStatusNames));

// The matrix's traffic light, derived from status, progress and dates (light_of).
enum class Light { grey, green, amber, red };
inline constexpr EnumName<Light> kLightNames[] = {
    {Light::grey, "grey"}, {Light::green, "green"}, {Light::amber, "amber"}, {Light::red, "red"}};
static_assert(names_each_value_once(kLightNames));

struct ActivityText {
  std::string language;
  std::string title;
  std::string description;  // Markdown
  bool operator==(const ActivityText&) const = default;
};

struct Activity {
  ActivityId id;
  std::string code;  // e.g. M1, C2, T3.1 — unique
  ActivityKind kind = ActivityKind::activity;
  std::vector<ActivityText> texts;  // English at least
  std::vector<AreaCode> areas;      // empty: horizontal (every area)
  Phase phase = Phase::management;
  std::vector<accounts::OrganisationId> responsible;
  std::vector<std::string> responsible_names;  // filled when read, in the same order
  std::vector<int> periods;  // the reporting periods it runs in, ascending
  std::string due;           // YYYY-MM-DD
  std::string original_due;  // as approved, when a modification changed it ("" otherwise)
  std::vector<int> original_periods;  // as approved, when a modification changed them
  ActivityStatus status = ActivityStatus::not_started;
  int progress = 0;  // 0–100
  std::string status_note;
  Seconds updated_at = 0;
};

enum class ReportStatus { draft, submitted, approved, returned };
inline constexpr EnumName<ReportStatus> kReportStatusNames[] = {{ReportStatus::draft, "draft"},
                                                                {ReportStatus::submitted, "submitted"},
                                                                {ReportStatus::approved, "approved"},
                                                                {ReportStatus::returned, "returned"}};
static_assert(names_each_value_once(kReportStatusNames));

// What the partner says about one activity it is responsible for in the period.
struct ActivityProgress {
  ActivityId activity;
  int progress = 0;  // 0–100, as the partner reports it; applied to the activity on approval
  std::string note;
  bool operator==(const ActivityProgress&) const = default;
};

// A file kept in the content store (like knowledge attachments: type from the bytes, one copy
// per content).
struct Attachment {
  std::string name;
  std::string sha256;
  std::string media_type;
  std::int64_t size = 0;
  bool operator==(const Attachment&) const = default;
};

// A partner's progress report for one period; the lead partner approves it or returns it
// with a note. Approved reports are never edited.
struct ProgressReport {
  ReportId id;
  accounts::OrganisationId partner;
  std::string partner_name;  // filled when read
  int period = 0;
  ReportStatus status = ReportStatus::draft;
  std::string activities_done;  // Markdown
  std::string outputs;
  std::string problems;
  std::string next_steps;
  std::vector<ActivityProgress> activities;
  std::vector<Attachment> attachments;
  std::string review_note;  // why it was returned, or the approval's remark
  std::optional<accounts::UserId> submitted_by;
  Seconds submitted_at = 0;
  std::optional<accounts::UserId> reviewed_by;
  Seconds reviewed_at = 0;
  int revision = 1;
  Seconds updated_at = 0;
};

// The programme's cost categories.
enum class CostCategory { staff, office, travel, external_expertise, equipment, infrastructure };
inline constexpr EnumName<CostCategory> kCostCategoryNames[] = {{CostCategory::staff, "staff"},
                                                                {CostCategory::office, "office"},
                                                                {CostCategory::travel, "travel"},
                                                                {CostCategory::external_expertise, "external_expertise"},
                                                                {CostCategory::equipment, "equipment"},
                                                                {CostCategory::infrastructure, "infrastructure"}};
static_assert(names_each_value_once(kCostCategoryNames));
inline constexpr auto kAllCostCategories = values_of(kCostCategoryNames);

// The planned amount of one partner, cost category and period, in euro.
struct PlannedAmount {
  accounts::OrganisationId partner;
  CostCategory category = CostCategory::staff;
  int period = 0;
  Cents euro;
  std::optional<Cents> original_euro;  // as approved, when a modification changed it
  bool operator==(const PlannedAmount&) const = default;
};

// The monthly rate the programme uses: units of the currency for one euro.
struct ExchangeRate {
  CurrencyCode currency;
  std::string month;  // YYYY-MM
  double per_euro = 0;
  bool operator==(const ExchangeRate&) const = default;
};

enum class Verification { pending, verified, ineligible };
inline constexpr EnumName<Verification> kVerificationNames[] = {{Verification::pending, "pending"},
                                                                {Verification::verified, "verified"},
                                                                {Verification::ineligible, "ineligible"}};
static_assert(names_each_value_once(kVerificationNames));

// One expense with the fields a first-level controller asks for. The euro amount is
// provisional (at the rate of the month it was paid) until the partner's report for the
// period is submitted; then the rate of the submission month is fixed with it.
struct Spending {
  SpendingId id;
  accounts::OrganisationId partner;
  std::string partner_name;  // filled when read
  CostCategory category = CostCategory::staff;
  int period = 0;
  std::string date;  // YYYY-MM-DD: when it was paid
  std::string description;
  Cents amount;  // in `currency`, VAT included
  CurrencyCode currency{"EUR"};
  Cents vat;     // the VAT within `amount`
  std::optional<double> rate;       // per euro, once fixed (EUR: 1)
  std::optional<Cents> euro;        // once fixed
  std::string invoice_number;
  std::string invoice_date;   // YYYY-MM-DD
  std::string payment_date;   // YYYY-MM-DD
  std::string procurement_reference;
  std::string cofinancing;    // e.g. ERDF, IPA, national, own
  std::string document;       // an http(s) address, or the name of an attachment
  std::optional<Attachment> attachment;
  Verification verification = Verification::pending;
  std::optional<Cents> verified_euro;  // the eligible part, when verified
  std::string controller_note;
  std::optional<accounts::UserId> verified_by;
  Seconds verified_at = 0;
  std::optional<accounts::UserId> entered_by;
  Seconds entered_at = 0;
};

// A project indicator computed from the platform, with its target and, where it corresponds,
// the programme's common indicator (RCO 87, RCR 79, RCR 104, …).
enum class Measured {
  practices_published,
  assessments_published,
  pilots_running,
  pilots_completed,
  organisations_cooperating,  // organisations with members active in the last 12 months
  active_members,             // people signed in during the last 90 days
  joint_solutions,            // pilots completed with a final evaluation
  action_plans,               // assessments whose action plan has a completed action
};
inline constexpr EnumName<Measured> kMeasuredNames[] = {
    {Measured::practices_published, "practices_published"},
    {Measured::assessments_published, "assessments_published"},
    {Measured::pilots_running, "pilots_running"},
    {Measured::pilots_completed, "pilots_completed"},
    {Measured::organisations_cooperating, "organisations_cooperating"},
    {Measured::active_members, "active_members"},
    {Measured::joint_solutions, "joint_solutions"},
    {Measured::action_plans, "action_plans"}};
static_assert(names_each_value_once(kMeasuredNames));
inline constexpr auto kAllMeasured = values_of(kMeasuredNames);

struct IndicatorTarget {
  Measured measured = Measured::practices_published;
  std::int64_t target = 0;
  std::string programme_code;  // e.g. "RCO 87" ("" when none)
  bool operator==(const IndicatorTarget&) const = default;
};

// A figure with its breakdowns (by country code and by organisation type).
struct Breakdown {
  std::string key;
  std::int64_t value = 0;
  bool operator==(const Breakdown&) const = default;
};
struct ProjectIndicator {
  IndicatorTarget definition;
  std::int64_t value = 0;
  std::vector<Breakdown> by_country;
  std::vector<Breakdown> by_organisation_type;
};

// What the baseline covers and a modification changes.
enum class PlanPart { work_plan, budget };
inline constexpr EnumName<PlanPart> kPlanPartNames[] = {{PlanPart::work_plan, "work_plan"}, {PlanPart::budget, "budget"}};
static_assert(names_each_value_once(kPlanPartNames));

enum class PlanChangeStatus { requested, approved, rejected };
inline constexpr EnumName<PlanChangeStatus> kPlanChangeStatusNames[] = {{PlanChangeStatus::requested, "requested"},
                                                                        {PlanChangeStatus::approved, "approved"},
                                                                        {PlanChangeStatus::rejected, "rejected"}};
static_assert(names_each_value_once(kPlanChangeStatusNames));

struct ActivityChange {
  std::string activity;  // the activity's code
  std::string due;
  std::vector<int> periods;
  bool operator==(const ActivityChange&) const = default;
};

// A modification request on the approved work plan (new due dates and periods) or budget
// (new planned amounts).
struct PlanChange {
  PlanChangeId id;
  PlanPart part = PlanPart::work_plan;
  std::string reason;
  std::vector<ActivityChange> activities;  // for the work plan
  std::vector<PlannedAmount> amounts;      // for the budget
  PlanChangeStatus status = PlanChangeStatus::requested;
  std::optional<accounts::UserId> requested_by;
  Seconds requested_at = 0;
  std::optional<accounts::UserId> decided_by;
  std::string decision_note;
  Seconds decided_at = 0;
  int version = 0;  // the baseline version it made, when approved
};

// Whether the work plan and the budget are approved, and at which version (0: draft).
struct Baseline {
  int work_plan_version = 0;
  Seconds work_plan_approved_at = 0;
  int budget_version = 0;
  Seconds budget_approved_at = 0;
};

const ActivityText& text_in(const Activity& activity, std::string_view language);

std::string_view to_string(Phase p);
std::string_view to_string(ActivityKind k);
std::string_view to_string(ActivityStatus s);
std::string_view to_string(Light l);
std::string_view to_string(ReportStatus s);
std::string_view to_string(CostCategory c);
std::string_view to_string(Verification v);
std::string_view to_string(Measured m);
std::string_view to_string(PlanPart p);
std::string_view to_string(PlanChangeStatus s);

}  // namespace cps::monitoring
