// The readers of the survey input shapes (see survey_input.hpp).
#include "domain/surveys/survey_input.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::surveys {

namespace json = boost::json;
using i18n::N_;

namespace {

constexpr std::size_t kTitleLength = 300;
constexpr std::size_t kTextLength = 4000;
constexpr std::size_t kMostSections = 30;
constexpr std::size_t kMostQuestions = 200;
constexpr std::size_t kMostOptions = 50;
constexpr std::string_view kLanguages[] = {"en", "ro", "sq", "hu", "el"};

bool is_language(std::string_view l) { return std::find(std::begin(kLanguages), std::end(kLanguages), l) != std::end(kLanguages); }

Result<std::string> clean_text(const json::value& v, std::size_t max, const std::string& field) {
  if (!v.is_string()) return fail(ErrorKind::invalid, N_("This must be text."), field);
  std::string out = text::trim(std::string_view(v.as_string()));
  std::string flat = out;
  std::replace_if(flat.begin(), flat.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  if (!text::is_valid_utf8(out) || text::has_control_characters(flat))
    return fail(ErrorKind::invalid, N_("This must be text."), field);
  if (text::utf8_length(out) > max)
    return fail_with(ErrorKind::invalid, N_("Keep this to {max} characters."), {{"max", std::to_string(max)}}, field);
  return out;
}

// Texts as {"en": "…", "ro": "…"} or a plain string (English); English required when `needed`.
Result<Texts> texts_field(const json::object& o, std::string_view key, std::size_t max, const std::string& field,
                          bool needed) {
  Texts out;
  const auto* v = o.if_contains(key);
  if (v && v->is_string()) {
    auto t = clean_text(*v, max, field);
    if (!t) return std::unexpected(t.error());
    if (!t->empty()) out["en"] = *t;
  } else if (v && v->is_object()) {
    for (const auto& [language, text] : v->as_object()) {
      if (!is_language(language))
        return fail_with(ErrorKind::invalid, N_("Unknown language {language}."), {{"language", std::string(language)}}, field);
      auto t = clean_text(text, max, field);
      if (!t) return std::unexpected(t.error());
      if (!t->empty()) out[std::string(language)] = *t;
    }
  } else if (v && !v->is_null()) {
    return fail(ErrorKind::invalid, N_("This must be text."), field);
  }
  if (needed && out.find("en") == out.end())
    return fail(ErrorKind::invalid, N_("Write this at least in English."), field);
  return out;
}

Result<std::optional<double>> number_of(const json::value* v, const std::string& field) {
  if (!v || v->is_null()) return std::optional<double>();
  if (v->is_int64()) return std::optional<double>(double(v->as_int64()));
  if (v->is_uint64()) return std::optional<double>(double(v->as_uint64()));
  if (v->is_double() && std::isfinite(v->as_double())) return std::optional<double>(v->as_double());
  if (v->is_string()) {
    std::string t = text::trim(std::string_view(v->as_string()));
    if (t.empty()) return std::optional<double>();
    std::replace(t.begin(), t.end(), ',', '.');
    char* end = nullptr;
    double d = std::strtod(t.c_str(), &end);
    if (end && *end == '\0' && std::isfinite(d) && std::fabs(d) < 1e15) return std::optional<double>(d);
  }
  return fail(ErrorKind::invalid, N_("This must be a number."), field);
}

bool is_code(std::string_view s) {
  if (s.empty() || s.size() > 40) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

Result<std::string> code_field(const json::object& o, std::string_view key, const std::string& field) {
  const auto* v = o.if_contains(key);
  if (!v || !v->is_string() || !is_code(v->as_string()))
    return fail(ErrorKind::invalid, N_("A code is 1 to 40 letters, digits, '_' or '-'."), field);
  return std::string(v->as_string());
}

// "YYYY-MM-DD" → the day's first second (UTC).
std::optional<Seconds> day_start(std::string_view day) {
  int y = 0, m = 0, d = 0;
  std::string s(day);
  if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(unsigned(m)), std::chrono::day(unsigned(d))};
  if (!ymd.ok() || y < 1900 || y > 2200) return std::nullopt;
  return Seconds(std::chrono::duration_cast<std::chrono::seconds>(std::chrono::sys_days(ymd).time_since_epoch()).count());
}

Result<std::vector<Option>> options_field(const json::object& o, std::string_view key, const std::string& field) {
  std::vector<Option> out;
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return out;
  if (!v->is_array() || v->as_array().size() > kMostOptions)
    return fail(ErrorKind::invalid, N_("The options must be a list of at most 50."), field);
  std::set<std::string> codes;
  for (const auto& item : v->as_array()) {
    if (!item.is_object()) return fail(ErrorKind::invalid, N_("Each option needs a code and a label."), field);
    auto code = code_field(item.as_object(), "code", field);
    if (!code) return std::unexpected(code.error());
    if (!codes.insert(*code).second)
      return fail_with(ErrorKind::invalid, N_("The code {code} is used twice."), {{"code", *code}}, field);
    auto label = texts_field(item.as_object(), "label", kTitleLength, field, true);
    if (!label) return std::unexpected(label.error());
    out.push_back(Option{*code, *label});
  }
  return out;
}

Result<std::optional<Condition>> condition_field(const json::object& o, const Definition& so_far, const std::string& field) {
  const auto* v = o.if_contains("show_if");
  if (!v || v->is_null()) return std::optional<Condition>();
  if (!v->is_object()) return fail(ErrorKind::invalid, N_("A condition names a question and its answers."), field);
  const auto& c = v->as_object();
  auto key = code_field(c, "question", field);
  if (!key) return std::unexpected(key.error());
  const Question* earlier = so_far.question(*key);
  if (!earlier || !is_choice(earlier->type))
    return fail_with(ErrorKind::invalid, N_("A condition must name an earlier choice or scale question; {key} is not one."),
                     {{"key", *key}}, field);
  Condition out{*key, {}};
  const auto* any = c.if_contains("any_of");
  if (!any || !any->is_array() || any->as_array().empty())
    return fail(ErrorKind::invalid, N_("A condition names a question and its answers."), field);
  for (const auto& code : any->as_array()) {
    std::string s = code.is_string() ? std::string(code.as_string()) : code.is_int64() ? std::to_string(code.as_int64()) : "";
    bool known = false;
    if (earlier->type == QuestionType::likert) {
      auto n = text::parse_int(s);
      known = n && *n >= earlier->scale_min && *n <= earlier->scale_max;
    } else {
      known = std::any_of(earlier->options.begin(), earlier->options.end(), [&](const Option& op) { return op.code == s; });
    }
    if (!known)
      return fail_with(ErrorKind::invalid, N_("The question {key} has no answer {code}."), {{"key", *key}, {"code", s}}, field);
    out.any_of.push_back(s);
  }
  return std::optional<Condition>(std::move(out));
}

Result<Question> read_question(const json::value& v, const Definition& so_far) {
  const std::string field = "definition";
  if (!v.is_object()) return fail(ErrorKind::invalid, N_("Each question must be an object."), field);
  const auto& o = v.as_object();
  Question q;
  auto key = code_field(o, "key", field);
  if (!key) return std::unexpected(key.error());
  q.key = *key;
  const auto* type = o.if_contains("type");
  auto parsed = type && type->is_string() ? parse_name(std::string_view(type->as_string()), kQuestionTypeNames) : std::nullopt;
  if (!parsed) return fail_with(ErrorKind::invalid, N_("The question {key} has no known type."), {{"key", q.key}}, field);
  q.type = *parsed;
  auto text = texts_field(o, "text", kTextLength, field, true);
  if (!text) return std::unexpected(text.error());
  q.text = *text;
  if (const auto* r = o.if_contains("required"); r && r->is_bool()) q.required = r->as_bool();
  auto options = options_field(o, "options", field);
  if (!options) return std::unexpected(options.error());
  q.options = *options;
  auto rows = options_field(o, "rows", field);
  if (!rows) return std::unexpected(rows.error());
  q.rows = *rows;
  const bool needs_options = q.type == QuestionType::single_choice || q.type == QuestionType::multiple_choice ||
                             q.type == QuestionType::matrix || q.type == QuestionType::ranking;
  if (needs_options && q.options.size() < 2)
    return fail_with(ErrorKind::invalid, N_("The question {key} needs at least two options."), {{"key", q.key}}, field);
  if (q.type == QuestionType::matrix && q.rows.empty())
    return fail_with(ErrorKind::invalid, N_("The matrix {key} needs at least one row."), {{"key", q.key}}, field);
  if (q.type == QuestionType::likert) {
    auto low = number_of(o.if_contains("scale_min"), field);
    auto high = number_of(o.if_contains("scale_max"), field);
    if (!low) return std::unexpected(low.error());
    if (!high) return std::unexpected(high.error());
    if (*low) q.scale_min = int(**low);
    if (*high) q.scale_max = int(**high);
    if (q.scale_min < 0 || q.scale_max > 10 || q.scale_max - q.scale_min < 2)
      return fail_with(ErrorKind::invalid, N_("The scale of {key} needs 3 to 11 points between 0 and 10."), {{"key", q.key}}, field);
    auto low_label = texts_field(o, "low_label", kTitleLength, field, false);
    auto high_label = texts_field(o, "high_label", kTitleLength, field, false);
    if (!low_label) return std::unexpected(low_label.error());
    if (!high_label) return std::unexpected(high_label.error());
    q.low_label = *low_label;
    q.high_label = *high_label;
  }
  if (q.type == QuestionType::number) {
    auto low = number_of(o.if_contains("min"), field);
    auto high = number_of(o.if_contains("max"), field);
    if (!low) return std::unexpected(low.error());
    if (!high) return std::unexpected(high.error());
    q.minimum = *low;
    q.maximum = *high;
    if (q.minimum && q.maximum && *q.maximum < *q.minimum)
      return fail_with(ErrorKind::invalid, N_("The range of {key} must run forward."), {{"key", q.key}}, field);
    if (const auto* u = o.if_contains("unit"); u && !u->is_null()) {
      auto unit = clean_text(*u, 40, field);
      if (!unit) return std::unexpected(unit.error());
      q.unit = *unit;
    }
  }
  auto condition = condition_field(o, so_far, field);
  if (!condition) return std::unexpected(condition.error());
  q.show_if = *condition;
  return q;
}

std::string format_number(double d) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%g", d);
  return buffer;
}

// One answer checked against its question; nullopt for an empty one.
Result<std::optional<json::value>> read_answer(const Question& q, const json::value& v) {
  const std::string field = "q_" + q.key;
  auto is_option = [&](std::string_view code, const std::vector<Option>& among) {
    return std::any_of(among.begin(), among.end(), [&](const Option& o) { return o.code == code; });
  };
  auto not_offered = [&]() { return fail(ErrorKind::invalid, N_("Choose one of the answers offered."), field); };
  if (v.is_null()) return std::optional<json::value>();
  switch (q.type) {
    case QuestionType::single_choice: {
      if (!v.is_string()) return not_offered();
      if (v.as_string().empty()) return std::optional<json::value>();
      if (!is_option(v.as_string(), q.options)) return not_offered();
      return std::optional<json::value>(v);
    }
    case QuestionType::multiple_choice: {
      json::array list;
      if (v.is_string()) {
        if (!v.as_string().empty()) list.push_back(v);
      } else if (v.is_array()) {
        list = v.as_array();
      } else {
        return not_offered();
      }
      std::set<std::string> seen;
      json::array out;
      for (const auto& code : list) {
        if (!code.is_string() || !is_option(code.as_string(), q.options)) return not_offered();
        if (seen.insert(std::string(code.as_string())).second) out.push_back(code);
      }
      if (out.empty()) return std::optional<json::value>();
      return std::optional<json::value>(json::value(std::move(out)));
    }
    case QuestionType::likert: {
      auto n = number_of(&v, field);
      if (!n) return std::unexpected(n.error());
      if (!*n) return std::optional<json::value>();
      if (**n != std::floor(**n) || **n < q.scale_min || **n > q.scale_max)
        return fail_with(ErrorKind::invalid, N_("Choose a point of the scale from {min} to {max}."),
                         {{"min", std::to_string(q.scale_min)}, {"max", std::to_string(q.scale_max)}}, field);
      return std::optional<json::value>(json::value(std::int64_t(**n)));
    }
    case QuestionType::matrix: {
      if (!v.is_object()) return not_offered();
      json::object out;
      for (const auto& [row, code] : v.as_object()) {
        if (!is_option(row, q.rows)) return not_offered();
        if (code.is_string() && code.as_string().empty()) continue;
        if (!code.is_string() || !is_option(code.as_string(), q.options)) return not_offered();
        out[row] = code;
      }
      if (out.empty()) return std::optional<json::value>();
      if (out.size() != q.rows.size())
        return fail(ErrorKind::invalid, N_("Answer every row of this table, or none."), field);
      return std::optional<json::value>(json::value(std::move(out)));
    }
    case QuestionType::ranking: {
      // A form sends each item's place ({"code": "2"}); the order of the items is the answer.
      if (v.is_object()) {
        std::vector<std::string> slots(q.options.size());
        bool any = false;
        bool broken = false;
        for (const auto& [code, place] : v.as_object()) {
          if (!is_option(code, q.options)) return not_offered();
          auto n = number_of(&place, field);
          if (!n) return std::unexpected(n.error());
          if (!*n) continue;
          any = true;
          const double p = **n;
          if (p != std::floor(p) || p < 1 || p > double(slots.size()) || !slots[std::size_t(p) - 1].empty()) broken = true;
          else slots[std::size_t(p) - 1] = std::string(code);
        }
        if (!any) return std::optional<json::value>();
        json::array ordered;
        for (const auto& code : slots) {
          if (code.empty()) broken = true;
          ordered.push_back(json::value(code));
        }
        if (broken) return fail(ErrorKind::invalid, N_("Give each item its own place, from 1 to the number of items."), field);
        return std::optional<json::value>(json::value(std::move(ordered)));
      }
      if (!v.is_array()) return not_offered();
      if (v.as_array().empty()) return std::optional<json::value>();
      std::set<std::string> seen;
      for (const auto& code : v.as_array()) {
        if (!code.is_string() || !is_option(code.as_string(), q.options)) return not_offered();
        seen.insert(std::string(code.as_string()));
      }
      if (seen.size() != q.options.size() || v.as_array().size() != q.options.size())
        return fail(ErrorKind::invalid, N_("Give each item its own place, from 1 to the number of items."), field);
      return std::optional<json::value>(v);
    }
    case QuestionType::number: {
      auto n = number_of(&v, field);
      if (!n) return std::unexpected(n.error());
      if (!*n) return std::optional<json::value>();
      if ((q.minimum && **n < *q.minimum) || (q.maximum && **n > *q.maximum))
        return fail_with(ErrorKind::invalid, N_("Give a number from {min} to {max}."),
                         {{"min", q.minimum ? format_number(*q.minimum) : "…"},
                          {"max", q.maximum ? format_number(*q.maximum) : "…"}},
                         field);
      return std::optional<json::value>(json::value(**n));
    }
    case QuestionType::date: {
      if (!v.is_string()) return fail(ErrorKind::invalid, N_("Give the day as YYYY-MM-DD."), field);
      std::string day = text::trim(std::string_view(v.as_string()));
      if (day.empty()) return std::optional<json::value>();
      if (!day_start(day)) return fail(ErrorKind::invalid, N_("Give the day as YYYY-MM-DD."), field);
      return std::optional<json::value>(json::value(day));
    }
    case QuestionType::text: {
      auto t = clean_text(v, kTextLength, field);
      if (!t) return std::unexpected(t.error());
      if (t->empty()) return std::optional<json::value>();
      return std::optional<json::value>(json::value(*t));
    }
  }
  return not_offered();
}

}  // namespace

