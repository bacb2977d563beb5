// Surveys' results: counts per question over the sent responses, filtered by country,
// organisation type and thematic area, and the responses as a table (see survey_service.hpp).
#include <algorithm>
#include <cstdio>
#include <map>

#include "domain/accounts/policy.hpp"
#include "domain/surveys/survey_service.hpp"
#include "i18n/catalogue.hpp"

namespace cps::surveys {

using accounts::Action;
using accounts::Principal;
using i18n::N_;
namespace json = boost::json;

namespace {

std::vector<std::pair<std::string, int>> groups_of(const std::vector<Response>& sent, std::string Profile::*field,
                                                   int minimum) {
  std::map<std::string, int> counts;
  for (const auto& r : sent)
    if (!(r.profile.*field).empty()) ++counts[r.profile.*field];
  std::vector<std::pair<std::string, int>> out;
  for (const auto& [group, n] : counts)
    if (n >= minimum) out.emplace_back(group, n);
  return out;
}

bool matches(const Profile& p, const Filter& f) {
  return (f.country.empty() || p.country == f.country) &&
         (f.organisation_type.empty() || p.organisation_type == f.organisation_type) &&
         (f.area.empty() || p.area == f.area);
}

std::string figure(double d) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", d);
  return buffer;
}

QuestionResult evaluate_question(const Question& q, const std::vector<const Response*>& chosen) {
  QuestionResult out;
  out.question = q;
  for (const auto& o : q.options) out.counts.push_back(Count{o.code, o.label, 0});
  if (q.type == QuestionType::likert)
    for (int p = q.scale_min; p <= q.scale_max; ++p) out.counts.push_back(Count{std::to_string(p), {}, 0});
  if (q.type == QuestionType::matrix) {
    for (const auto& row : q.rows) out.rows.push_back(RowCounts{row.code, row.label, out.counts});
    out.counts.clear();
  }
  if (q.type == QuestionType::ranking) {
    for (const auto& o : q.options) out.ranking.push_back(Ranked{o.code, o.label, 0, 0});
    out.counts.clear();
  }
  auto bump = [](std::vector<Count>& counts, std::string_view code) {
    for (auto& c : counts)
      if (c.code == code) ++c.count;
  };
  std::vector<double> numbers;
  for (const Response* r : chosen) {
    const json::value* v = r->answers.if_contains(q.key);
    if (!v) continue;
    ++out.answered;
    switch (q.type) {
      case QuestionType::single_choice:
        if (v->is_string()) bump(out.counts, v->as_string());
        break;
      case QuestionType::multiple_choice:
        if (v->is_array())
          for (const auto& code : v->as_array())
            if (code.is_string()) bump(out.counts, code.as_string());
        break;
      case QuestionType::likert:
        if (v->is_int64()) bump(out.counts, std::to_string(v->as_int64()));
        break;
      case QuestionType::matrix:
        if (v->is_object())
          for (auto& row : out.rows)
            if (const auto* code = v->as_object().if_contains(row.code); code && code->is_string())
              bump(row.counts, code->as_string());
        break;
      case QuestionType::ranking:
        if (v->is_array()) {
          const auto& list = v->as_array();
          for (std::size_t place = 0; place < list.size(); ++place)
            for (auto& item : out.ranking)
              if (list[place].is_string() && item.code == list[place].as_string()) {
                item.mean_place += double(place + 1);
                if (place == 0) ++item.first;
              }
        }
        break;
      case QuestionType::number:
        if (v->is_number()) numbers.push_back(v->to_number<double>());
        break;
      case QuestionType::date:
        if (v->is_string()) {
          std::string day(v->as_string());
          if (out.earliest.empty() || day < out.earliest) out.earliest = day;
          if (out.latest.empty() || day > out.latest) out.latest = day;
        }
        break;
      case QuestionType::text:
        if (v->is_string()) out.texts.emplace_back(v->as_string());
        break;
    }
  }
  if (q.type == QuestionType::ranking && out.answered > 0) {
    for (auto& item : out.ranking) item.mean_place /= out.answered;
    std::stable_sort(out.ranking.begin(), out.ranking.end(),
                     [](const Ranked& a, const Ranked& b) { return a.mean_place < b.mean_place; });
  }
  if (!numbers.empty()) {
    std::sort(numbers.begin(), numbers.end());
    NumberSummary n;
    n.minimum = numbers.front();
    n.maximum = numbers.back();
    double sum = 0;
    for (double d : numbers) sum += d;
    n.mean = sum / double(numbers.size());
    const std::size_t mid = numbers.size() / 2;
    n.median = numbers.size() % 2 ? numbers[mid] : (numbers[mid - 1] + numbers[mid]) / 2;
    out.numbers = n;
  }
  return out;
}

}  // namespace

