// The input shapes of pilots, each read in one place for the pages (their fields as this JSON
// shape), the API, the CSV/XLSX indicator values and the demo; and the rules on them.
#pragma once

#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/pilot/pilot.hpp"

namespace cps::pilot {

// The pilot's description: {texts: [{language,title,summary,description,objectives}],
// original_language, lead, participants: [ids], regions: [codes], areas: [codes],
// transfers: [{item, from_region, from_organisation}], need: {region, criterion} | null,
// status, starts, ends, budget (euro, a number with at most two decimals)}.
struct PilotInput {
  std::vector<PilotText> texts;
  std::string original_language;
  std::optional<accounts::OrganisationId> lead;  // the creator's organisation when absent
  std::vector<accounts::OrganisationId> participants;
  std::vector<RegionCode> regions;
  std::vector<AreaCode> areas;
  std::vector<Transfer> transfers;
  std::optional<NeedAnswered> need;
  PilotStatus status = PilotStatus::planned;
  std::string starts;
  std::string ends;
  EuroCents budget;
};
Result<PilotInput> read_pilot(const boost::json::value& value);
// The rules that need nothing stored: a title in the original language, dates YYYY-MM-DD with
// starts ≤ ends, at least one region and area, area codes WG1–WG6, budget ≥ 0, a transferred
// item at most once, no participant equal to the lead. Fails (unprocessable) naming the field.
Status check_pilot(const PilotInput& input);

// {logframe: [{level, code, parent, text, assumptions}]}: one overall objective first; every
// other entry's parent is an entry one level up; codes unique.
Result<std::vector<LogframeEntry>> read_logframe(const boost::json::value& value);
Status check_logframe(const std::vector<LogframeEntry>& logframe);

// {code, name, kind, unit, direction, baseline: {value, date} | null, target: {value, date},
// source, logframe}. Rules: the unit's rules on baseline and target (unit_rules), a target
// date, "lower is better" needs a baseline, target differs from baseline in the right
// direction, the target date after the baseline date.
struct IndicatorInput {
  std::string code;
  std::string name;
  IndicatorKind kind = IndicatorKind::output;
  Unit unit = Unit::count;
  Direction direction = Direction::higher_is_better;
  std::optional<Measure> baseline;
  Measure target;
  std::string source;
  std::optional<std::string> logframe_code;
};
Result<IndicatorInput> read_indicator(const boost::json::value& value);
Status check_indicator(const IndicatorInput& input);

// {values: [{indicator (code), period, value, evidence, comment}]} — the same rows as the
// CSV/XLSX file (indicator_table.hpp).
struct ValueInput {
  std::string indicator;
  int period = 0;
  double value = 0;
  std::string evidence;
  std::string comment;
};
Result<std::vector<ValueInput>> read_values(const boost::json::value& value);

// The rules of a unit: counts (count, people, organisations, companies, events, documents)
// are whole numbers ≥ 0; percent 0–100; euro, days, hours ≥ 0; score 0–10. Fails
// (unprocessable) with a message that names the unit, e.g. "A percentage lies between 0 and
// 100.", the field given.
Status check_unit_value(Unit unit, double value, const std::string& field);

// {title, due, status, reached_on, note}
Result<Milestone> read_milestone(const boost::json::value& value);
// {description, likelihood, impact, mitigation, status}
Result<Risk> read_risk(const boost::json::value& value);
// {stage, scores: [{criterion, score, narrative}], lessons, result}: every DAC criterion once,
// scores 1–5, lessons required.
Result<Evaluation> read_evaluation(const boost::json::value& value);
// {reason, targets: [{indicator, target: {value, date}}], budget, ends, logframe: [...] | null}:
// a reason and at least one change.
Result<Modification> read_modification(const boost::json::value& value);

// A calendar date YYYY-MM-DD that exists.
bool is_date(const std::string& text);

}  // namespace cps::pilot
