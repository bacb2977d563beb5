// The readers of modules, self-assessments and quiz answers (see training.hpp).
#include "domain/training/training.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <initializer_list>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"
#include "i18n/languages.hpp"

namespace cps::training {

namespace json = boost::json;
using i18n::N_;

std::vector<Requirement> Module::requirements() const {
  std::vector<Requirement> out{Requirement::pre_assessment, Requirement::post_assessment};
  if (!quiz.empty()) out.push_back(Requirement::quiz_passed);
  if (sessions_required > 0) out.push_back(Requirement::sessions_attended);
  return out;
}

namespace {

Status only_fields(const json::object& o, std::initializer_list<std::string_view> known) {
  for (const auto& member : o)
    if (std::find(known.begin(), known.end(), std::string_view(member.key())) == known.end())
      return fail(ErrorKind::invalid, N_("This field is not known here."), std::string(member.key()));
  return {};
}

// Well-formed UTF-8 without control characters (line breaks allowed), at most `max` code points.
Result<std::string> checked_text(std::string text, std::string_view field, std::size_t max) {
  text = text::trim(text);
  if (!text::is_valid_utf8(text) || text::has_control_characters(text))
    return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), std::string(field));
  if (text::utf8_length(text) > max)
    return fail_with(ErrorKind::unprocessable, N_("This text is too long: at most {max} characters."),
                     {{"max", std::to_string(max)}}, std::string(field));
  return text;
}

Result<std::string> text_of(const json::object& o, std::string_view key, std::size_t max) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, N_("This must be text."), std::string(key));
  return checked_text(std::string(v->as_string()), key, max);
}

// A list of strings, or one text cut at `separator` (as a form sends it); empty pieces dropped.
Result<std::vector<std::string>> pieces_of(const json::object& o, std::string_view key, char separator) {
  std::vector<std::string> out;
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return out;
  if (v->is_string()) {
    std::string_view all(v->as_string());
    for (std::size_t start = 0; start <= all.size();) {
      auto end = all.find(separator, start);
      if (end == std::string_view::npos) end = all.size();
      std::string piece = text::trim(all.substr(start, end - start));
      if (!piece.empty()) out.push_back(std::move(piece));
      start = end + 1;
    }
    return out;
  }
  if (!v->is_array()) return fail(ErrorKind::invalid, N_("This must be a list."), std::string(key));
  for (const auto& each : v->as_array()) {
    if (!each.is_string()) return fail(ErrorKind::invalid, N_("This must be a list."), std::string(key));
    std::string piece = text::trim(std::string_view(each.as_string()));
    if (!piece.empty()) out.push_back(std::move(piece));
  }
  return out;
}

Result<std::vector<std::int64_t>> ids_of(const json::object& o, std::string_view key) {
  std::vector<std::int64_t> out;
  auto bad = [&] { return fail(ErrorKind::invalid, N_("This must be a list of numbers."), std::string(key)); };
  auto add = [&](std::int64_t id) {
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  auto* v = o.if_contains(key);
  if (v && v->is_array()) {
    for (const auto& each : v->as_array()) {
      if (!each.is_int64() || each.as_int64() <= 0) return bad();
      add(each.as_int64());
    }
  } else {
    auto pieces = pieces_of(o, key, ',');
    if (!pieces) return bad();
    for (const auto& p : *pieces) {
      std::int64_t id = 0;
      auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), id);
      if (ec != std::errc() || end != p.data() + p.size() || id <= 0) return bad();
      add(id);
    }
  }
  if (out.size() > kLinks)
    return fail_with(ErrorKind::unprocessable, N_("At most {max} links."), {{"max", std::to_string(kLinks)}},
                     std::string(key));
  return out;
}

// A whole number from a JSON number or a form's text; `fallback` when absent.
Result<int> number_of(const json::object& o, std::string_view key, int fallback, int lowest, int highest,
                      std::string message) {
  auto* v = o.if_contains(key);
  int n = fallback;
  if (v && v->is_int64()) {
    if (v->as_int64() < lowest || v->as_int64() > highest) return fail(ErrorKind::unprocessable, message, std::string(key));
    n = int(v->as_int64());
  } else if (v && v->is_string() && !text::trim(std::string_view(v->as_string())).empty()) {
    std::string t = text::trim(std::string_view(v->as_string()));
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
    if (ec != std::errc() || end != t.data() + t.size()) return fail(ErrorKind::invalid, message, std::string(key));
  } else if (v && !v->is_null() && !v->is_string()) {
    return fail(ErrorKind::invalid, message, std::string(key));
  }
  if (n < lowest || n > highest) return fail(ErrorKind::unprocessable, message, std::string(key));
  return n;
}

