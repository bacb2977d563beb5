// The rules on surveys' plain types (see survey.hpp).
#include "domain/surveys/survey.hpp"

#include <algorithm>

namespace cps::surveys {

namespace json = boost::json;

const std::string& in_language(const Texts& texts, std::string_view language) {
  static const std::string kNone;
  if (auto it = texts.find(std::string(language)); it != texts.end() && !it->second.empty()) return it->second;
  if (auto it = texts.find("en"); it != texts.end()) return it->second;
  return kNone;
}

const Question* Definition::question(std::string_view key) const {
  for (const auto& s : sections)
    for (const auto& q : s.questions)
      if (q.key == key) return &q;
  return nullptr;
}

const Section* Definition::section(std::string_view key) const {
  for (const auto& s : sections)
    if (s.key == key) return &s;
  return nullptr;
}

bool holds(const Condition& condition, const Answers& answers) {
  const json::value* given = answers.if_contains(condition.question);
  if (!given) return false;
  auto named = [&](std::string_view code) {
    return std::find(condition.any_of.begin(), condition.any_of.end(), code) != condition.any_of.end();
  };
  if (given->is_string()) return named(given->as_string());
  if (given->is_int64()) return named(std::to_string(given->as_int64()));
  if (given->is_array())
    for (const auto& v : given->as_array())
      if (v.is_string() && named(v.as_string())) return true;
  return false;
}

bool visible(const Section& section, const Answers& answers) {
  return !section.show_if || holds(*section.show_if, answers);
}

bool visible(const Section& section, const Question& question, const Answers& answers) {
  return visible(section, answers) && (!question.show_if || holds(*question.show_if, answers));
}

Answers without_hidden(const Definition& definition, Answers answers) {
  // Conditions name earlier questions only, so one pass in order settles every chain.
  for (const auto& s : definition.sections)
    for (const auto& q : s.questions)
      if (!visible(s, q, answers)) answers.erase(q.key);
  return answers;
}

TranslationStatus translation_status(const Survey& survey, std::string_view language) {
  int wanted = 0;
  int written = 0;
  auto count = [&](const Texts& t) {
    if (in_language(t, "en").empty()) return;
    ++wanted;
    if (auto it = t.find(std::string(language)); it != t.end() && !it->second.empty()) ++written;
  };
  count(survey.title);
  count(survey.description);
  for (const auto& s : survey.definition.sections) {
    count(s.title);
    count(s.intro);
    for (const auto& q : s.questions) {
      count(q.text);
      count(q.low_label);
      count(q.high_label);
      for (const auto& o : q.options) count(o.label);
      for (const auto& o : q.rows) count(o.label);
    }
  }
  if (written == wanted) return TranslationStatus::complete;
  return written == 0 ? TranslationStatus::missing : TranslationStatus::partial;
}

bool is_open(const Survey& survey, Seconds now) {
  return now >= survey.opens_at && (survey.closes_at == 0 || now < survey.closes_at);
}

bool is_choice(QuestionType t) {
  return t == QuestionType::single_choice || t == QuestionType::multiple_choice || t == QuestionType::likert;
}

std::string_view to_string(QuestionType t) { return name_of(t, kQuestionTypeNames); }
std::string_view to_string(Audience a) { return name_of(a, kAudienceNames); }
std::string_view to_string(Anonymity a) { return name_of(a, kAnonymityNames); }
std::string_view to_string(ResponseState s) { return name_of(s, kResponseStateNames); }
std::string_view to_string(TranslationStatus s) { return name_of(s, kTranslationStatusNames); }

}  // namespace cps::surveys
