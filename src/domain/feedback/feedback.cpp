// Feedback's keys, readers and rules (see feedback.hpp).
#include "domain/feedback/feedback.hpp"

#include <boost/json.hpp>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::feedback {

namespace json = boost::json;
using i18n::N_;

namespace {

constexpr std::size_t kNeedLength = 60;

bool is_region_code(std::string_view s) {
  if (s.size() < 2 || s.size() > 5) return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

// The text of `key` (trimmed), "" when absent or null; invalid when not a text.
Result<std::string> text_of(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, N_("This must be text."), std::string(key));
  return text::trim(std::string_view(v->as_string()));
}

Result<bool> flag_of(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return false;
  if (v->is_bool()) return v->as_bool();
  // Form check boxes arrive as text.
  if (v->is_string()) {
    std::string_view s(v->as_string());
    if (s == "true" || s == "on" || s == "1") return true;
    if (s == "false" || s == "0" || s.empty()) return false;
  }
  return fail(ErrorKind::invalid, N_("Use true or false."), std::string(key));
}

Status check_words(const std::string& text, std::size_t max, const char* field) {
  if (!text::is_valid_utf8(text) || text::has_control_characters(text))
    return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), field);
  if (text::utf8_length(text) > max)
    return fail_with(ErrorKind::unprocessable, N_("This text is too long: at most {max} characters."),
                     {{"max", std::to_string(max)}}, field);
  return {};
}

// {"region","need","item"} of a recommendation.
Result<RecommendationKey> read_key(const json::object& o) {
  auto region = text_of(o, "region");
  if (!region) return std::unexpected(region.error());
  std::string code = text::to_upper_ascii(*region);
  if (!is_region_code(code)) return fail(ErrorKind::invalid, N_("Choose regions from the list."), "region");
  auto need = text_of(o, "need");
  if (!need) return std::unexpected(need.error());
  if (!is_need_key(*need)) return fail(ErrorKind::invalid, N_("This is not a need of the learning engine."), "need");
  std::int64_t item = 0;
  if (auto* v = o.if_contains("item"); v && !v->is_null()) {
    if (v->is_int64()) item = v->as_int64();
    else if (v->is_uint64() && v->as_uint64() < (1ull << 62)) item = std::int64_t(v->as_uint64());
    else if (v->is_string()) item = text::parse_int(std::string_view(v->as_string())).value_or(0);
  }
  if (item < 1) return fail(ErrorKind::invalid, N_("Choose a knowledge item from the list."), "item");
  return RecommendationKey{RegionCode(code), *need, item};
}

}  // namespace

std::string key_text(const RecommendationKey& key) {
  return key.region.str() + "/" + key.need + "/" + std::to_string(key.item);
}

std::optional<RecommendationKey> recommendation_key(std::string_view text) {
  auto first = text.find('/');
  auto last = text.rfind('/');
  if (first == std::string_view::npos || last == first) return std::nullopt;
  std::string_view region = text.substr(0, first), need = text.substr(first + 1, last - first - 1);
  auto item = text::parse_int(text.substr(last + 1));
  if (!is_region_code(region) || !is_need_key(need) || !item || *item < 1) return std::nullopt;
  return RecommendationKey{RegionCode(std::string(region)), std::string(need), *item};
}

bool is_need_key(std::string_view need) {
  if (need.size() > kNeedLength) return false;
  auto colon = need.find(':');
  if (colon == std::string_view::npos || colon + 1 == need.size()) return false;
  std::string_view kind = need.substr(0, colon), value = need.substr(colon + 1);
  for (char c : value)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
          c == '-'))
      return false;
  if (kind == "area") return accounts::is_working_group(value);
  if (kind == "criterion") return accounts::is_working_group(value.substr(0, std::min<std::size_t>(3, value.size())));
  return kind == "sector";
}

