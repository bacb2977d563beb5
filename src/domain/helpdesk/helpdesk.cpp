// The helpdesk's readers and date rules (see helpdesk.hpp).
#include "domain/helpdesk/helpdesk.hpp"

#include <boost/json.hpp>
#include <chrono>
#include <initializer_list>

#include "core/text.hpp"
#include "domain/feedback/feedback.hpp"
#include "i18n/catalogue.hpp"

namespace cps::helpdesk {

namespace json = boost::json;
using i18n::N_;

namespace {

Status only_fields(const json::object& o, std::initializer_list<std::string_view> known) {
  for (const auto& member : o) {
    bool ok = false;
    for (auto k : known) ok = ok || member.key() == k;
    if (!ok) return fail(ErrorKind::invalid, N_("This field is not known here."), std::string(member.key()));
  }
  return {};
}

Result<std::string> text_of(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, N_("This must be text."), std::string(key));
  return text::trim(std::string_view(v->as_string()));
}

enum class Required { no, yes };

// Well-formed UTF-8 without control characters (line breaks allowed), at most `max` code points.
Result<std::string> words_of(const json::object& o, std::string_view key, std::size_t max, Required required) {
  auto t = text_of(o, key);
  if (!t) return t;
  if (!text::is_valid_utf8(*t) || text::has_control_characters(*t))
    return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), std::string(key));
  if (required == Required::yes && t->empty())
    return fail(ErrorKind::unprocessable, N_("This field is required."), std::string(key));
  if (text::utf8_length(*t) > max)
    return fail_with(ErrorKind::unprocessable, N_("This text is too long: at most {max} characters."),
                     {{"max", std::to_string(max)}}, std::string(key));
  return t;
}

// A language of texts: two lower-case letters (ISO 639-1).
Result<std::string> language_of(const json::object& o, std::string_view key) {
  auto t = text_of(o, key);
  if (!t) return t;
  std::string code = text::to_lower_ascii(*t);
  if (code.size() != 2 || code[0] < 'a' || code[0] > 'z' || code[1] < 'a' || code[1] > 'z')
    return fail(ErrorKind::invalid, N_("Choose a language from the list."), std::string(key));
  return code;
}

std::chrono::sys_days days_of(std::string_view date) {
  int y = std::stoi(std::string(date.substr(0, 4)));
  unsigned m = unsigned(std::stoi(std::string(date.substr(5, 2))));
  unsigned d = unsigned(std::stoi(std::string(date.substr(8, 2))));
  return std::chrono::sys_days(std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d});
}

std::string text_of_day(std::chrono::sys_days day) {
  std::chrono::year_month_day ymd(day);
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  return out;
}

}  // namespace

Result<QuestionInput> read_question(const json::object& o) {
  if (auto ok = only_fields(o, {"region", "need", "area", "text", "language"}); !ok) return std::unexpected(ok.error());
  QuestionInput in;
  auto region = text_of(o, "region");
  if (!region) return std::unexpected(region.error());
  if (region->empty()) return fail(ErrorKind::unprocessable, N_("Choose regions from the list."), "region");
  in.region = RegionCode(text::to_upper_ascii(*region));
  auto need = text_of(o, "need");
  if (!need) return std::unexpected(need.error());
  if (!need->empty() && !feedback::is_need_key(*need))
    return fail(ErrorKind::invalid, N_("This is not a need of the learning engine."), "need");
  in.need = *need;
  auto area = text_of(o, "area");
  if (!area) return std::unexpected(area.error());
  if (!area->empty()) {
    std::string code = text::to_upper_ascii(*area);
    if (!accounts::is_working_group(code)) return fail(ErrorKind::invalid, N_("Choose a value from the list."), "area");
    in.area = AreaCode(code);
  }
  if (auto of_need = feedback::area_of_need(in.need)) {
    if (in.area && *in.area != *of_need)
      return fail(ErrorKind::unprocessable, N_("The need belongs to another thematic area."), "area");
    in.area = of_need;
  }
  if (!in.area) return fail(ErrorKind::unprocessable, N_("Choose the thematic area the question is about."), "area");
  auto text = words_of(o, "text", kQuestionLength, Required::yes);
  if (!text) return std::unexpected(text.error());
  if (text::utf8_length(*text) < kShortestQuestion)
    return fail_with(ErrorKind::unprocessable, N_("Say a little more: at least {min} characters."),
                     {{"min", std::to_string(kShortestQuestion)}}, "text");
  in.text = std::move(*text);
  auto language = language_of(o, "language");
  if (!language) return std::unexpected(language.error());
  in.language = *language;
  return in;
}

