// The readers of the mentoring input shapes (see mentoring_input.hpp).
#include "domain/mentoring/mentoring_input.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::mentoring {

namespace json = boost::json;
using i18n::N_;

namespace {

constexpr std::size_t kLineLength = 300;
constexpr std::size_t kParagraphLength = 4000;
constexpr std::size_t kMostTopics = 20;
constexpr std::size_t kMostLanguages = 10;
constexpr int kLargestCapacity = 10;

Result<const json::object*> object_of(const json::value& value) {
  if (!value.is_object()) return fail(ErrorKind::unprocessable, "The body must be a JSON object.");
  return &value.as_object();
}

// The trimmed text of `key`, "" when absent or null; refused when not text, not clean UTF-8 or
// longer than `max` characters.
Result<std::string> text_field(const json::object& o, std::string_view key, std::size_t max) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, "This must be text.", std::string(key));
  std::string out = text::trim(std::string_view(v->as_string()));
  if (!text::is_valid_utf8(out)) return fail(ErrorKind::invalid, "This must be text.", std::string(key));
  std::string without_breaks = out;
  std::replace(without_breaks.begin(), without_breaks.end(), '\n', ' ');
  std::replace(without_breaks.begin(), without_breaks.end(), '\r', ' ');
  std::replace(without_breaks.begin(), without_breaks.end(), '\t', ' ');
  if (text::has_control_characters(without_breaks))
    return fail(ErrorKind::invalid, "This must be text.", std::string(key));
  if (text::utf8_length(out) > max)
    return fail_with(ErrorKind::invalid, N_("Keep this to {max} characters."), {{"max", std::to_string(max)}},
                     std::string(key));
  return out;
}

// A whole number, also as text (form fields arrive as text); nullopt when absent or empty.
Result<std::optional<long long>> whole_field(const json::object& o, std::string_view key, const char* message) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::optional<long long>();
  if (v->is_int64()) return std::optional<long long>(v->as_int64());
  if (v->is_uint64() && v->as_uint64() < 1'000'000'000ULL) return std::optional<long long>((long long)v->as_uint64());
  if (v->is_string()) {
    std::string t = text::trim(std::string_view(v->as_string()));
    if (t.empty()) return std::optional<long long>();
    if (auto n = text::parse_int(t)) return std::optional<long long>(*n);
  }
  return fail(ErrorKind::invalid, message, std::string(key));
}