std::optional<AreaCode> area_of_need(std::string_view need) {
  if (!is_need_key(need)) return std::nullopt;
  if (need.starts_with("area:")) return AreaCode(std::string(need.substr(5)));
  if (need.starts_with("criterion:")) return AreaCode(std::string(need.substr(10, 3)));
  return std::nullopt;
}

Result<FeedbackInput> read_feedback(const json::object& o) {
  for (const auto& member : o)
    if (member.key() != "subject" && member.key() != "key" && member.key() != "region" && member.key() != "need" &&
        member.key() != "item" && member.key() != "verdict" && member.key() != "reason")
      return fail(ErrorKind::invalid, N_("This field is not known here."), std::string(member.key()));
  FeedbackInput in;
  auto subject = text_of(o, "subject");
  if (!subject) return std::unexpected(subject.error());
  if (subject->empty()) {
    in.subject = Subject::recommendation;
  } else if (auto s = parse_name(*subject, kSubjectNames)) {
    in.subject = *s;
  } else {
    return fail(ErrorKind::invalid, N_("Choose a value from the list."), "subject");
  }
  auto key = text_of(o, "key");
  if (!key) return std::unexpected(key.error());
  if (in.subject == Subject::recommendation) {
    if (!key->empty() && !o.contains("region")) {
      in.recommendation = recommendation_key(*key);
      if (!in.recommendation)
        return fail(ErrorKind::invalid, N_("This is not a recommendation's key."), "key");
    } else {
      auto read = read_key(o);
      if (!read) return std::unexpected(read.error());
      in.recommendation = *read;
    }
    in.key = key_text(*in.recommendation);
  } else {
    if (key->empty()) return fail(ErrorKind::invalid, N_("Say what the feedback is about."), "key");
    if (key->size() > kKeyLength || !text::is_valid_utf8(*key) || text::has_control_characters(*key))
      return fail(ErrorKind::invalid, N_("This is not a match's key."), "key");
    in.key = *key;
  }
  auto verdict = text_of(o, "verdict");
  if (!verdict) return std::unexpected(verdict.error());
  auto v = parse_name(*verdict, kVerdictNames);
  if (!v) return fail(ErrorKind::invalid, N_("Choose useful, not relevant or adopted."), "verdict");
  in.verdict = *v;
  auto reason = text_of(o, "reason");
  if (!reason) return std::unexpected(reason.error());
  if (auto ok = check_words(*reason, kReasonLength, "reason"); !ok) return std::unexpected(ok.error());
  in.reason = std::move(*reason);
  return in;
}

Result<CurationInput> read_curation(const json::object& o) {
  for (const auto& member : o)
    if (member.key() != "region" && member.key() != "need" && member.key() != "item" && member.key() != "pinned" &&
        member.key() != "hidden" && member.key() != "note")
      return fail(ErrorKind::invalid, N_("This field is not known here."), std::string(member.key()));
  auto key = read_key(o);
  if (!key) return std::unexpected(key.error());
  CurationInput in;
  in.key = *key;
  auto pinned = flag_of(o, "pinned");
  if (!pinned) return std::unexpected(pinned.error());
  auto hidden = flag_of(o, "hidden");
  if (!hidden) return std::unexpected(hidden.error());
  if (*pinned && *hidden)
    return fail(ErrorKind::unprocessable, N_("A recommendation cannot be pinned and hidden at once."), "hidden");
  in.pinned = *pinned;
  in.hidden = *hidden;
  auto note = text_of(o, "note");
  if (!note) return std::unexpected(note.error());
  if (auto ok = check_words(*note, kNoteLength, "note"); !ok) return std::unexpected(ok.error());
  in.note = std::move(*note);
  return in;
}

int grade_of(Verdict verdict) {
  switch (verdict) {
    case Verdict::adopted: return 3;
    case Verdict::useful: return 2;
    case Verdict::not_relevant: return 0;
  }
  return 0;
}

std::string_view to_string(Subject s) { return name_of(s, kSubjectNames); }
std::string_view to_string(Verdict v) { return name_of(v, kVerdictNames); }

}  // namespace cps::feedback