boost::json::value texts_json(const Texts& texts) {
  json::object o;
  for (const auto& [language, text] : texts) o[language] = text;
  return o;
}

namespace {
std::string day_text(Seconds at) {
  auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(at)));
  std::chrono::year_month_day ymd(day);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  return buffer;
}
}  // namespace

std::string opening_day(const Survey& survey) { return survey.opens_at == 0 ? "" : day_text(survey.opens_at); }
std::string closing_day(const Survey& survey) { return survey.closes_at == 0 ? "" : day_text(survey.closes_at - 86400); }

Result<Texts> read_texts(const json::value& value, const std::string& field) {
  return texts_field(json::object{{"t", value}}, "t", kTextLength, field, false);
}

Result<Definition> read_definition(const json::value& value) {
  const std::string field = "definition";
  if (!value.is_object()) return fail(ErrorKind::invalid, N_("The questionnaire must be a JSON object."), field);
  const auto& o = value.as_object();
  Definition d;
  d.languages = {"en"};
  if (const auto* l = o.if_contains("languages"); l && l->is_array()) {
    for (const auto& language : l->as_array()) {
      if (!language.is_string() || !is_language(language.as_string()))
        return fail(ErrorKind::invalid, N_("The languages must be among en, ro, sq, hu and el."), field);
      if (std::find(d.languages.begin(), d.languages.end(), language.as_string()) == d.languages.end())
        d.languages.emplace_back(language.as_string());
    }
  }
  const auto* sections = o.if_contains("sections");
  if (!sections || !sections->is_array() || sections->as_array().empty() || sections->as_array().size() > kMostSections)
    return fail(ErrorKind::invalid, N_("A questionnaire has 1 to 30 sections."), field);
  std::set<std::string> keys;
  std::size_t questions = 0;
  for (const auto& sv : sections->as_array()) {
    if (!sv.is_object()) return fail(ErrorKind::invalid, N_("Each section must be an object."), field);
    const auto& so = sv.as_object();
    Section s;
    auto key = code_field(so, "key", field);
    if (!key) return std::unexpected(key.error());
    if (!keys.insert(*key).second)
      return fail_with(ErrorKind::invalid, N_("The key {key} is used twice."), {{"key", *key}}, field);
    s.key = *key;
    auto title = texts_field(so, "title", kTitleLength, field, true);
    if (!title) return std::unexpected(title.error());
    s.title = *title;
    auto intro = texts_field(so, "intro", kTextLength, field, false);
    if (!intro) return std::unexpected(intro.error());
    s.intro = *intro;
    auto condition = condition_field(so, d, field);
    if (!condition) return std::unexpected(condition.error());
    s.show_if = *condition;
    const auto* list = so.if_contains("questions");
    if (!list || !list->is_array() || list->as_array().empty())
      return fail_with(ErrorKind::invalid, N_("The section {key} has no questions."), {{"key", s.key}}, field);
    d.sections.push_back(std::move(s));
    for (const auto& qv : list->as_array()) {
      if (++questions > kMostQuestions) return fail(ErrorKind::invalid, N_("A questionnaire has at most 200 questions."), field);
      auto q = read_question(qv, d);
      if (!q) return std::unexpected(q.error());
      if (!keys.insert(q->key).second)
        return fail_with(ErrorKind::invalid, N_("The key {key} is used twice."), {{"key", q->key}}, field);
      d.sections.back().questions.push_back(std::move(*q));
    }
  }
  return d;
}

