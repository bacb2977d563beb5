// Labels and shared pieces of the mentoring pages (see parts.hpp).
#include "web/mentoring/parts.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <chrono>
#include <charconv>

namespace cps::web::mentoring_parts {

const char* status_label(RequestStatus s) {
  switch (s) {
    case RequestStatus::requested: return N_("Waiting for the mentor's answer");
    case RequestStatus::accepted: return N_("Mentoring under way");
    case RequestStatus::declined: return N_("Declined");
    case RequestStatus::withdrawn: return N_("Withdrawn");
    case RequestStatus::completed: return N_("Completed");
  }
  return "";
}

const char* outcome_label(OutcomeResult r) {
  switch (r) {
    case OutcomeResult::achieved: return N_("Goals achieved");
    case OutcomeResult::partly_achieved: return N_("Goals partly achieved");
    case OutcomeResult::not_achieved: return N_("Goals not achieved");
  }
  return "";
}

std::string language_name(std::string_view code, i18n::Language reader) {
  icu::Locale language(std::string(code).c_str());
  icu::Locale display(std::string(i18n::code(reader)).c_str());
  icu::UnicodeString name;
  language.getDisplayLanguage(display, name);
  std::string out;
  name.toUTF8String(out);
  if (out.empty() || out == code) return std::string(code);
  return out;
}

std::string language_names(const std::vector<std::string>& codes, i18n::Language reader) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : ", ") + language_name(c, reader);
  return out;
}

std::string day_text(const i18n::Catalogue& cat, i18n::Language lang, const std::string& day) {
  if (!is_day(day)) return day;
  int y = 0;
  unsigned m = 0, d = 0;
  std::from_chars(day.data(), day.data() + 4, y);
  std::from_chars(day.data() + 5, day.data() + 7, m);
  std::from_chars(day.data() + 8, day.data() + 10, d);
  return cat.format_date(lang, std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}});
}

std::string moment_text(const i18n::Catalogue& cat, i18n::Language lang, Seconds t) {
  if (t <= 0) return "";
  return cat.format_date(lang, std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{t}}));
}

std::map<std::string, std::string> topic_titles(MentoringService& mentoring, i18n::Language lang) {
  std::map<std::string, std::string> out;
  if (auto topics = mentoring.topics(std::string(i18n::code(lang))))
    for (const auto& t : *topics) out[t.key] = t.title;
  return out;
}

Object offer_card(const Site& site, i18n::Language lang, const MentorOffer& o,
                  const std::map<std::string, std::string>& titles, const std::string& region,
                  const std::string& need) {
  List topics;
  for (const auto& key : o.topics) {
    auto it = titles.find(key);
    std::string code = key.substr(key.find(':') + 1);
    topics.push_back(Object{{"code", code}, {"title", it == titles.end() ? key : it->second}});
  }
  std::string href = Site::prefix(lang) + "/mentoring/new?mentor=" + std::to_string(o.mentor.value());
  if (!region.empty()) href += "&region=" + text::encode_uri_component(region);
  if (!need.empty()) href += "&need=" + text::encode_uri_component(need);
  const auto& cat = site.catalogue();
  return Object{{"mentor_name", o.mentor_name},
                {"organisation_name", o.organisation_name},
                {"where", o.region ? o.region->str() : (o.country ? o.country->str() : std::string())},
                {"topics", topics},
                {"languages", language_names(o.languages, lang)},
                {"availability", o.availability},
                {"free", o.free_places() > 0},
                {"places", text::fill(site.tr(lang, N_("Free places: {n} of {capacity}")),
                                      {{"n", cat.format_integer(lang, o.free_places())},
                                       {"capacity", cat.format_integer(lang, o.capacity)}})},
                {"request_href", href}};
}

std::string pair_href(i18n::Language lang, RequestId id) {
  return Site::prefix(lang) + "/mentoring/" + std::to_string(id.value());
}

}  // namespace cps::web::mentoring_parts
