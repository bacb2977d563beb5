// Assessments as tables: the scores download and the self-assessment form (see score_table.hpp).
#include "domain/assessment/score_table.hpp"

#include <algorithm>
#include <map>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::assessment {

using i18n::N_;

namespace {

std::string evidence_cell(const std::vector<Evidence>& evidence) {
  std::vector<std::string> values;
  for (const auto& e : evidence)
    values.push_back(std::string(to_string(e.kind)) + ":" + e.reference);
  return exports::list_cell(values);
}

std::string answer_cell(const Rating& r) {
  switch (r.answer) {
    case Answer::level:
      return std::to_string(r.level);
    case Answer::not_applicable:
      return "n/a";
    case Answer::no_data:
      return "no data";
  }
  return "";
}

// The position of each criterion in framework order (criteria it lacks go last).
std::size_t order_of(const Framework& framework, const std::string& code) {
  for (std::size_t i = 0; i < framework.criteria.size(); ++i)
    if (framework.criteria[i].code == code) return i;
  return framework.criteria.size();
}

// "knowledge_item:12", "document:https://…", "indicator:gdp"; a bare number is an item and a
// bare address a document, as people type them.
std::optional<Evidence> parse_evidence(std::string_view cell) {
  std::string value = text::trim(cell);
  if (value.empty()) return std::nullopt;
  if (value.starts_with("http://") || value.starts_with("https://"))
    return Evidence{EvidenceKind::document, value, ""};
  if (value.find_first_not_of("0123456789") == std::string::npos)
    return Evidence{EvidenceKind::knowledge_item, value, ""};
  auto colon = value.find(':');
  if (colon == std::string::npos) return std::nullopt;
  auto kind = parse_name(std::string_view(value).substr(0, colon), kEvidenceKindNames);
  if (!kind) return std::nullopt;
  return Evidence{*kind, text::trim(std::string_view(value).substr(colon + 1)), ""};
}

}  // namespace

exports::Table scores_table(const Assessment& assessment, const Framework& framework,
                            const std::string& language) {
  exports::Table t;
  t.name = "scores";
  t.columns = {"region",        "period",  "framework_version", "area",   "criterion", "title",
               "timeframe",     "source",  "reviewer",          "answer", "level",     "confidence",
               "justification", "evidence"};
  t.types = {exports::ColumnType::text, exports::ColumnType::number, exports::ColumnType::number};
  t.types.resize(t.columns.size(), exports::ColumnType::text);
  t.types[10] = exports::ColumnType::number;
  auto scores = assessment.scores;
  std::stable_sort(scores.begin(), scores.end(), [&](const Score& a, const Score& b) {
    auto ka = std::tuple(order_of(framework, a.criterion), a.timeframe, a.source, a.reviewer);
    auto kb = std::tuple(order_of(framework, b.criterion), b.timeframe, b.source, b.reviewer);
    return ka < kb;
  });
  for (const auto& s : scores) {
    const auto* c = framework.criterion(s.criterion);
    t.rows.push_back(
        {assessment.region.str(), std::to_string(assessment.period),
         std::to_string(assessment.framework_version), c ? c->area.str() : "", s.criterion,
         c ? c->text(language).title : "", std::string(to_string(s.timeframe)),
         std::string(to_string(s.source)), s.reviewer ? std::to_string(s.reviewer->value()) : "",
         std::string(to_string(s.rating.answer)),
         s.rating.answer == Answer::level ? std::to_string(s.rating.level) : "",
         std::string(to_string(s.rating.confidence)), s.justification, evidence_cell(s.evidence)});
  }
  return t;
}