json::value definition_json(const Definition& d) {
  auto options = [](const std::vector<Option>& list) {
    json::array out;
    for (const auto& o : list) out.push_back(json::object{{"code", o.code}, {"label", texts_json(o.label)}});
    return out;
  };
  auto condition = [](const Condition& c) {
    json::array any;
    for (const auto& code : c.any_of) any.push_back(json::value(code));
    return json::object{{"question", c.question}, {"any_of", any}};
  };
  json::array languages;
  for (const auto& l : d.languages) languages.push_back(json::value(l));
  json::array sections;
  for (const auto& s : d.sections) {
    json::array questions;
    for (const auto& q : s.questions) {
      json::object qo{{"key", q.key}, {"type", to_string(q.type)}, {"text", texts_json(q.text)}, {"required", q.required}};
      if (!q.options.empty()) qo["options"] = options(q.options);
      if (!q.rows.empty()) qo["rows"] = options(q.rows);
      if (q.type == QuestionType::likert) {
        qo["scale_min"] = q.scale_min;
        qo["scale_max"] = q.scale_max;
        if (!q.low_label.empty()) qo["low_label"] = texts_json(q.low_label);
        if (!q.high_label.empty()) qo["high_label"] = texts_json(q.high_label);
      }
      if (q.minimum) qo["min"] = *q.minimum;
      if (q.maximum) qo["max"] = *q.maximum;
      if (!q.unit.empty()) qo["unit"] = q.unit;
      if (q.show_if) qo["show_if"] = condition(*q.show_if);
      questions.push_back(std::move(qo));
    }
    json::object so{{"key", s.key}, {"title", texts_json(s.title)}, {"questions", std::move(questions)}};
    if (!s.intro.empty()) so["intro"] = texts_json(s.intro);
    if (s.show_if) so["show_if"] = condition(*s.show_if);
    sections.push_back(std::move(so));
  }
  return json::object{{"languages", std::move(languages)}, {"sections", std::move(sections)}};
}

