// Reading an indicator's definition and the values recorded for a reporting period, and the
// rules on an indicator's baseline and target (see pilot_input.hpp).
#include <string>
#include <tuple>

#include "domain/pilot/input_fields.hpp"
#include "domain/pilot/pilot_input.hpp"
#include "i18n/catalogue.hpp"

namespace cps::pilot {

using namespace input_parts;
using i18n::N_;

namespace {

inline constexpr std::size_t kMaxValues = 500;

}  // namespace

Result<IndicatorInput> read_indicator(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  IndicatorInput in;
  for (auto [key, target] : {std::pair{"code", &in.code}, std::pair{"name", &in.name}, std::pair{"source", &in.source}}) {
    auto v = text_field(**o, key, "");
    if (!v) return std::unexpected(v.error());
    *target = std::move(*v);
  }
  auto kind = name_field(**o, "kind", "", kIndicatorKindNames, IndicatorKind::output, N_("Use output, result or impact."));
  if (!kind) return std::unexpected(kind.error());
  in.kind = *kind;
  auto unit = name_field(**o, "unit", "", kUnitNames, Unit::count, N_("Choose a unit from the list."));
  if (!unit) return std::unexpected(unit.error());
  in.unit = *unit;
  auto direction = name_field(**o, "direction", "", kDirectionNames, Direction::higher_is_better,
                              N_("Use higher_is_better or lower_is_better."));
  if (!direction) return std::unexpected(direction.error());
  in.direction = *direction;
  if (auto* baseline = (*o)->if_contains("baseline"); baseline && !baseline->is_null()) {
    auto m = read_measure(*baseline, "baseline");
    if (!m) return std::unexpected(m.error());
    in.baseline = *m;
  }
  auto* target = (*o)->if_contains("target");
  if (!target || target->is_null())
    return fail(ErrorKind::invalid, N_("Give the target's value and date."), "target");
  auto m = read_measure(*target, "target");
  if (!m) return std::unexpected(m.error());
  in.target = *m;
  auto logframe = text_field(**o, "logframe", "");
  if (!logframe) return std::unexpected(logframe.error());
  if (!logframe->empty()) in.logframe_code = *logframe;
  return in;
}

Status check_indicator(const IndicatorInput& in) {
  if (auto ok = check_text(in.code, 20, "code", Required::yes); !ok) return ok;
  if (auto ok = check_text(in.name, 300, "name", Required::yes); !ok) return ok;
  if (auto ok = check_text(in.source, kLineLength, "source", Required::no); !ok) return ok;
  // Going down needs a point to go down from: a count starting at nothing can only rise.
  if (in.direction == Direction::lower_is_better && !in.baseline)
    return fail(ErrorKind::unprocessable, N_("A \"lower is better\" indicator needs a baseline."), "baseline");
  if (in.baseline) {
    if (auto ok = check_unit_value(in.unit, in.baseline->value, "baseline.value"); !ok) return ok;
    if (auto ok = check_date(in.baseline->date, "baseline.date"); !ok) return ok;
  }
  if (auto ok = check_unit_value(in.unit, in.target.value, "target.value"); !ok) return ok;
  if (auto ok = check_date(in.target.date, "target.date"); !ok) return ok;
  if (in.baseline && in.target.date <= in.baseline->date)
    return fail(ErrorKind::unprocessable, N_("The target's date comes after the baseline's."), "target.date");
  double from = in.baseline ? in.baseline->value : 0;
  if (in.direction == Direction::higher_is_better && !(in.target.value > from))
    return fail(ErrorKind::unprocessable,
                N_("A \"higher is better\" indicator's target lies above its baseline (zero without one)."),
                "target.value");
  if (in.direction == Direction::lower_is_better && !(in.target.value < from))
    return fail(ErrorKind::unprocessable, N_("A \"lower is better\" indicator's target lies below its baseline."),
                "target.value");
  return {};
}

Result<std::vector<ValueInput>> read_values(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  auto list = list_field(**o, "values", "");
  if (!list) return std::unexpected(list.error());
  if (!*list) return fail(ErrorKind::invalid, "This must be a list.", "values");
  if ((*list)->size() > kMaxValues)
    return fail(ErrorKind::unprocessable, N_("Record at most 500 values at once."), "values");
  std::vector<ValueInput> out;
  for (std::size_t i = 0; i < (*list)->size(); ++i) {
    std::string where = "values." + std::to_string(i);
    auto row = object_of((**list)[i], where);
    if (!row) return std::unexpected(row.error());
    where += ".";
    ValueInput v;
    auto indicator = text_field(**row, "indicator", where);
    if (!indicator) return std::unexpected(indicator.error());
    v.indicator = *indicator;
    auto period = whole_field(**row, "period", where, "Choose a reporting period from 1 to 6.");
    if (!period) return std::unexpected(period.error());
    if (!*period || **period < 1 || **period > 6)
      return fail(ErrorKind::invalid, "Choose a reporting period from 1 to 6.", where + "period");
    v.period = int(**period);
    auto number = number_field(**row, "value", where);
    if (!number) return std::unexpected(number.error());
    v.value = *number;
    for (auto [key, target, max] : {std::tuple{"evidence", &v.evidence, kLineLength},
                                    std::tuple{"comment", &v.comment, kParagraphLength}}) {
      auto t = text_field(**row, key, where);
      if (!t) return std::unexpected(t.error());
      if (auto ok = check_text(*t, max, where + key, Required::no); !ok) return std::unexpected(ok.error());
      *target = std::move(*t);
    }
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace cps::pilot
