// A pilot initiative: a region (or several) tests a practice learned from another one, with a
// logframe, indicators measured each reporting period, milestones, risks, a budget and
// evaluations at mid-term and end. Once the lead partner approves its baseline, the logframe,
// the targets, the budget and the end date change only through a modification request, and
// the original targets stay visible beside the new ones. Plain types and their names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::pilot {

using Seconds = std::int64_t;
using PilotId = StrongId<struct PilotIdTag>;
using LogframeId = StrongId<struct LogframeIdTag>;
using IndicatorId = StrongId<struct PilotIndicatorIdTag>;
using MilestoneId = StrongId<struct MilestoneIdTag>;
using RiskId = StrongId<struct RiskIdTag>;
using EvaluationId = StrongId<struct EvaluationIdTag>;
using ModificationId = StrongId<struct ModificationIdTag>;

// An amount in euro cents: budgets are never kept as floating point.
struct EuroCents {
  std::int64_t value = 0;
  auto operator<=>(const EuroCents&) const = default;
};

enum class PilotStatus { planned, running, completed, stopped };
inline constexpr EnumName<PilotStatus> kPilotStatusNames[] = {{PilotStatus::planned, "planned"},
                                                              {PilotStatus::running, "running"},
                                                              {PilotStatus::completed, "completed"},
                                                              {PilotStatus::stopped, "stopped"}};
static_assert(names_each_value_once(kPilotStatusNames));
inline constexpr auto kAllPilotStatuses = values_of(kPilotStatusNames);

// One language version of a pilot's texts (Markdown except the title).
struct PilotText {
  std::string language;  // en, ro, sq, hu, el, or another of the region's languages
  std::string title;
  std::string summary;      // one or two sentences, shown in lists
  std::string description;
  std::string objectives;
  bool operator==(const PilotText&) const = default;
};

// A knowledge item the pilot transfers, and where it comes from.
struct Transfer {
  std::int64_t item = 0;  // the knowledge item's id
  std::optional<RegionCode> from_region;  // the item's region when absent
  std::optional<accounts::OrganisationId> from_organisation;
  std::string item_title;  // filled when read (in the reader's language when it exists)
  bool operator==(const Transfer&) const = default;
};

// The learning need of an assessment that the pilot answers: a region's criterion.
struct NeedAnswered {
  RegionCode region;
  std::string criterion;  // the assessment framework's code, e.g. WG4.2
  bool operator==(const NeedAnswered&) const = default;
};

// overall objective → specific objectives → results → activities; each entry's parent is one
// level up (none for the overall objective).
enum class LogframeLevel { overall_objective, specific_objective, result, activity };
inline constexpr EnumName<LogframeLevel> kLogframeLevelNames[] = {
    {LogframeLevel::overall_objective, "overall_objective"},
    {LogframeLevel::specific_objective, "specific_objective"},
    {LogframeLevel::result, "result"},
    {LogframeLevel::activity, "activity"}};
static_assert(names_each_value_once(kLogframeLevelNames));

struct LogframeEntry {
  LogframeId id;
  LogframeLevel level = LogframeLevel::overall_objective;
  std::string code;  // e.g. OO, SO1, R1.2, A1.2.3 — unique in the pilot
  std::optional<std::string> parent_code;  // the code of the entry one level up
  std::string text;
  std::string assumptions;  // the logframe's fourth column
  int position = 0;
  bool operator==(const LogframeEntry&) const = default;
};

enum class IndicatorKind { output, result, impact };
inline constexpr EnumName<IndicatorKind> kIndicatorKindNames[] = {
    {IndicatorKind::output, "output"}, {IndicatorKind::result, "result"}, {IndicatorKind::impact, "impact"}};
static_assert(names_each_value_once(kIndicatorKindNames));

// Whether reaching the target means going up (companies trained) or down (days to register).
enum class Direction { higher_is_better, lower_is_better };
inline constexpr EnumName<Direction> kDirectionNames[] = {{Direction::higher_is_better, "higher_is_better"},
                                                         {Direction::lower_is_better, "lower_is_better"}};
static_assert(names_each_value_once(kDirectionNames));

