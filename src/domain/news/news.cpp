// The readers of news input and the translation status (see news.hpp).
#include "domain/news/news.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <initializer_list>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::news {

namespace json = boost::json;
using i18n::N_;

namespace {

Status only_fields(const json::object& o, std::initializer_list<std::string_view> known) {
  for (const auto& member : o)
    if (std::find(known.begin(), known.end(), member.key()) == known.end())
      return fail(ErrorKind::invalid, N_("This field is not known here."), std::string(member.key()));
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
Result<std::string> checked_words(std::string t, std::string_view key, std::size_t max, Required required) {
  if (!text::is_valid_utf8(t) || text::has_control_characters(t))
    return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), std::string(key));
  if (required == Required::yes && t.empty())
    return fail(ErrorKind::unprocessable, N_("This field is required."), std::string(key));
  if (text::utf8_length(t) > max)
    return fail_with(ErrorKind::unprocessable, N_("This text is too long: at most {max} characters."),
                     {{"max", std::to_string(max)}}, std::string(key));
  return t;
}

Result<std::string> words_of(const json::object& o, std::string_view key, std::size_t max, Required required) {
  auto t = text_of(o, key);
  if (!t) return t;
  return checked_words(std::move(*t), key, max, required);
}

// A list of codes, each upper-cased, without repeats; `valid` judges the form of one code.
template <class Valid>
Result<std::vector<std::string>> codes_of(const json::object& o, std::string_view key, Valid valid) {
  std::vector<std::string> out;
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return out;
  if (!v->is_array()) return fail(ErrorKind::invalid, N_("Choose values from the list."), std::string(key));
  for (const auto& each : v->as_array()) {
    if (!each.is_string()) return fail(ErrorKind::invalid, N_("Choose values from the list."), std::string(key));
    std::string code = text::to_upper_ascii(text::trim(std::string_view(each.as_string())));
    if (code.empty()) continue;
    if (!valid(code)) return fail(ErrorKind::invalid, N_("Choose values from the list."), std::string(key));
    if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
  }
  if (out.size() > kMaxTags) return fail(ErrorKind::unprocessable, N_("Choose fewer values."), std::string(key));
  return out;
}

}  // namespace

bool is_news_language(std::string_view code) {
  return std::find(std::begin(kNewsLanguages), std::end(kNewsLanguages), code) != std::end(kNewsLanguages);
}

TranslationStatus translation_status(const Post& post, const Post& original) {
  if (!post.original) return TranslationStatus::original;
  return post.translated_version >= original.text_version ? TranslationStatus::human_translation
                                                          : TranslationStatus::out_of_date;
}

Result<PostInput> read_post(const json::object& o) {
  if (auto ok = only_fields(o, {"language", "title", "summary", "body", "areas", "countries", "translation_of"}); !ok)
    return std::unexpected(ok.error());
  PostInput in;
  auto language = text_of(o, "language");
  if (!language) return std::unexpected(language.error());
  in.language = text::to_lower_ascii(*language);
  if (!is_news_language(in.language)) return fail(ErrorKind::invalid, N_("Choose a language from the list."), "language");
  auto title = words_of(o, "title", kTitleLength, Required::yes);
  if (!title) return std::unexpected(title.error());
  if (title->find('\n') != std::string::npos)
    return fail(ErrorKind::unprocessable, N_("A title is one line."), "title");
  in.title = std::move(*title);
  auto summary = words_of(o, "summary", kSummaryLength, Required::yes);
  if (!summary) return std::unexpected(summary.error());
  in.summary = std::move(*summary);
  auto body = words_of(o, "body", kBodyLength, Required::yes);
  if (!body) return std::unexpected(body.error());
  in.body = std::move(*body);
  auto areas = codes_of(o, "areas", [](const std::string& c) { return accounts::is_working_group(c); });
  if (!areas) return std::unexpected(areas.error());
  in.areas = std::move(*areas);
  // The form of a country code here; whether the country is one of the partnership's is the
  // service's to say (it asks the reference data).
  auto countries = codes_of(o, "countries", [](const std::string& c) {
    return c.size() == 2 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  });
  if (!countries) return std::unexpected(countries.error());
  in.countries = std::move(*countries);
  if (auto* t = o.if_contains("translation_of"); t && !t->is_null()) {
    std::optional<long long> id;
    if (t->is_int64()) id = t->as_int64();
    else if (t->is_uint64() && t->as_uint64() < (1ull << 62)) id = (long long)t->as_uint64();
    else if (t->is_string() && !t->as_string().empty()) id = text::parse_int(std::string_view(t->as_string()));
    else if (t->is_string()) id = 0;
    if (!id) return fail(ErrorKind::invalid, N_("Choose a post from the list."), "translation_of");
    if (*id > 0) in.translation_of = PostId(*id);
  }
  return in;
}

Result<std::string> read_alt(std::string_view alt) {
  auto t = checked_words(text::trim(alt), "alt", kAltLength, Required::no);
  if (!t) return t;
  if (t->empty())
    return fail(ErrorKind::unprocessable, N_("Describe the image for people who cannot see it."), "alt");
  if (text::utf8_length(*t) < kShortestAlt)
    return fail_with(ErrorKind::unprocessable, N_("Say a little more: at least {min} characters."),
                     {{"min", std::to_string(kShortestAlt)}}, "alt");
  if (t->find('\n') != std::string::npos) return fail(ErrorKind::unprocessable, N_("A description of an image is one line."), "alt");
  return t;
}

std::string_view to_string(PostStatus s) { return name_of(s, kPostStatusNames); }
std::string_view to_string(TranslationStatus s) { return name_of(s, kTranslationStatusNames); }

}  // namespace cps::news
