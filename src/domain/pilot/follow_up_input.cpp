// Reading what follows a pilot while it runs — milestones, risks, evaluations and requests to
// modify its approved baseline — with the rules on each (see pilot_input.hpp).
#include <algorithm>
#include <set>
#include <string>
#include <tuple>

#include "domain/pilot/input_fields.hpp"
#include "domain/pilot/pilot_input.hpp"
#include "i18n/catalogue.hpp"

namespace cps::pilot {

using namespace input_parts;
using i18n::N_;

namespace {

inline constexpr std::size_t kMaxTargetChanges = 100;

// Reads the text fields named in `fields` and checks each against its length.
using TextField = std::tuple<const char*, std::string*, std::size_t, Required>;

template <std::size_t N>
Status read_texts(const json::object& o, const TextField (&fields)[N]) {
  for (const auto& [key, target, max, required] : fields) {
    auto v = text_field(o, key, "");
    if (!v) return std::unexpected(v.error());
    if (auto ok = check_text(*v, max, key, required); !ok) return ok;
    *target = std::move(*v);
  }
  return {};
}

Result<TargetChange> read_target_change(const json::value& value, const std::string& where) {
  auto o = object_of(value, where);
  if (!o) return std::unexpected(o.error());
  TargetChange change;
  auto indicator = text_field(**o, "indicator", where + ".");
  if (!indicator) return std::unexpected(indicator.error());
  if (indicator->empty())
    return fail(ErrorKind::unprocessable, N_("Choose an indicator of the pilot."), where + ".indicator");
  change.indicator = *indicator;
  auto* target = (*o)->if_contains("target");
  if (!target || target->is_null())
    return fail(ErrorKind::invalid, N_("Give the target's value and date."), where + ".target");
  auto m = read_measure(*target, where + ".target");
  if (!m) return std::unexpected(m.error());
  if (auto ok = check_date(m->date, where + ".target.date"); !ok) return std::unexpected(ok.error());
  change.target = *m;
  return change;
}

}  // namespace

Result<Milestone> read_milestone(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  Milestone m;
  using R = Required;
  if (auto ok = read_texts(**o, {std::tuple{"title", &m.title, kLineLength, R::yes},
                                 std::tuple{"due", &m.due, std::size_t(10), R::no},
                                 std::tuple{"reached_on", &m.reached_on, std::size_t(10), R::no},
                                 std::tuple{"note", &m.note, kParagraphLength, R::no}});
      !ok)
    return std::unexpected(ok.error());
  if (auto ok = check_date(m.due, "due"); !ok) return std::unexpected(ok.error());
  auto status = name_field(**o, "status", "", kMilestoneStatusNames, MilestoneStatus::open,
                           N_("Use open, reached or missed."));
  if (!status) return std::unexpected(status.error());
  m.status = *status;
  if (m.status == MilestoneStatus::reached) {
    if (m.reached_on.empty())
      return fail(ErrorKind::unprocessable, N_("Give the day the milestone was reached."), "reached_on");
    if (auto ok = check_date(m.reached_on, "reached_on"); !ok) return std::unexpected(ok.error());
  } else {
    m.reached_on.clear();  // a day reached belongs only to a reached milestone
  }
  return m;
}

Result<Risk> read_risk(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  Risk r;
  using R = Required;
  if (auto ok = read_texts(**o, {std::tuple{"description", &r.description, kParagraphLength, R::yes},
                                 std::tuple{"mitigation", &r.mitigation, kParagraphLength, R::no}});
      !ok)
    return std::unexpected(ok.error());
  for (auto [key, target] : {std::pair{"likelihood", &r.likelihood}, std::pair{"impact", &r.impact}}) {
    auto level = name_field(**o, key, "", kLevelNames, Level::medium, "Use low, medium or high.");
    if (!level) return std::unexpected(level.error());
    *target = *level;
  }
  auto status = name_field(**o, "status", "", kRiskStatusNames, RiskStatus::open, N_("Use open or closed."));
  if (!status) return std::unexpected(status.error());
  r.status = *status;
  return r;
}

Result<Evaluation> read_evaluation(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  Evaluation e;
  auto stage = name_field(**o, "stage", "", kEvaluationStageNames, EvaluationStage::mid_term,
                          N_("Use mid_term or final."));
  if (!stage) return std::unexpected(stage.error());
  e.stage = *stage;
  auto scores = list_field(**o, "scores", "");
  if (!scores) return std::unexpected(scores.error());
  std::set<DacCriterion> scored;
  if (*scores)
    for (std::size_t i = 0; i < (*scores)->size(); ++i) {
      std::string where = "scores." + std::to_string(i);
      auto s = object_of((**scores)[i], where);
      if (!s) return std::unexpected(s.error());
      where += ".";
      CriterionScore score;
      auto* named = (*s)->if_contains("criterion");
      auto criterion = named && named->is_string()
                           ? parse_name(std::string_view(named->as_string()), kDacCriterionNames)
                           : std::nullopt;
      if (!criterion)
        return fail(ErrorKind::invalid,
                    N_("Use relevance, coherence, effectiveness, efficiency, impact or sustainability."),
                    where + "criterion");
      score.criterion = *criterion;
      if (!scored.insert(*criterion).second)
        return fail(ErrorKind::unprocessable, N_("Each criterion is scored once."), where + "criterion");
      auto level = whole_field(**s, "score", where, N_("A score is a whole number from 1 to 5."));
      if (!level) return std::unexpected(level.error());
      if (!*level || **level < 1 || **level > 5)
        return fail(ErrorKind::unprocessable, N_("A score is a whole number from 1 to 5."), where + "score");
      score.score = int(**level);
      auto narrative = text_field(**s, "narrative", where);
      if (!narrative) return std::unexpected(narrative.error());
      if (auto ok = check_text(*narrative, kParagraphLength, where + "narrative", Required::no); !ok)
        return std::unexpected(ok.error());
      score.narrative = std::move(*narrative);
      e.scores.push_back(std::move(score));
    }
  for (DacCriterion c : kAllDacCriteria)
    if (!scored.contains(c))
      return fail(ErrorKind::unprocessable, N_("Score every criterion."), "scores." + std::string(to_string(c)));
  // The six criteria in their usual order, whatever order they were sent in.
  std::sort(e.scores.begin(), e.scores.end(),
            [](const CriterionScore& a, const CriterionScore& b) { return a.criterion < b.criterion; });
  auto lessons = text_field(**o, "lessons", "");
  if (!lessons) return std::unexpected(lessons.error());
  if (lessons->empty()) return fail(ErrorKind::unprocessable, N_("Write the lessons learned."), "lessons");
  using R = Required;
  if (auto ok = read_texts(**o, {std::tuple{"lessons", &e.lessons, kDocumentLength, R::yes},
                                 std::tuple{"result", &e.result, kLineLength, R::no}});
      !ok)
    return std::unexpected(ok.error());
  return e;
}

Result<Modification> read_modification(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  Modification m;
  auto reason = text_field(**o, "reason", "");
  if (!reason) return std::unexpected(reason.error());
  if (reason->empty()) return fail(ErrorKind::unprocessable, N_("Say why the baseline should change."), "reason");
  if (auto ok = check_text(*reason, kParagraphLength, "reason", Required::yes); !ok)
    return std::unexpected(ok.error());
  m.reason = std::move(*reason);
  auto targets = list_field(**o, "targets", "");
  if (!targets) return std::unexpected(targets.error());
  if (*targets) {
    if ((*targets)->size() > kMaxTargetChanges)
      return fail(ErrorKind::unprocessable, N_("A request changes at most 100 targets."), "targets");
    std::set<std::string> changed;
    for (std::size_t i = 0; i < (*targets)->size(); ++i) {
      auto change = read_target_change((**targets)[i], "targets." + std::to_string(i));
      if (!change) return std::unexpected(change.error());
      if (!changed.insert(change->indicator).second)
        return fail(ErrorKind::unprocessable, N_("A value is given twice."), "targets." + std::to_string(i) + ".indicator");
      m.targets.push_back(std::move(*change));
    }
  }
  if (auto* budget = (*o)->if_contains("budget");
      budget && !budget->is_null() && !(budget->is_string() && budget->as_string().empty())) {
    auto euro = read_euro(**o, "budget", "");
    if (!euro) return std::unexpected(euro.error());
    if (euro->value < 0) return fail(ErrorKind::unprocessable, N_("A budget cannot be negative."), "budget");
    m.budget = *euro;
  }
  auto ends = text_field(**o, "ends", "");
  if (!ends) return std::unexpected(ends.error());
  if (!ends->empty()) {
    if (auto ok = check_date(*ends, "ends"); !ok) return std::unexpected(ok.error());
    m.ends = *ends;
  }
  if (auto* logframe = (*o)->if_contains("logframe"); logframe && !logframe->is_null()) {
    if (!logframe->is_array()) return fail(ErrorKind::invalid, "This must be a list.", "logframe");
    auto entries = read_logframe_entries(logframe->as_array(), "logframe");
    if (!entries) return std::unexpected(entries.error());
    if (auto ok = check_logframe_at(*entries, "logframe"); !ok) return std::unexpected(ok.error());
    m.logframe = std::move(*entries);
  }
  if (m.targets.empty() && !m.budget && !m.ends && !m.logframe)
    return fail(ErrorKind::unprocessable, N_("Change at least one target, the budget, the end date or the logframe."),
                "targets");
  return m;
}

}  // namespace cps::pilot
