// The survey as a form of several pages: one section per page, only the sections and
// questions the answers so far show; "Next" checks the section's required questions and
// saves, "Back" and "Save and continue later" save without checking; a last page lists the
// answers to review and sends them. Everything is decided on the server, so the form works
// without JavaScript. A public link's visitor is told apart by a random token in a cookie.
#include <algorithm>

#include "web/surveys/parts.hpp"

namespace cps::web {

using namespace survey_parts;
namespace json = boost::json;

namespace {

constexpr std::string_view kReview = "review";

std::vector<const Section*> shown_sections(const Definition& d, const Answers& answers) {
  std::vector<const Section*> out;
  for (const auto& s : d.sections)
    if (visible(s, answers)) out.push_back(&s);
  return out;
}

// The answer as people read it, in `code`'s language.
std::string answer_text(const Question& q, const json::value& v, const std::string& code) {
  auto label = [&](const std::vector<Option>& among, std::string_view c) {
    for (const auto& o : among)
      if (o.code == c) return in_language(o.label, code);
    return std::string(c);
  };
  std::string out;
  auto join = [&](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
  switch (q.type) {
    case QuestionType::single_choice: return v.is_string() ? label(q.options, v.as_string()) : "";
    case QuestionType::multiple_choice:
    case QuestionType::ranking:
      if (v.is_array())
        for (const auto& c : v.as_array())
          if (c.is_string()) join(label(q.options, c.as_string()));
      return out;
    case QuestionType::matrix:
      if (v.is_object())
        for (const auto& row : q.rows)
          if (const auto* c = v.as_object().if_contains(row.code); c && c->is_string())
            join(in_language(row.label, code) + ": " + label(q.options, c->as_string()));
      return out;
    case QuestionType::likert: return v.is_int64() ? std::to_string(v.as_int64()) : "";
    case QuestionType::number: return v.is_number() ? figure(v.to_number<double>()) + (q.unit.empty() ? "" : " " + q.unit) : "";
    case QuestionType::date:
    case QuestionType::text: return v.is_string() ? std::string(v.as_string()) : "";
  }
  return out;
}

// One question of the current page for the template, showing what was typed (a refused form)
// or else what was saved.
Object question_data(const Site& site, i18n::Language lang, const Question& q, const Answers& saved, const Form* typed,
                     const std::string& error_field) {
  const std::string code = language_code(lang);
  const std::string name = "q_" + q.key;
  const json::value* stored = saved.if_contains(q.key);
  auto stored_text = [&]() -> std::string {
    if (!stored) return "";
    if (stored->is_string()) return std::string(stored->as_string());
    if (stored->is_int64()) return std::to_string(stored->as_int64());
    if (stored->is_number()) return figure(stored->to_number<double>());
    return "";
  };
  auto chosen = [&](const std::string& option) {
    if (typed) {
      auto all = typed->all(name);
      return std::find(all.begin(), all.end(), option) != all.end();
    }
    if (!stored) return false;
    if (stored->is_array())
      return std::any_of(stored->as_array().begin(), stored->as_array().end(),
                         [&](const json::value& c) { return c.is_string() && c.as_string() == option; });
    return stored_text() == option;
  };
  Object out{{"key", q.key},
             {"name", name},
             {"text", in_language(q.text, code)},
             {"required", q.required},
             {"invalid", error_field == name},
             {"value", typed ? typed->get(name) : stored_text()}};
  out[std::string("is_") + std::string(to_string(q.type))] = true;
  List options;
  for (const auto& o : q.options)
    options.push_back(Object{{"code", o.code}, {"label", in_language(o.label, code)}, {"checked", chosen(o.code)}});
  if (q.type == QuestionType::likert) {
    for (int p = q.scale_min; p <= q.scale_max; ++p)
      options.push_back(Object{{"code", std::to_string(p)}, {"label", std::to_string(p)}, {"checked", chosen(std::to_string(p))}});
    if (!q.low_label.empty() || !q.high_label.empty())
      out["scale_hint"] = std::to_string(q.scale_min) + " = " + in_language(q.low_label, code) + ", " +
                          std::to_string(q.scale_max) + " = " + in_language(q.high_label, code);
  }
  out["options"] = options;
  if (q.type == QuestionType::matrix) {
    List rows;
    for (const auto& row : q.rows) {
      const std::string field = name + "." + row.code;
      const json::value* cell = stored && stored->is_object() ? stored->as_object().if_contains(row.code) : nullptr;
      std::string current = typed ? typed->get(field) : cell && cell->is_string() ? std::string(cell->as_string()) : "";
      List cells;
      for (const auto& o : q.options)
        cells.push_back(Object{{"code", o.code},
                               {"aria", in_language(row.label, code) + ": " + in_language(o.label, code)},
                               {"checked", current == o.code}});
      rows.push_back(Object{{"code", row.code}, {"label", in_language(row.label, code)}, {"field", field}, {"cells", cells}});
    }
    out["rows"] = rows;
  }
  if (q.type == QuestionType::ranking) {
    List items;
    for (const auto& o : q.options) {
      const std::string field = name + "." + o.code;
      std::string place;
      if (typed) {
        place = typed->get(field);
      } else if (stored && stored->is_array()) {
        const auto& list = stored->as_array();
        for (std::size_t i = 0; i < list.size(); ++i)
          if (list[i].is_string() && list[i].as_string() == o.code) place = std::to_string(i + 1);
      }
      List places;
      for (std::size_t p = 1; p <= q.options.size(); ++p)
        places.push_back(Object{{"value", std::to_string(p)}, {"selected", place == std::to_string(p)}});
      items.push_back(Object{{"code", o.code}, {"label", in_language(o.label, code)}, {"field", field}, {"places", places}});
    }
    out["items"] = items;
  }
  if (q.type == QuestionType::number) {
    out["unit"] = q.unit;
    if (q.minimum) out["min"] = figure(*q.minimum);
    if (q.maximum) out["max"] = figure(*q.maximum);
    out["range_hint"] = std::string();
    if (q.minimum || q.maximum)
      out["range_hint"] = text::fill(site.tr(lang, N_("From {min} to {max}")),
                                     {{"min", q.minimum ? figure(*q.minimum) : "…"}, {"max", q.maximum ? figure(*q.maximum) : "…"}});
  }
  return out;
}

// "Only if you answered … above: A or B."
std::string condition_text(const Site& site, i18n::Language lang, const Definition& d, const Condition& c) {
  const std::string code = language_code(lang);
  const Question* q = d.question(c.question);
  std::string answers;
  for (const auto& a : c.any_of) {
    std::string label = a;
    if (q)
      for (const auto& o : q->options)
        if (o.code == a) label = in_language(o.label, code);
    answers += (answers.empty() ? "" : ", ") + label;
  }
  return text::fill(site.tr(lang, N_("Only if your answer to “{question}” is: {answers}.")),
                    {{"question", q ? in_language(q->text, code) : c.question}, {"answers", answers}});
}

// The fields of one page gathered into the JSON read_answers reads: each question named by a
// hidden "question" field; several values make a list, parts ("q_key.part") an object.
json::object gathered(const Form& f) {
  json::object out;
  for (const auto& key : f.all("question")) {
    const std::string name = "q_" + key;
    auto parts = f.all("part_" + key);
    if (!parts.empty()) {
      json::object o;
      for (const auto& part : parts) o[part] = f.get(name + "." + part);
      out[key] = std::move(o);
      continue;
    }
    auto values = f.all(name);
    if (values.size() > 1) {
      json::array a;
      for (const auto& value : values) a.push_back(json::value(value));
      out[key] = std::move(a);
    } else {
      out[key] = values.empty() ? std::string() : values.front();
    }
  }
  return out;
}

}  // namespace

http::Response SurveyPages::survey(http::Request& r, Language lang, const Visit& v) {
  return survey_page(r, lang, v, r.query_value("section").value_or(""), nullptr, {}, bhttp::status::ok);
}

http::Response SurveyPages::answer(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<SurveyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  bool fresh = false;
  Respondent respondent = respondent_of(r, fresh);
  const std::string section = f.get("section");
  const std::string move = f.get("step");
  Step step = move == "next" ? Step::next : move == "submit" ? Step::submit : Step::save;
  auto done = surveys_.answer(v.principal, *id, respondent, step == Step::submit ? "" : section, gathered(f), step);
  if (!done) {
    if (done.error().kind == ErrorKind::unauthenticated) {
      return see_other(site_, r, Site::prefix(lang) + "/login?next=" + text::encode_uri_component(survey_href(lang, *id)));
    }
    auto page = survey_page(r, lang, v, step == Step::submit ? std::string(kReview) : section, &f,
                            form_error(site_, lang, done.error()), form_status(done.error()));
    if (fresh) remember_browser(site_, page, respondent);
    return page;
  }
  std::string target = survey_href(lang, *id);
  if (step == Step::submit) {
    target += "?done=sent";
  } else {
    auto shown = shown_sections(done->definition, done->answers);
    auto here = std::find_if(shown.begin(), shown.end(), [&](const Section* s) { return s->key == section; });
    std::string next;
    if (move == "back") next = here != shown.end() && here != shown.begin() ? (*(here - 1))->key : section;
    else if (step == Step::next) next = here != shown.end() && here + 1 != shown.end() ? (*(here + 1))->key : std::string(kReview);
    else next = section;
    target += "?section=" + text::encode_uri_component(next);
    if (move == "save") target += "&done=saved";
  }
  auto response = see_other(site_, r, target);
  if (fresh) remember_browser(site_, response, respondent);
  return response;
}

http::Response SurveyPages::survey_page(http::Request& r, Language lang, const Visit& v, std::string section,
                                        const Form* typed, Object extra, Status status) {
  auto id = http::path_id<SurveyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  bool fresh = false;
  Respondent respondent = respondent_of(r, fresh);
  auto found = surveys_.sheet(v.principal, *id, respondent);
  if (!found) {
    if (found.error().kind == ErrorKind::unauthenticated)
      return see_other(site_, r, Site::prefix(lang) + "/login?next=" + text::encode_uri_component(survey_href(lang, *id)));
    return site_.error_page(r, found.error());
  }
  const Sheet& sheet = *found;
  const std::string code = language_code(lang);
  const std::string title = in_language(sheet.survey.title, code);
  std::string error_field;
  if (auto it = extra.find("error_field"); it != extra.end() && it->second.is_string()) error_field = it->second.string_value();

  Object data{{"title", title},
              {"description", in_language(sheet.survey.description, code)},
              {"list_href", list_href(lang)},
              {"action", survey_href(lang, *id)},
              {"dates", dates_text(site_, lang, sheet.survey)},
              {"anonymous", sheet.survey.anonymity == Anonymity::anonymous}};
  const std::string done = r.query_value("done").value_or("");
  if (sheet.state == ResponseState::submitted) {
    data["sent"] = true;
  } else if (!sheet.open) {
    data["closed"] = true;
  } else {
    auto shown = shown_sections(sheet.definition, sheet.answers);
    const Section* current = nullptr;
    if (section != kReview) {
      for (const Section* s : shown)
        if (s->key == section) current = s;
      if (!current && !shown.empty()) current = shown.front();
    }
    List steps;
    int number = 0;
    for (const Section* s : shown)
      steps.push_back(Object{{"number", std::to_string(++number)},
                             {"title", in_language(s->title, code)},
                             {"href", survey_href(lang, *id) + "?section=" + text::encode_uri_component(s->key)},
                             {"current", s == current}});
    steps.push_back(Object{{"number", std::to_string(++number)},
                           {"title", site_.tr(lang, N_("Review and send"))},
                           {"href", survey_href(lang, *id) + "?section=review"},
                           {"current", current == nullptr}});
    data["steps"] = steps;
    data["has_steps"] = true;
    if (current) {
      List questions;
      for (const auto& q : current->questions) {
        // A condition on a question of this same page cannot be known before the page is sent:
        // the question is shown with its condition, and its answer is kept only if it holds.
        const bool same_page = q.show_if && std::any_of(current->questions.begin(), current->questions.end(),
                                                         [&](const Question& o) { return o.key == q.show_if->question; });
        if (!same_page && !visible(*current, q, sheet.answers)) continue;
        Object question = question_data(site_, lang, q, sheet.answers, typed, error_field);
        if (same_page) question["condition"] = condition_text(site_, lang, sheet.definition, *q.show_if);
        questions.push_back(question);
      }
      data["page"] = Object{{"section", current->key},
                            {"heading", in_language(current->title, code)},
                            {"intro", in_language(current->intro, code)},
                            {"questions", questions},
                            {"has_back", current != shown.front()}};
    } else {
      List sections;
      for (const Section* s : shown) {
        List answers;
        for (const auto& q : s->questions) {
          if (!visible(*s, q, sheet.answers)) continue;
          const json::value* value = sheet.answers.if_contains(q.key);
          answers.push_back(Object{{"question", in_language(q.text, code)},
                                   {"answer", value ? answer_text(q, *value, code) : std::string()},
                                   {"missing", q.required && !value}});
        }
        sections.push_back(Object{{"title", in_language(s->title, code)},
                                  {"href", survey_href(lang, *id) + "?section=" + text::encode_uri_component(s->key)},
                                  {"answers", answers}});
      }
      data["review"] = Object{{"sections", sections}};
    }
  }
  if (done == "saved") data["notice"] = site_.tr(lang, N_("Your answers are saved. You may come back and continue later."));
  if (done == "sent") data["notice"] = site_.tr(lang, N_("Thank you! Your answers are sent."));
  merge(data, std::move(extra));
  auto response = site_.page(r, lang, "survey_answer", title, std::move(data), PageOptions{status, {}, {}});
  if (fresh) remember_browser(site_, response, respondent);
  return response;
}

}  // namespace cps::web