// The units an indicator may be measured in; each has its rules on values (check_unit_value
// in pilot_input.hpp).
enum class Unit { count, people, organisations, companies, events, documents, percent, euro, days, hours, score };
inline constexpr EnumName<Unit> kUnitNames[] = {
    {Unit::count, "count"},         {Unit::people, "people"},       {Unit::organisations, "organisations"},
    {Unit::companies, "companies"}, {Unit::events, "events"},       {Unit::documents, "documents"},
    {Unit::percent, "percent"},     {Unit::euro, "euro"},           {Unit::days, "days"},
    {Unit::hours, "hours"},         {Unit::score, "score"}};
static_assert(names_each_value_once(kUnitNames));
inline constexpr auto kAllUnits = values_of(kUnitNames);

// A value at a date (YYYY-MM-DD).
struct Measure {
  double value = 0;
  std::string date;
  bool operator==(const Measure&) const = default;
};

// The value measured in one reporting period, with what shows it.
struct IndicatorValue {
  int period = 0;  // 1–6
  double value = 0;
  std::string evidence;  // an http(s) address or a short description of the document
  std::string comment;
  std::optional<accounts::UserId> by;
  Seconds at = 0;
  bool operator==(const IndicatorValue&) const = default;
};

struct Indicator {
  IndicatorId id;
  std::string code;  // e.g. I1 — unique in the pilot
  std::string name;
  IndicatorKind kind = IndicatorKind::output;
  Unit unit = Unit::count;
  Direction direction = Direction::higher_is_better;
  std::optional<Measure> baseline;  // none: counted from zero (only for higher is better)
  Measure target;
  // The target as first approved, kept when a modification changes it; nullopt until the
  // baseline is approved or while it equals `target`.
  std::optional<Measure> original_target;
  std::string source;  // where the values come from
  std::optional<std::string> logframe_code;  // the logframe entry it measures
  std::vector<IndicatorValue> values;        // per period, oldest first
  int position = 0;
};

enum class MilestoneStatus { open, reached, missed };
inline constexpr EnumName<MilestoneStatus> kMilestoneStatusNames[] = {
    {MilestoneStatus::open, "open"}, {MilestoneStatus::reached, "reached"}, {MilestoneStatus::missed, "missed"}};
static_assert(names_each_value_once(kMilestoneStatusNames));

struct Milestone {
  MilestoneId id;
  std::string title;
  std::string due;  // YYYY-MM-DD
  MilestoneStatus status = MilestoneStatus::open;
  std::string reached_on;  // YYYY-MM-DD when reached
  std::string note;
};

enum class Level { low, medium, high };
inline constexpr EnumName<Level> kLevelNames[] = {{Level::low, "low"}, {Level::medium, "medium"}, {Level::high, "high"}};
static_assert(names_each_value_once(kLevelNames));

enum class RiskStatus { open, closed };
inline constexpr EnumName<RiskStatus> kRiskStatusNames[] = {{RiskStatus::open, "open"}, {RiskStatus::closed, "closed"}};
static_assert(names_each_value_once(kRiskStatusNames));

struct Risk {
  RiskId id;
  std::string description;
  Level likelihood = Level::medium;
  Level impact = Level::medium;
  std::string mitigation;
  RiskStatus status = RiskStatus::open;
};

// The six OECD-DAC evaluation criteria (as revised in 2019).
enum class DacCriterion { relevance, coherence, effectiveness, efficiency, impact, sustainability };
inline constexpr EnumName<DacCriterion> kDacCriterionNames[] = {{DacCriterion::relevance, "relevance"},
                                                                {DacCriterion::coherence, "coherence"},
                                                                {DacCriterion::effectiveness, "effectiveness"},
                                                                {DacCriterion::efficiency, "efficiency"},
                                                                {DacCriterion::impact, "impact"},
                                                                {DacCriterion::sustainability, "sustainability"}};
static_assert(names_each_value_once(kDacCriterionNames));
inline constexpr auto kAllDacCriteria = values_of(kDacCriterionNames);

enum class EvaluationStage { mid_term, final_evaluation };
inline constexpr EnumName<EvaluationStage> kEvaluationStageNames[] = {{EvaluationStage::mid_term, "mid_term"},
                                                                      {EvaluationStage::final_evaluation, "final"}};
