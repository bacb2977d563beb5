#include "domain/foresight/delphi_export.hpp"

#include <cstdio>

namespace cps::foresight {

namespace {

std::string figure(std::optional<double> d) {
  if (!d) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4g", *d);
  return buffer;
}

}  // namespace

exports::Table results_table(const StudyView& view) {
  using exports::ColumnType;
  exports::Table t;
  t.name = "results";
  t.columns = {"statement", "position", "kind", "text", "round", "respondents", "median", "q1", "q3", "iqr",
               "agreement_percent", "never_percent", "consensus", "changed_percent", "standing", "distribution"};
  t.types = {ColumnType::number, ColumnType::number, ColumnType::text,   ColumnType::text,
             ColumnType::number, ColumnType::number, ColumnType::number, ColumnType::number,
             ColumnType::number, ColumnType::number, ColumnType::number, ColumnType::number,
             ColumnType::text,   ColumnType::number, ColumnType::text,   ColumnType::text};
  for (const auto& result : view.results) {
    for (const auto& round : result.rounds) {
      auto q = round.quartiles();
      std::string distribution;
      if (round.rating)
        for (std::size_t i = 0; i < round.rating->counts.size(); ++i)
          distribution += (i ? " " : "") + std::to_string(view.study.rules.scale_min + int(i)) + ":" +
                          std::to_string(round.rating->counts[i]);
      t.rows.push_back({std::to_string(result.statement.id.value()), std::to_string(result.statement.position),
                        std::string(to_string(result.statement.kind)), result.statement.text,
                        std::to_string(round.round), std::to_string(round.respondents),
                        figure(q ? std::optional(q->median) : std::nullopt), figure(q ? std::optional(q->q1) : std::nullopt),
                        figure(q ? std::optional(q->q3) : std::nullopt), figure(q ? std::optional(q->iqr()) : std::nullopt),
                        figure(round.rating ? std::optional(round.rating->agreement_percent()) : std::nullopt),
                        figure(round.horizon ? std::optional(round.horizon->never_percent()) : std::nullopt),
                        round.consensus ? "yes" : "no",
                        figure(round.change ? std::optional(round.change->changed_percent()) : std::nullopt),
                        std::string(to_string(result.standing)), distribution});
    }
  }
  return t;
}

}  // namespace cps::foresight