// "Question? | option | *right option | option"
Result<Question> question_line(std::string_view line) {
  Question q;
  std::vector<std::string> parts;
  for (std::size_t start = 0; start <= line.size();) {
    auto bar = line.find('|', start);
    if (bar == std::string_view::npos) bar = line.size();
    parts.push_back(text::trim(line.substr(start, bar - start)));
    start = bar + 1;
  }
  q.text = parts.front();
  int right = -1;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    std::string option = parts[i];
    if (!option.empty() && option.front() == '*') {
      if (right >= 0)
        return fail(ErrorKind::unprocessable, N_("Each question has one right answer, marked with *."), "quiz");
      right = int(q.options.size());
      option = text::trim(std::string_view(option).substr(1));
    }
    if (!option.empty()) q.options.push_back(std::move(option));
  }
  if (right < 0) return fail(ErrorKind::unprocessable, N_("Each question has one right answer, marked with *."), "quiz");
  q.answer = right;
  return q;
}

Result<std::vector<Question>> quiz_of(const json::object& o) {
  std::vector<Question> out;
  auto* v = o.if_contains("quiz");
  if (!v || v->is_null()) return out;
  if (v->is_string()) {
    auto lines = pieces_of(o, "quiz", '\n');
    if (!lines) return std::unexpected(lines.error());
    for (const auto& line : *lines) {
      auto q = question_line(line);
      if (!q) return std::unexpected(q.error());
      out.push_back(std::move(*q));
    }
  } else if (v->is_array()) {
    for (const auto& each : v->as_array()) {
      const auto* q = each.if_object();
      if (!q) return fail(ErrorKind::invalid, N_("Each question is an object with question, options and answer."), "quiz");
      if (auto ok = only_fields(*q, {"question", "options", "answer"}); !ok) return std::unexpected(ok.error());
      auto text = text_of(*q, "question", kQuestionLength);
      if (!text) return std::unexpected(text.error());
      auto options = pieces_of(*q, "options", '\n');
      if (!options) return std::unexpected(options.error());
      const auto* answer = q->if_contains("answer");
      if (!answer || !answer->is_int64() || answer->as_int64() < 0 ||
          answer->as_int64() >= std::int64_t(options->size()))
        return fail(ErrorKind::unprocessable, N_("Each question has one right answer, marked with *."), "quiz");
      out.push_back(Question{*text, std::move(*options), int(answer->as_int64())});
    }
  } else {
    return fail(ErrorKind::invalid, N_("This must be a list."), "quiz");
  }
  if (out.size() > kQuestions)
    return fail_with(ErrorKind::unprocessable, N_("A quiz has at most {max} questions."),
                     {{"max", std::to_string(kQuestions)}}, "quiz");
  for (auto& q : out) {
    auto text = checked_text(q.text, "quiz", kQuestionLength);
    if (!text) return std::unexpected(text.error());
    if (text->empty()) return fail(ErrorKind::unprocessable, N_("Each question needs its text."), "quiz");
    if (q.options.size() < 2 || q.options.size() > kOptions)
      return fail_with(ErrorKind::unprocessable, N_("Each question has from 2 to {max} options."),
                       {{"max", std::to_string(kOptions)}}, "quiz");
    for (auto& option : q.options) {
      auto checked = checked_text(option, "quiz", kQuestionLength);
      if (!checked) return std::unexpected(checked.error());
      option = *checked;
    }
  }
  return out;
}

// A list of whole numbers, one per item, each checked by `check`.
Result<std::vector<int>> numbers_of(const json::object& o, std::string_view key, std::size_t count,
                                    std::string count_message, int lowest, int highest, std::string range_message) {
  if (auto ok = only_fields(o, {key}); !ok) return std::unexpected(ok.error());
  const auto* v = o.if_contains(key);
  if (!v || !v->is_array()) return fail(ErrorKind::invalid, N_("This must be a list of numbers."), std::string(key));
  std::vector<int> out;
  for (const auto& each : v->as_array()) {
    std::int64_t n = 0;
    if (each.is_int64()) {
      n = each.as_int64();
    } else if (each.is_string()) {
      std::string_view t(each.as_string());
      auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
      if (t.empty() || ec != std::errc() || end != t.data() + t.size())
        return fail(ErrorKind::unprocessable, count_message, std::string(key));
    } else {
      return fail(ErrorKind::invalid, N_("This must be a list of numbers."), std::string(key));
    }
    if (n < lowest || n > highest) return fail(ErrorKind::unprocessable, range_message, std::string(key));
    out.push_back(int(n));
  }
  if (out.size() != count) return fail(ErrorKind::unprocessable, count_message, std::string(key));
  return out;
}

}  // namespace