exports::Table self_assessment_form(const Assessment& assessment, const Framework& framework,
                                    const std::string& language) {
  exports::Table t;
  t.name = "self-assessment";
  t.columns = {"area", "criterion", "title", "question", "level_1", "level_3", "level_5"};
  for (auto frame : kAllTimeframes)
    for (const char* part : {"_answer", "_confidence", "_justification", "_evidence"})
      t.columns.push_back(std::string(to_string(frame)) + part);
  std::map<std::pair<std::string, Timeframe>, const Score*> self;
  for (const auto& s : assessment.scores)
    if (s.source == Source::self) self[{s.criterion, s.timeframe}] = &s;
  for (const auto& c : framework.criteria) {
    const auto& text = c.text(language);
    std::vector<std::string> row = {c.area.str(), c.code,       text.title,  text.question,
                                    text.level_1, text.level_3, text.level_5};
    for (auto frame : kAllTimeframes) {
      auto it = self.find({c.code, frame});
      if (it == self.end()) {
        row.insert(row.end(), {"", "", "", ""});
        continue;
      }
      const Score& s = *it->second;
      row.insert(row.end(), {answer_cell(s.rating), std::string(to_string(s.rating.confidence)),
                             s.justification, evidence_cell(s.evidence)});
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

Result<std::vector<ScoreInput>> read_self_assessment_form(const exports::Table& table) {
  auto column = [&](std::string_view name) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < table.columns.size(); ++i)
      if (text::trim(table.columns[i]) == name) return i;
    return std::nullopt;
  };
  auto criterion_column = column("criterion");
  if (!criterion_column)
    return fail(ErrorKind::invalid,
                N_("This is not a self-assessment form: the criterion column is missing."),
                "criterion");
  std::vector<ScoreInput> out;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    // Rows as the spreadsheet numbers them: the header is row 1.
    std::string where = "row " + std::to_string(r + 2) + ", ";
    auto cell = [&](std::optional<std::size_t> i) {
      return i && *i < row.size() ? text::trim(row[*i]) : std::string();
    };
    std::string criterion = cell(criterion_column);
    if (criterion.empty()) continue;
    for (auto frame : kAllTimeframes) {
      std::string prefix(to_string(frame));
      auto answer_column = column(prefix + "_answer");
      std::string answer = text::to_lower_ascii(cell(answer_column));
      if (answer.empty()) continue;
      ScoreInput s;
      s.criterion = criterion;
      s.timeframe = frame;
      if (answer == "n/a")
        s.rating.answer = Answer::not_applicable;
      else if (answer == "no data")
        s.rating.answer = Answer::no_data;
      else if (answer.size() == 1 && answer[0] >= '1' && answer[0] <= '5')
        s.rating.level = answer[0] - '0';
      else if (answer.size() == 3 && answer[0] >= '1' && answer[0] <= '5' &&
               answer.substr(1) == ".0")
        s.rating.level = answer[0] - '0';  // a spreadsheet's number written back
      else
        return fail(ErrorKind::invalid, N_("Answer with a level from 1 to 5, n/a or no data."),
                    where + prefix + "_answer");
      std::string confidence = text::to_lower_ascii(cell(column(prefix + "_confidence")));
      if (!confidence.empty()) {
        auto c = parse_name(std::string_view(confidence), kConfidenceNames);
        if (!c)
          return fail(ErrorKind::invalid, N_("Use low, medium or high."),
                      where + prefix + "_confidence");
        s.rating.confidence = *c;
      }
      s.justification = cell(column(prefix + "_justification"));
      auto evidence = exports::parse_list_cell(cell(column(prefix + "_evidence")));
      if (!evidence)
        return fail(ErrorKind::invalid, N_("Separate evidence with semicolons."),
                    where + prefix + "_evidence");
      for (const auto& value : *evidence) {
        if (text::trim(value).empty()) continue;
        auto e = parse_evidence(value);
        if (!e)
          return fail(ErrorKind::invalid,
                      N_("Name evidence as knowledge_item:<number>, document:<address> or "
                         "indicator:<name>."),
                      where + prefix + "_evidence");
        s.evidence.push_back(std::move(*e));
      }
      out.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace cps::assessment