static_assert(names_each_value_once(kEvaluationStageNames));

struct CriterionScore {
  DacCriterion criterion = DacCriterion::relevance;
  int score = 0;  // 1 (poor) – 5 (excellent)
  std::string narrative;
  bool operator==(const CriterionScore&) const = default;
};

// One evaluation per stage. Its lessons and result line flow back to the transferred
// knowledge items' pages ("tested in pilot X in region Y: …").
struct Evaluation {
  EvaluationId id;
  EvaluationStage stage = EvaluationStage::mid_term;
  std::vector<CriterionScore> scores;  // every criterion once
  std::string lessons;                 // Markdown: lessons learned
  std::string result;                  // one line on what the pilot achieved
  std::optional<accounts::UserId> evaluator;
  std::string evaluator_name;  // filled when read
  Seconds at = 0;
};

// A change to an approved baseline: the new targets, budget, end date or logframe with its
// reason, decided by the lead partner; an approved one makes a new baseline version.
enum class ModificationStatus { requested, approved, rejected };
inline constexpr EnumName<ModificationStatus> kModificationStatusNames[] = {
    {ModificationStatus::requested, "requested"},
    {ModificationStatus::approved, "approved"},
    {ModificationStatus::rejected, "rejected"}};
static_assert(names_each_value_once(kModificationStatusNames));

struct TargetChange {
  std::string indicator;  // the indicator's code
  Measure target;
  bool operator==(const TargetChange&) const = default;
};

struct Modification {
  ModificationId id;
  std::string reason;
  std::vector<TargetChange> targets;
  std::optional<EuroCents> budget;
  std::optional<std::string> ends;  // new end date
  std::optional<std::vector<LogframeEntry>> logframe;  // the whole new logframe
  ModificationStatus status = ModificationStatus::requested;
  std::optional<accounts::UserId> requested_by;
  Seconds requested_at = 0;
  std::optional<accounts::UserId> decided_by;
  std::string decision_note;  // required for a rejection
  Seconds decided_at = 0;
  int version = 0;  // the baseline version it made, when approved
};

struct Pilot {
  PilotId id;
  std::vector<PilotText> texts;  // at least one; `original_language` among them
  std::string original_language;
  accounts::OrganisationId lead;  // the lead organisation: its staff run the pilot
  std::string lead_name;          // filled when read
  std::vector<accounts::OrganisationId> participants;
  std::vector<RegionCode> regions;  // where it runs (NUTS 2), at least one
  std::vector<AreaCode> areas;      // thematic areas WG1–WG6, at least one
  std::vector<Transfer> transfers;
  std::optional<NeedAnswered> need;
  PilotStatus status = PilotStatus::planned;
  std::string starts;  // YYYY-MM-DD
  std::string ends;    // YYYY-MM-DD
  EuroCents budget;
  std::optional<EuroCents> original_budget;  // as first approved, when a modification changed it
  std::string original_ends;                 // as first approved, when a modification changed it
  // 0 while the baseline is a draft; 1 once approved, +1 per approved modification.
  int baseline_version = 0;
  Seconds baseline_approved_at = 0;
  int revision = 1;  // every change moves it; a save names the revision it started from
  std::optional<accounts::UserId> created_by;
  Seconds created_at = 0;
  Seconds updated_at = 0;
  // Read with the pilot when asked for the whole of it.
  std::vector<LogframeEntry> logframe;
  std::vector<Indicator> indicators;
  std::vector<Milestone> milestones;
  std::vector<Risk> risks;
  std::vector<Evaluation> evaluations;
  std::vector<Modification> modifications;
};

// The text in the language asked for, else English, else the original.
const PilotText& text_in(const Pilot& pilot, std::string_view language);

std::string_view to_string(PilotStatus s);
std::string_view to_string(LogframeLevel l);
std::string_view to_string(IndicatorKind k);
std::string_view to_string(Direction d);
std::string_view to_string(Unit u);
std::string_view to_string(MilestoneStatus s);
std::string_view to_string(Level l);
std::string_view to_string(RiskStatus s);
std::string_view to_string(DacCriterion c);
std::string_view to_string(EvaluationStage s);
std::string_view to_string(ModificationStatus s);

}  // namespace cps::pilot