// A list of short codes given as a JSON list of texts or as one text separated by commas or
// spaces.
Result<std::vector<std::string>> codes_field(const json::object& o, std::string_view key) {
  std::vector<std::string> out;
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return out;
  auto add = [&](std::string_view piece) {
    std::string code = text::trim(piece);
    if (!code.empty() && std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
  };
  if (v->is_string()) {
    std::string all(v->as_string());
    std::replace(all.begin(), all.end(), ',', ' ');
    std::size_t start = 0;
    while (start <= all.size()) {
      std::size_t end = all.find_first_of(" \t\r\n", start);
      if (end == std::string::npos) end = all.size();
      add(std::string_view(all).substr(start, end - start));
      start = end + 1;
    }
    return out;
  }
  if (!v->is_array()) return fail(ErrorKind::invalid, "This must be a list of texts.", std::string(key));
  for (const auto& item : v->as_array()) {
    if (!item.is_string()) return fail(ErrorKind::invalid, "This must be a list of texts.", std::string(key));
    add(std::string_view(item.as_string()));
  }
  return out;
}

bool is_language_tag(std::string_view code) {
  return code.size() >= 2 && code.size() <= 3 &&
         std::all_of(code.begin(), code.end(), [](unsigned char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

bool is_topic_key(std::string_view key) {
  std::string_view code;
  if (key.starts_with("criterion:"))
    code = key.substr(10);
  else if (key.starts_with("area:"))
    code = key.substr(5);
  else
    return false;
  return !code.empty() && code.size() <= 32 &&
         std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isalnum(c) || c == '.' || c == '-' || c == '_'; });
}

bool is_day(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit((unsigned char)t[i])) return false;
  int y = std::stoi(std::string(t.substr(0, 4))), m = std::stoi(std::string(t.substr(5, 2))),
      d = std::stoi(std::string(t.substr(8, 2)));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

Result<OfferInput> read_offer(const json::value& value) {
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  OfferInput in;
  auto topics = codes_field(**o, "topics");
  if (!topics) return std::unexpected(topics.error());
  if (topics->empty())
    return fail(ErrorKind::invalid, "Choose at least one criterion or thematic area you mentor on.", "topics");
  if (topics->size() > kMostTopics)
    return fail_with(ErrorKind::invalid, N_("Choose at most {n} topics."), {{"n", std::to_string(kMostTopics)}}, "topics");
  for (const auto& t : *topics)
    if (!is_topic_key(t))
      return fail_with(ErrorKind::invalid, N_("{topic} is not a criterion or a thematic area."), {{"topic", t}}, "topics");
  in.topics = std::move(*topics);
  auto capacity = whole_field(**o, "capacity", "Give the number of pairs you can mentor at once, from 1 to 10.");
  if (!capacity) return std::unexpected(capacity.error());
  if (!*capacity || **capacity < 1 || **capacity > kLargestCapacity)
    return fail(ErrorKind::invalid, "Give the number of pairs you can mentor at once, from 1 to 10.", "capacity");
  in.capacity = int(**capacity);
  auto languages = codes_field(**o, "languages");
  if (!languages) return std::unexpected(languages.error());
  for (auto& l : *languages) l = text::to_lower_ascii(l);
  if (languages->empty() || languages->size() > kMostLanguages ||
      !std::all_of(languages->begin(), languages->end(), [](const std::string& l) { return is_language_tag(l); }))
    return fail(ErrorKind::invalid, "Give the languages you mentor in as codes such as en, ro or hu.", "languages");
  in.languages = std::move(*languages);
  auto availability = text_field(**o, "availability", kLineLength);
  if (!availability) return std::unexpected(availability.error());
  if (availability->empty())
    return fail(ErrorKind::invalid, "Say when you are available, e.g. two hours a month, online.", "availability");
  in.availability = std::move(*availability);
  if (const auto* active = (*o)->if_contains("active"); active && !active->is_null()) {
    if (active->is_bool())
      in.active = active->as_bool();
    else if (active->is_string() && (active->as_string() == "true" || active->as_string() == "false"))
      in.active = active->as_string() == "true";
    else
      return fail(ErrorKind::invalid, "Say true or false.", "active");
  }
  return in;
}

Result<RequestInput> read_request(const json::value& value) {
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  RequestInput in;
  auto mentor = whole_field(**o, "mentor", "Choose a mentor.");
  if (!mentor) return std::unexpected(mentor.error());
  if (!*mentor || **mentor < 1) return fail(ErrorKind::invalid, "Choose a mentor.", "mentor");
  in.mentor = accounts::UserId(**mentor);
  auto region = text_field(**o, "region", 10);
  if (!region) return std::unexpected(region.error());
  if (region->empty()) return fail(ErrorKind::invalid, "Choose the region the need is about.", "region");
  in.need.region = RegionCode(text::to_upper_ascii(*region));
  auto need = text_field(**o, "need", 40);
  if (!need) return std::unexpected(need.error());
  if (!is_topic_key(*need))
    return fail(ErrorKind::invalid, "Choose the criterion or thematic area you need help with.", "need");
  in.need.need = std::move(*need);
  auto message = text_field(**o, "message", kParagraphLength);
  if (!message) return std::unexpected(message.error());
  if (message->empty())
    return fail(ErrorKind::invalid, "Tell the mentor what you would like to learn.", "message");
  in.message = std::move(*message);
  return in;
}

Result<AnswerInput> read_answer(const json::value& value) {
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  AnswerInput in;
  const auto* answer = (*o)->if_contains("answer");
  auto parsed = answer && answer->is_string() ? parse_name(std::string_view(answer->as_string()), kAnswerNames)
                                              : std::nullopt;
  if (!parsed) return fail(ErrorKind::invalid, "Accept or decline the request.", "answer");
  in.answer = *parsed;
  auto reason = text_field(**o, "reason", kParagraphLength);
  if (!reason) return std::unexpected(reason.error());
  if (in.answer == Answer::decline && reason->empty())
    return fail(ErrorKind::invalid, "Tell the learner why you decline.", "reason");
  in.reason = std::move(*reason);
  return in;
}

Result<std::string> read_goals(const json::value& value) {
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  auto goals = text_field(**o, "goals", kParagraphLength);
  if (!goals) return std::unexpected(goals.error());
  if (goals->empty()) return fail(ErrorKind::invalid, "Write the goals you agreed.", "goals");
  return goals;
}

Result<Meeting> read_meeting(const json::value& value) {
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  Meeting m;
  auto date = text_field(**o, "date", 10);
  if (!date) return std::unexpected(date.error());
  if (!is_day(*date)) return fail(ErrorKind::invalid, "Enter a date as YYYY-MM-DD that exists.", "date");
  m.held_on = std::move(*date);
  auto notes = text_field(**o, "notes", kParagraphLength);
  if (!notes) return std::unexpected(notes.error());
  if (notes->empty()) return fail(ErrorKind::invalid, "Write a few words on what the meeting was about.", "notes");
  m.notes = std::move(*notes);
  return m;
}

Result<OutcomeInput> read_outcome(const json::value& value) {
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  OutcomeInput in;
  const auto* result = (*o)->if_contains("result");
  auto parsed = result && result->is_string()
                    ? parse_name(std::string_view(result->as_string()), kOutcomeResultNames)
                    : std::nullopt;
  if (!parsed) return fail(ErrorKind::invalid, "Say whether the goals were achieved.", "result");
  in.result = *parsed;
  auto text = text_field(**o, "text", kParagraphLength);
  if (!text) return std::unexpected(text.error());
  if (text->empty()) return fail(ErrorKind::invalid, "Describe the outcome in a few words.", "text");
  in.text = std::move(*text);
  return in;
}

Result<Feedback> read_feedback(const json::value& value) {
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  Feedback f;
  auto rating = whole_field(**o, "rating", "Rate the mentoring from 1 to 5.");
  if (!rating) return std::unexpected(rating.error());
  if (!*rating || **rating < 1 || **rating > 5) return fail(ErrorKind::invalid, "Rate the mentoring from 1 to 5.", "rating");
  f.rating = int(**rating);
  auto comment = text_field(**o, "comment", kParagraphLength);
  if (!comment) return std::unexpected(comment.error());
  f.comment = std::move(*comment);
  return f;
}

std::string_view to_string(Answer a) { return name_of(a, kAnswerNames); }

}  // namespace cps::mentoring