Result<ModuleInput> read_module(const json::object& o) {
  if (auto ok = only_fields(o, {"area", "title", "summary", "objectives", "materials", "knowledge_items", "sessions",
                                "languages", "status", "quiz", "pass_mark", "sessions_required"});
      !ok)
    return std::unexpected(ok.error());
  ModuleInput in;
  auto area = text_of(o, "area", 10);
  if (!area) return std::unexpected(area.error());
  if (!accounts::is_working_group(*area)) return fail(ErrorKind::unprocessable, N_("Choose a thematic area."), "area");
  in.area = *area;
  auto title = text_of(o, "title", kTitleLength);
  if (!title) return std::unexpected(title.error());
  if (title->empty()) return fail(ErrorKind::unprocessable, N_("This field is required."), "title");
  in.title = *title;
  auto summary = text_of(o, "summary", kSummaryLength);
  if (!summary) return std::unexpected(summary.error());
  in.summary = *summary;
  auto objectives = pieces_of(o, "objectives", '\n');
  if (!objectives) return std::unexpected(objectives.error());
  if (objectives->empty())
    return fail(ErrorKind::unprocessable, N_("Write at least one learning objective, one a line."), "objectives");
  if (objectives->size() > kObjectives)
    return fail_with(ErrorKind::unprocessable, N_("At most {max} learning objectives."),
                     {{"max", std::to_string(kObjectives)}}, "objectives");
  for (auto& objective : *objectives) {
    auto checked = checked_text(objective, "objectives", kObjectiveLength);
    if (!checked) return std::unexpected(checked.error());
    objective = *checked;
  }
  in.objectives = std::move(*objectives);
  auto materials = text_of(o, "materials", kMaterialsLength);
  if (!materials) return std::unexpected(materials.error());
  in.materials = *materials;
  auto items = ids_of(o, "knowledge_items");
  if (!items) return std::unexpected(items.error());
  in.knowledge_items = std::move(*items);
  auto sessions = ids_of(o, "sessions");
  if (!sessions) return std::unexpected(sessions.error());
  in.sessions = std::move(*sessions);
  auto languages = pieces_of(o, "languages", ',');
  if (!languages) return std::unexpected(languages.error());
  for (const auto& code : *languages) {
    if (!i18n::parse_language(code))
      return fail(ErrorKind::unprocessable, N_("Choose languages among English, Romanian, Albanian, Hungarian and Greek."),
                  "languages");
    if (std::find(in.languages.begin(), in.languages.end(), code) == in.languages.end()) in.languages.push_back(code);
  }
  if (in.languages.empty()) return fail(ErrorKind::unprocessable, N_("Choose at least one language."), "languages");
  auto status = text_of(o, "status", 20);
  if (!status) return std::unexpected(status.error());
  if (!status->empty()) {
    auto parsed = parse_name(*status, kModuleStatusNames);
    if (!parsed) return fail(ErrorKind::unprocessable, N_("Choose draft or published."), "status");
    in.status = *parsed;
  }
  auto quiz = quiz_of(o);
  if (!quiz) return std::unexpected(quiz.error());
  in.quiz = std::move(*quiz);
  auto pass_mark = number_of(o, "pass_mark", 70, 1, 100, N_("The pass mark is a percentage from 1 to 100."));
  if (!pass_mark) return std::unexpected(pass_mark.error());
  in.pass_mark = *pass_mark;
  auto required = number_of(o, "sessions_required", 0, 0, 100, N_("Give how many sessions a person attends, 0 or more."));
  if (!required) return std::unexpected(required.error());
  if (*required > int(in.sessions.size()))
    return fail(ErrorKind::unprocessable, N_("A module cannot ask for more sessions than it has."), "sessions_required");
  in.sessions_required = *required;
  return in;
}

std::string quiz_text(const std::vector<Question>& quiz) {
  std::string out;
  for (const auto& q : quiz) {
    out += q.text;
    for (std::size_t i = 0; i < q.options.size(); ++i) out += (int(i) == q.answer ? " | *" : " | ") + q.options[i];
    out += "\n";
  }
  return out;
}

Result<std::vector<int>> read_ratings(const json::object& o, std::size_t objectives) {
  return numbers_of(o, "ratings", objectives, N_("Rate every learning objective."), kLowestRating, kHighestRating,
                    N_("Each rating is a whole number from 1 to 5."));
}

Result<std::vector<int>> read_answers(const json::object& o, std::size_t questions) {
  return numbers_of(o, "answers", questions, N_("Answer every question."), 0, int(kOptions) - 1,
                    N_("Choose one of the question's options."));
}

std::string_view to_string(ModuleStatus s) { return name_of(s, kModuleStatusNames); }
std::string_view to_string(Phase p) { return name_of(p, kPhaseNames); }
std::string_view to_string(Requirement r) { return name_of(r, kRequirementNames); }

}  // namespace cps::training