Results evaluate(const Survey& survey, const std::vector<Response>& sent, const Filter& filter) {
  Results out;
  out.survey = survey;
  out.filter = filter;
  out.total = int(sent.size());
  const int minimum = survey.anonymity == Anonymity::anonymous ? kGroupMinimum : 1;
  out.choices.countries = groups_of(sent, &Profile::country, minimum);
  out.choices.organisation_types = groups_of(sent, &Profile::organisation_type, minimum);
  out.choices.areas = groups_of(sent, &Profile::area, minimum);
  std::vector<const Response*> chosen;
  for (const auto& r : sent)
    if (matches(r.profile, filter)) chosen.push_back(&r);
  out.respondents = int(chosen.size());
  if (filter.any() && out.respondents < minimum) {
    // Too few to show without pointing at people: nothing of the group is counted.
    out.withheld = true;
    chosen.clear();
  }
  for (const auto& s : survey.definition.sections)
    for (const auto& q : s.questions) out.questions.push_back(evaluate_question(q, chosen));
  return out;
}

Result<std::vector<Response>> SurveyService::sent(const Principal& who, SurveyId id, Survey& survey) {
  std::vector<Response> out;
  auto read = repository_.read([&](SurveyStore& store) -> Status {
    auto s = load(store, id);
    if (!s) return std::unexpected(s.error());
    if (!accounts::allowed(who, Action::run_foresight, {.user = s->organiser})) {
      if (!who.signed_in()) return fail(ErrorKind::unauthenticated, N_("Please sign in first."));
      return fail(ErrorKind::forbidden, N_("Only the survey's organiser sees its results."));
    }
    auto all = store.responses(id);
    if (!all) return std::unexpected(all.error());
    for (auto& r : *all)
      if (r.state == ResponseState::submitted) out.push_back(std::move(r));
    survey = std::move(*s);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<Results> SurveyService::results(const Principal& who, SurveyId id, const Filter& filter) {
  Survey survey;
  auto sent_responses = sent(who, id, survey);
  if (!sent_responses) return std::unexpected(sent_responses.error());
  return evaluate(survey, *sent_responses, filter);
}

Result<exports::Table> SurveyService::responses_table(const Principal& who, SurveyId id, std::string_view language) {
  using exports::ColumnType;
  Survey survey;
  auto sent_responses = sent(who, id, survey);
  if (!sent_responses) return std::unexpected(sent_responses.error());
  exports::Table t;
  t.name = "responses";
  auto column = [&](std::string name, ColumnType type) {
    t.columns.push_back(std::move(name));
    t.types.push_back(type);
  };
  column("response", ColumnType::number);
  column("version", ColumnType::number);
  const bool identified = survey.anonymity == Anonymity::identified;
  if (identified) column("respondent", ColumnType::number);
  column("country", ColumnType::text);
  column("organisation_type", ColumnType::text);
  column("area", ColumnType::text);
  auto label_of = [&](const std::vector<Option>& among, std::string_view code) -> std::string {
    for (const auto& o : among)
      if (o.code == code) return in_language(o.label, language);
    return "";
  };
  std::vector<const Question*> questions;
  for (const auto& s : survey.definition.sections)
    for (const auto& q : s.questions) {
      questions.push_back(&q);
      switch (q.type) {
        case QuestionType::matrix:
          for (const auto& row : q.rows) {
            column(q.key + "." + row.code, ColumnType::text);
            column(q.key + "." + row.code + "_label", ColumnType::text);
          }
          break;
        case QuestionType::likert:
        case QuestionType::number: column(q.key, ColumnType::number); break;
        case QuestionType::date:
        case QuestionType::text: column(q.key, ColumnType::text); break;
        default:
          column(q.key, ColumnType::text);
          column(q.key + "_label", ColumnType::text);
      }
    }
  int number = 0;
  for (const auto& r : *sent_responses) {
    std::vector<std::string> row{std::to_string(++number), std::to_string(r.version)};
    if (identified) row.push_back(r.user ? std::to_string(r.user->value()) : "");
    row.insert(row.end(), {r.profile.country, r.profile.organisation_type, r.profile.area});
    for (const Question* q : questions) {
      const json::value* v = r.answers.if_contains(q->key);
      auto codes = [&]() {
        std::vector<std::string> out;
        if (v && v->is_array())
          for (const auto& c : v->as_array())
            if (c.is_string()) out.emplace_back(c.as_string());
        return out;
      };
      switch (q->type) {
        case QuestionType::single_choice: {
          std::string code = v && v->is_string() ? std::string(v->as_string()) : "";
          row.insert(row.end(), {code, label_of(q->options, code)});
          break;
        }
        case QuestionType::multiple_choice:
        case QuestionType::ranking: {
          auto list = codes();
          std::vector<std::string> labels;
          for (const auto& c : list) labels.push_back(label_of(q->options, c));
          row.insert(row.end(), {exports::list_cell(list), exports::list_cell(labels)});
          break;
        }
        case QuestionType::matrix:
          for (const auto& mrow : q->rows) {
            const json::value* cell = v && v->is_object() ? v->as_object().if_contains(mrow.code) : nullptr;
            std::string code = cell && cell->is_string() ? std::string(cell->as_string()) : "";
            row.insert(row.end(), {code, label_of(q->options, code)});
          }
          break;
        case QuestionType::likert: row.push_back(v && v->is_int64() ? std::to_string(v->as_int64()) : ""); break;
        case QuestionType::number: row.push_back(v && v->is_number() ? figure(v->to_number<double>()) : ""); break;
        case QuestionType::date:
        case QuestionType::text: row.push_back(v && v->is_string() ? std::string(v->as_string()) : ""); break;
      }
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace cps::surveys
