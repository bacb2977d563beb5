// Pilots: what the lead's and participants' staff record while a pilot runs — the indicators'
// values per reporting period (within the pilot's dates, suiting each unit), milestones and
// risks.
#include <algorithm>
#include <set>

#include "domain/pilot/input_fields.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "domain/pilot/pilot_service/internal.hpp"
#include "i18n/catalogue.hpp"

namespace cps::pilot {

using namespace service_parts;
using i18n::N_;

namespace {

using input_parts::check_date;
using input_parts::check_text;
using input_parts::Required;

// The period's dates must be known and share at least a day with the pilot's.
Status check_period(const std::vector<PeriodDates>& periods, const Pilot& pilot, int number, const std::string& field) {
  auto it = std::find_if(periods.begin(), periods.end(), [&](const PeriodDates& p) { return p.number == number; });
  if (it == periods.end() || it->starts.empty() || it->ends.empty())
    return fail(ErrorKind::unprocessable, N_("This reporting period is not set yet."), field);
  if (it->starts > pilot.ends || it->ends < pilot.starts)
    return fail(ErrorKind::unprocessable, N_("This reporting period lies outside the pilot's dates."), field);
  return {};
}

// What every reader of milestones and risks checks, again for those that come another way.
Status check_milestone(const Milestone& m) {
  if (auto ok = check_text(m.title, input_parts::kLineLength, "title", Required::yes); !ok) return ok;
  if (auto ok = check_date(m.due, "due"); !ok) return ok;
  if (m.status == MilestoneStatus::reached)
    if (auto ok = check_date(m.reached_on, "reached_on"); !ok) return ok;
  return check_text(m.note, input_parts::kParagraphLength, "note", Required::no);
}

Status check_risk(const Risk& r) {
  if (auto ok = check_text(r.description, input_parts::kParagraphLength, "description", Required::yes); !ok)
    return ok;
  return check_text(r.mitigation, input_parts::kParagraphLength, "mitigation", Required::no);
}

template <class T, class Id>
const T* find_by_id(const std::vector<T>& list, Id id) {
  auto it = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
  return it == list.end() ? nullptr : &*it;
}

}  // namespace

Result<Pilot> PilotService::record_values(const Principal& who, PilotId id, int revision,
                                          const std::vector<ValueInput>& values) {
  if (values.empty()) return fail(ErrorKind::unprocessable, N_("Give at least one value."), "values");
  auto periods = surroundings_.periods();
  if (!periods) return std::unexpected(periods.error());
  Seconds now = now_of(clock_);
  auto after = change_pilot(
      repository_, who, id, revision, now, "values_recorded", [&](PilotStore& store, Pilot& p) -> Result<std::string> {
        if (!capabilities(who, p).record_values) return std::unexpected(refusal(who));
        std::set<std::pair<std::string, int>> seen;
        std::set<int> recorded;
        for (std::size_t i = 0; i < values.size(); ++i) {
          const auto& v = values[i];
          std::string at = "values." + std::to_string(i) + ".";
          const Indicator* indicator = indicator_coded(p, v.indicator);
          if (!indicator) return fail(ErrorKind::unprocessable, N_("Choose an indicator of the pilot."), at + "indicator");
          if (!seen.emplace(v.indicator, v.period).second)
            return fail(ErrorKind::unprocessable, "A value is given twice.", at + "period");
          if (auto ok = check_period(*periods, p, v.period, at + "period"); !ok) return std::unexpected(ok.error());
          if (auto ok = check_unit_value(indicator->unit, v.value, at + "value"); !ok) return std::unexpected(ok.error());
          if (auto ok = check_text(v.evidence, input_parts::kLineLength, at + "evidence", Required::no); !ok)
            return std::unexpected(ok.error());
          if (auto ok = check_text(v.comment, input_parts::kParagraphLength, at + "comment", Required::no); !ok)
            return std::unexpected(ok.error());
          IndicatorValue value{v.period, v.value, v.evidence, v.comment, who.user, now};
          if (auto ok = store.save_value(indicator->id, value); !ok) return std::unexpected(ok.error());
          recorded.insert(v.period);
        }
        std::string detail = std::to_string(values.size()) + " values for period";
        for (int period : recorded) detail += " " + std::to_string(period);
        return detail;
      });
  return shown(surroundings_, who, std::move(after));
}

Result<Pilot> PilotService::save_milestone(const Principal& who, PilotId id, int revision, Milestone milestone) {
  if (auto ok = check_milestone(milestone); !ok) return std::unexpected(ok.error());
  auto after = change_pilot(repository_, who, id, revision, now_of(clock_), "milestone_saved",
                            [&](PilotStore& store, Pilot& p) -> Result<std::string> {
                              if (!capabilities(who, p).record_values) return std::unexpected(refusal(who));
                              if (milestone.id.valid() && !find_by_id(p.milestones, milestone.id)) return not_found();
                              auto saved = store.save_milestone(p.id, milestone);
                              if (!saved) return std::unexpected(saved.error());
                              return milestone.title + ": " + std::string(to_string(milestone.status));
                            });
  return shown(surroundings_, who, std::move(after));
}

Result<Pilot> PilotService::delete_milestone(const Principal& who, PilotId id, int revision, MilestoneId milestone) {
  auto after = change_pilot(repository_, who, id, revision, now_of(clock_), "milestone_deleted",
                            [&](PilotStore& store, Pilot& p) -> Result<std::string> {
                              if (!capabilities(who, p).record_values) return std::unexpected(refusal(who));
                              const auto* stored = find_by_id(p.milestones, milestone);
                              if (!stored) return not_found();
                              if (auto ok = store.delete_milestone(p.id, milestone); !ok)
                                return std::unexpected(ok.error());
                              return stored->title;
                            });
  return shown(surroundings_, who, std::move(after));
}

Result<Pilot> PilotService::save_risk(const Principal& who, PilotId id, int revision, Risk risk) {
  if (auto ok = check_risk(risk); !ok) return std::unexpected(ok.error());
  auto after = change_pilot(repository_, who, id, revision, now_of(clock_), "risk_saved",
                            [&](PilotStore& store, Pilot& p) -> Result<std::string> {
                              if (!capabilities(who, p).record_values) return std::unexpected(refusal(who));
                              if (risk.id.valid() && !find_by_id(p.risks, risk.id)) return not_found();
                              auto saved = store.save_risk(p.id, risk);
                              if (!saved) return std::unexpected(saved.error());
                              return std::string(to_string(risk.likelihood)) + "/" +
                                     std::string(to_string(risk.impact)) + ": " + std::string(to_string(risk.status));
                            });
  return shown(surroundings_, who, std::move(after));
}

Result<Pilot> PilotService::delete_risk(const Principal& who, PilotId id, int revision, RiskId risk) {
  auto after = change_pilot(repository_, who, id, revision, now_of(clock_), "risk_deleted",
                            [&](PilotStore& store, Pilot& p) -> Result<std::string> {
                              if (!capabilities(who, p).record_values) return std::unexpected(refusal(who));
                              if (!find_by_id(p.risks, risk)) return not_found();
                              if (auto ok = store.delete_risk(p.id, risk); !ok) return std::unexpected(ok.error());
                              return "risk " + std::to_string(risk.value());
                            });
  return shown(surroundings_, who, std::move(after));
}

}  // namespace cps::pilot