Result<AssignmentInput> read_assignment(const json::object& o) {
  if (auto ok = only_fields(o, {"revision", "expert", "due", "note"}); !ok) return std::unexpected(ok.error());
  AssignmentInput in;
  std::int64_t expert = 0;
  if (auto* v = o.if_contains("expert"); v && !v->is_null()) {
    if (v->is_int64()) expert = v->as_int64();
    else if (v->is_string()) expert = text::parse_int(std::string_view(v->as_string())).value_or(0);
  }
  if (expert < 1) return fail(ErrorKind::unprocessable, N_("Choose an expert from the list."), "expert");
  in.expert = accounts::UserId(expert);
  auto due = text_of(o, "due");
  if (!due) return std::unexpected(due.error());
  if (!is_date(*due)) return fail(ErrorKind::invalid, N_("Enter a date as YYYY-MM-DD that exists."), "due");
  in.due = *due;
  auto note = words_of(o, "note", kNoteLength, Required::no);
  if (!note) return std::unexpected(note.error());
  in.note = std::move(*note);
  return in;
}

Result<AnswerInput> read_answer(const json::object& o) {
  if (auto ok = only_fields(o, {"revision", "kind", "language", "title", "summary", "body", "note"}); !ok)
    return std::unexpected(ok.error());
  AnswerInput in;
  auto kind = text_of(o, "kind");
  if (!kind) return std::unexpected(kind.error());
  if (!kind->empty()) {
    auto k = parse_name(*kind, kAnswerKindNames);
    if (!k) return fail(ErrorKind::invalid, N_("Choose a value from the list."), "kind");
    in.kind = *k;
  }
  auto language = language_of(o, "language");
  if (!language) return std::unexpected(language.error());
  in.language = *language;
  auto title = words_of(o, "title", kTitleLength, Required::yes);
  if (!title) return std::unexpected(title.error());
  in.title = std::move(*title);
  auto summary = words_of(o, "summary", kSummaryLength, Required::yes);
  if (!summary) return std::unexpected(summary.error());
  in.summary = std::move(*summary);
  auto body = words_of(o, "body", kBodyLength, Required::yes);
  if (!body) return std::unexpected(body.error());
  in.body = std::move(*body);
  auto note = words_of(o, "note", kNoteLength, Required::no);
  if (!note) return std::unexpected(note.error());
  in.note = std::move(*note);
  return in;
}

Result<std::string> read_closing(const json::object& o) {
  if (auto ok = only_fields(o, {"revision", "note"}); !ok) return std::unexpected(ok.error());
  return words_of(o, "note", kNoteLength, Required::no);
}

std::string day_of(Seconds at) {
  return text_of_day(std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(at))));
}

bool is_date(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (date[i] < '0' || date[i] > '9') return false;
  int y = std::stoi(std::string(date.substr(0, 4)));
  unsigned m = unsigned(std::stoi(std::string(date.substr(5, 2))));
  unsigned d = unsigned(std::stoi(std::string(date.substr(8, 2))));
  return y >= 1900 && (std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}).ok();
}

std::string days_after(const std::string& date, int days) {
  return text_of_day(days_of(date) + std::chrono::days(days));
}

std::string_view to_string(QuestionStatus s) { return name_of(s, kQuestionStatusNames); }
std::string_view to_string(AnswerKind k) { return name_of(k, kAnswerKindNames); }

}  // namespace cps::helpdesk