Result<SurveyInput> read_survey(const json::value& value) {
  if (!value.is_object()) return fail(ErrorKind::unprocessable, "The body must be a JSON object.");
  const auto& o = value.as_object();
  SurveyInput in;
  auto title = texts_field(o, "title", kTitleLength, "title", true);
  if (!title) return std::unexpected(title.error());
  in.title = *title;
  auto description = texts_field(o, "description", kTextLength, "description", false);
  if (!description) return std::unexpected(description.error());
  in.description = *description;
  if (const auto* a = o.if_contains("audience"); a && !a->is_null()) {
    auto parsed = a->is_string() ? parse_name(std::string_view(a->as_string()), kAudienceNames) : std::nullopt;
    if (!parsed) return fail(ErrorKind::invalid, N_("Choose who may answer."), "audience");
    in.audience = *parsed;
  }
  if (const auto* values = o.if_contains("audience_values"); values && values->is_array()) {
    for (const auto& v : values->as_array()) {
      if (!v.is_string()) return fail(ErrorKind::invalid, N_("This must be text."), "audience_values");
      std::string s = text::trim(std::string_view(v.as_string()));
      bool known = false;
      switch (in.audience) {
        case Audience::roles: known = accounts::parse_role(s).has_value(); break;
        case Audience::working_groups: known = accounts::is_working_group(s); break;
        case Audience::countries: known = s.size() == 2 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; }); break;
        default: known = true;  // no values asked: cleared below
      }
      if (!known) return fail_with(ErrorKind::invalid, N_("{value} is not one of the audience's choices."), {{"value", s}}, "audience_values");
      in.audience_values.push_back(s);
    }
  }
  const bool listed = in.audience == Audience::roles || in.audience == Audience::working_groups || in.audience == Audience::countries;
  if (listed && in.audience_values.empty())
    return fail(ErrorKind::invalid, N_("Name at least one role, group or country."), "audience_values");
  if (!listed) in.audience_values.clear();
  if (const auto* a = o.if_contains("anonymity"); a && !a->is_null()) {
    auto parsed = a->is_string() ? parse_name(std::string_view(a->as_string()), kAnonymityNames) : std::nullopt;
    if (!parsed) return fail(ErrorKind::invalid, N_("Choose anonymous or identified answers."), "anonymity");
    in.anonymity = *parsed;
  }
  if (const auto* e = o.if_contains("event"); e && !e->is_null()) {
    auto n = number_of(e, "event");
    if (!n) return std::unexpected(n.error());
    if (*n && (**n != std::floor(**n) || **n < 1))
      return fail(ErrorKind::invalid, N_("There is no such event."), "event");
    if (*n) in.event = std::int64_t(**n);
  }
  if ((in.audience == Audience::event_attendees) != (in.event != 0))
    return fail(ErrorKind::invalid, N_("A feedback form names its event, and only a feedback form does."), "event");
  if (in.audience == Audience::public_link && in.anonymity == Anonymity::identified)
    return fail(ErrorKind::invalid, N_("Answers through a public link are anonymous."), "anonymity");
  // The first day opens at its start, the last closes at its end.
  auto day_field = [&](const char* name, Seconds add) -> Result<Seconds> {
    const auto* v = o.if_contains(name);
    if (!v || v->is_null() || (v->is_string() && v->as_string().empty())) return Seconds{0};
    auto day = v->is_string() ? day_start(v->as_string()) : std::nullopt;
    if (!day) return fail(ErrorKind::invalid, N_("Give the day as YYYY-MM-DD."), name);
    return *day + add;
  };
  auto opens = day_field("opens_at", 0);
  if (!opens) return std::unexpected(opens.error());
  auto closes = day_field("closes_at", 86400);
  if (!closes) return std::unexpected(closes.error());
  in.opens_at = *opens;
  in.closes_at = *closes;
  if (in.closes_at != 0 && in.closes_at <= in.opens_at)
    return fail(ErrorKind::invalid, N_("The survey must close after it opens."), "closes_at");
  const auto* definition = o.if_contains("definition");
  if (!definition) return fail(ErrorKind::invalid, N_("The questionnaire must be a JSON object."), "definition");
  auto d = read_definition(*definition);
  if (!d) return std::unexpected(d.error());
  in.definition = std::move(*d);
  return in;
}

