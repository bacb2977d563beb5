// Surveys as JSON (see survey_json.hpp).
#include "api/survey_json.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::surveys;

namespace {

json::value day_or_null(const std::string& day) { return day.empty() ? json::value(nullptr) : json::value(day); }

json::object capabilities_json(const SurveyCapabilities& c) {
  return json::object{{"answer", c.answer}, {"organise", c.organise}, {"see_results", c.see_results}};
}

json::array counts_json(const std::vector<Count>& counts) {
  json::array out;
  for (const auto& c : counts) {
    json::object o{{"code", c.code}, {"count", c.count}};
    if (!c.label.empty()) o["label"] = texts_json(c.label);
    out.push_back(std::move(o));
  }
  return out;
}

json::array groups_json(const std::vector<std::pair<std::string, int>>& groups) {
  json::array out;
  for (const auto& [group, n] : groups) out.push_back(json::object{{"group", group}, {"respondents", n}});
  return out;
}

}  // namespace

json::object survey_json(const Survey& s) {
  json::array values;
  for (const auto& v : s.audience_values) values.push_back(json::value(v));
  json::object translations;
  for (const auto& language : s.definition.languages)
    translations[language] = to_string(translation_status(s, language));
  return json::object{{"id", s.id.value()},
                      {"title", texts_json(s.title)},
                      {"description", texts_json(s.description)},
                      {"audience", to_string(s.audience)},
                      {"audience_values", std::move(values)},
                      {"anonymity", to_string(s.anonymity)},
                      {"opens_at", day_or_null(opening_day(s))},
                      {"closes_at", day_or_null(closing_day(s))},
                      {"organiser", s.organiser.value()},
                      {"event", s.event == 0 ? json::value(nullptr) : json::value(s.event)},
                      {"version", s.version},
                      {"revision", s.revision},
                      {"translations", std::move(translations)},
                      {"definition", definition_json(s.definition)}};
}

json::object survey_entry_json(const SurveyEntry& e) {
  json::object o = survey_json(e.survey);
  o.erase("definition");
  o["open"] = e.open;
  o["my_response"] = e.mine ? json::value(to_string(*e.mine)) : json::value(nullptr);
  o["can"] = capabilities_json(e.can);
  return o;
}

json::object survey_view_json(const SurveyView& v) {
  json::object o = survey_json(v.survey);
  o["open"] = v.open;
  o["responses"] = v.responses;
  o["can"] = capabilities_json(v.can);
  return o;
}

json::object sheet_json(const Sheet& s) {
  return json::object{{"survey", s.survey.id.value()},
                      {"version", s.version},
                      {"state", s.state ? json::value(to_string(*s.state)) : json::value(nullptr)},
                      {"open", s.open},
                      {"answers", s.answers},
                      {"definition", definition_json(s.definition)}};
}

json::object results_json(const Results& r) {
  json::array questions;
  for (const auto& q : r.questions) {
    json::object o{{"key", q.question.key},
                   {"type", to_string(q.question.type)},
                   {"text", texts_json(q.question.text)},
                   {"answered", q.answered}};
    if (!q.counts.empty()) o["counts"] = counts_json(q.counts);
    if (!q.rows.empty()) {
      json::array rows;
      for (const auto& row : q.rows)
        rows.push_back(json::object{{"code", row.code}, {"label", texts_json(row.label)}, {"counts", counts_json(row.counts)}});
      o["rows"] = std::move(rows);
    }
    if (!q.ranking.empty()) {
      json::array ranking;
      for (const auto& item : q.ranking)
        ranking.push_back(json::object{{"code", item.code}, {"label", texts_json(item.label)},
                                       {"mean_place", item.mean_place}, {"first", item.first}});
      o["ranking"] = std::move(ranking);
    }
    if (q.numbers)
      o["numbers"] = json::object{{"minimum", q.numbers->minimum}, {"maximum", q.numbers->maximum},
                                  {"mean", q.numbers->mean}, {"median", q.numbers->median}};
    if (!q.earliest.empty()) o["dates"] = json::object{{"earliest", q.earliest}, {"latest", q.latest}};
    if (q.question.type == QuestionType::text) {
      json::array texts;
      for (const auto& t : q.texts) texts.push_back(json::value(t));
      o["texts"] = std::move(texts);
    }
    questions.push_back(std::move(o));
  }
  return json::object{{"survey", r.survey.id.value()},
                      {"total", r.total},
                      {"respondents", r.respondents},
                      {"withheld", r.withheld},
                      {"filter", json::object{{"country", r.filter.country},
                                              {"organisation_type", r.filter.organisation_type},
                                              {"area", r.filter.area}}},
                      {"groups", json::object{{"country", groups_json(r.choices.countries)},
                                              {"organisation_type", groups_json(r.choices.organisation_types)},
                                              {"area", groups_json(r.choices.areas)}}},
                      {"questions", std::move(questions)}};
}

}  // namespace cps::api
