// A pilot's indicators: their definition saved with the code unique in the pilot, removed with
// their values, and one value per reporting period, replaced when recorded again.
#include "storage/pilot/parts.hpp"

namespace cps::storage::pilot_sql {

namespace {

// The bound values of a measure that may be absent.
struct OptionalMeasure {
  double value = 0;
  std::string date;
  soci::indicator ind = soci::i_null;
  explicit OptionalMeasure(const std::optional<Measure>& m) {
    if (!m) return;
    value = m->value;
    date = m->date;
    ind = soci::i_ok;
  }
};

}  // namespace

Result<IndicatorId> Store::save_indicator(PilotId pilot, const Indicator& i) {
  ll pilot_id = pilot.value(), id = i.id.value();
  // Asked first rather than left to the unique constraint, whose violation would abort a
  // PostgreSQL transaction.
  int taken = 0;
  s_ << "SELECT COUNT(*) FROM pilot_indicators WHERE pilot_id = :pilot AND code = :code AND id <> :id",
      soci::use(pilot_id), soci::use(i.code), soci::use(id), soci::into(taken);
  if (taken > 0)
    return fail(ErrorKind::conflict, "Another indicator of this pilot has this code.", "code", i.code);

  std::string kind = name(i.kind, kIndicatorKindNames), unit = name(i.unit, kUnitNames),
              direction = name(i.direction, kDirectionNames);
  OptionalMeasure baseline(i.baseline), original(i.original_target);
  double target = i.target.value;
  std::string logframe = i.logframe_code.value_or("");
  soci::indicator logframe_ind = i.logframe_code ? soci::i_ok : soci::i_null;
  int position = i.position;
  if (id == 0) {
    s_ << "INSERT INTO pilot_indicators (pilot_id, code, name, kind, unit, direction, baseline_value, baseline_on, "
          "target_value, target_on, original_target_value, original_target_on, source, logframe_code, position) "
          "VALUES (:pilot, :code, :name, :kind, :unit, :direction, :baseline, :baseline_on, :target, :target_on, "
          ":original, :original_on, :source, :logframe, :position) RETURNING id",
        soci::use(pilot_id), soci::use(i.code), soci::use(i.name), soci::use(kind), soci::use(unit),
        soci::use(direction), soci::use(baseline.value, baseline.ind), soci::use(baseline.date, baseline.ind),
        soci::use(target), soci::use(i.target.date), soci::use(original.value, original.ind),
        soci::use(original.date, original.ind), soci::use(i.source), soci::use(logframe, logframe_ind),
        soci::use(position), soci::into(id);
    return IndicatorId(id);
  }
  soci::statement st =
      (s_.prepare << "UPDATE pilot_indicators SET code = :code, name = :name, kind = :kind, unit = :unit, "
                     "direction = :direction, baseline_value = :baseline, baseline_on = :baseline_on, "
                     "target_value = :target, target_on = :target_on, original_target_value = :original, "
                     "original_target_on = :original_on, source = :source, logframe_code = :logframe, "
                     "position = :position WHERE id = :id AND pilot_id = :pilot",
       soci::use(i.code), soci::use(i.name), soci::use(kind), soci::use(unit), soci::use(direction),
       soci::use(baseline.value, baseline.ind), soci::use(baseline.date, baseline.ind), soci::use(target),
       soci::use(i.target.date), soci::use(original.value, original.ind), soci::use(original.date, original.ind),
       soci::use(i.source), soci::use(logframe, logframe_ind), soci::use(position), soci::use(id),
       soci::use(pilot_id));
  st.execute(true);
  if (st.get_affected_rows() != 1) return fail(ErrorKind::not_found, "Not found.", "indicator", std::to_string(id));
  return IndicatorId(id);
}

Status Store::delete_indicator(PilotId pilot, IndicatorId indicator) {
  ll pilot_id = pilot.value(), id = indicator.value();
  int found = 0;
  s_ << "SELECT COUNT(*) FROM pilot_indicators WHERE id = :id AND pilot_id = :pilot", soci::use(id),
      soci::use(pilot_id), soci::into(found);
  if (found == 0) return fail(ErrorKind::not_found, "Not found.", "indicator", std::to_string(id));
  s_ << "DELETE FROM pilot_indicator_values WHERE indicator_id = :id", soci::use(id);
  s_ << "DELETE FROM pilot_indicators WHERE id = :id", soci::use(id);
  return {};
}

Status Store::save_value(IndicatorId indicator, const IndicatorValue& v) {
  ll id = indicator.value(), by = v.by ? v.by->value() : 0, at = v.at;
  soci::indicator by_ind = v.by ? soci::i_ok : soci::i_null;
  int period = v.period;
  double value = v.value;
  s_ << "INSERT INTO pilot_indicator_values (indicator_id, period, value, evidence, comment, recorded_by, "
        "recorded_at) VALUES (:id, :period, :value, :evidence, :comment, :by, :at) "
        "ON CONFLICT (indicator_id, period) DO UPDATE SET value = excluded.value, evidence = excluded.evidence, "
        "comment = excluded.comment, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
      soci::use(id), soci::use(period), soci::use(value), soci::use(v.evidence), soci::use(v.comment),
      soci::use(by, by_ind), soci::use(at);
  return {};
}

// Indicators by position (then as added), each with its values oldest period first.
void Store::attach_indicators(Found& found) {
  for_each_chunk(ids_of(found), [&](const std::vector<ll>& chunk) {
    std::map<ll, std::vector<IndicatorValue>> values;
    {
      SqlQuery q;
      q.sql("SELECT v.indicator_id, v.period, v.value, v.evidence, v.comment, v.recorded_by, v.recorded_at "
            "FROM pilot_indicator_values v JOIN pilot_indicators i ON i.id = v.indicator_id WHERE i.pilot_id IN ")
          .integers(chunk)
          .sql(" ORDER BY v.indicator_id, v.period");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows) {
        IndicatorValue v;
        v.period = int(get_int(row, 1));
        v.value = get_real(row, 2);
        v.evidence = get_text(row, 3);
        v.comment = get_text(row, 4);
        if (auto by = get_optional_int(row, 5)) v.by = accounts::UserId(*by);
        v.at = get_int(row, 6);
        values[get_int(row, 0)].push_back(std::move(v));
      }
    }
    SqlQuery q;
    q.sql("SELECT pilot_id, id, code, name, kind, unit, direction, baseline_value, baseline_on, target_value, "
          "target_on, original_target_value, original_target_on, source, logframe_code, position "
          "FROM pilot_indicators WHERE pilot_id IN ")
        .integers(chunk)
        .sql(" ORDER BY pilot_id, position, id");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) {
      Indicator i;
      i.id = IndicatorId(get_int(row, 1));
      i.code = get_text(row, 2);
      i.name = get_text(row, 3);
      i.kind = value_of(get_text(row, 4), kIndicatorKindNames, "indicator kind");
      i.unit = value_of(get_text(row, 5), kUnitNames, "unit");
      i.direction = value_of(get_text(row, 6), kDirectionNames, "direction");
      if (auto b = get_optional_real(row, 7)) i.baseline = Measure{*b, get_text(row, 8)};
      i.target = Measure{get_real(row, 9), get_text(row, 10)};
      if (auto o = get_optional_real(row, 11)) i.original_target = Measure{*o, get_text(row, 12)};
      i.source = get_text(row, 13);
      i.logframe_code = get_optional_text(row, 14);
      i.position = int(get_int(row, 15));
      if (auto it = values.find(i.id.value()); it != values.end()) i.values = std::move(it->second);
      found.at(get_int(row, 0))->indicators.push_back(std::move(i));
    }
  });
}

}  // namespace cps::storage::pilot_sql