Result<Answers> read_answers(const Definition& definition, const std::string& section, const json::value& given,
                             const Answers& so_far, Completeness completeness) {
  if (!given.is_object()) return fail(ErrorKind::invalid, N_("The answers must be a JSON object."), "answers");
  const auto& o = given.as_object();
  for (const auto& [key, v] : o)
    if (!definition.question(key))
      return fail_with(ErrorKind::invalid, N_("The survey has no question {key}."), {{"key", std::string(key)}}, "answers");
  Answers merged = so_far;
  for (const auto& s : definition.sections) {
    if (!section.empty() && s.key != section) continue;
    for (const auto& q : s.questions) {
      const auto* v = o.if_contains(q.key);
      // A section's page replaces the section's answers; answers to the whole survey replace
      // those given and keep the others.
      if (!v && section.empty()) continue;
      merged.erase(q.key);
      if (!v) continue;
      auto answer = read_answer(q, *v);
      if (!answer) return std::unexpected(answer.error());
      if (*answer) merged[q.key] = std::move(**answer);
    }
  }
  merged = without_hidden(definition, std::move(merged));
  if (completeness == Completeness::complete) {
    for (const auto& s : definition.sections) {
      if ((!section.empty() && s.key != section)) continue;
      for (const auto& q : s.questions)
        if (q.required && visible(s, q, merged) && !merged.contains(q.key))
          return fail(ErrorKind::invalid, N_("Please answer this question."), "q_" + q.key);
    }
  }
  return merged;
}

Status check_complete(const Definition& definition, const Answers& answers) {
  for (const auto& s : definition.sections)
    for (const auto& q : s.questions)
      if (q.required && visible(s, q, answers) && !answers.contains(q.key))
        return fail(ErrorKind::invalid, N_("Please answer this question."), "q_" + q.key);
  return {};
}

}  // namespace cps::surveys
