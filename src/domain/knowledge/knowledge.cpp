#include "domain/knowledge/knowledge.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "core/text.hpp"
#include "domain/knowledge/item_input.hpp"
#include "i18n/catalogue.hpp"
#include "retrieval/fold.hpp"

namespace cps::knowledge {

using i18n::N_;

namespace {

enum class Required { yes, no };

// A text field: required or not, at most `max` code points, valid UTF-8 without control
// characters other than line breaks and tabs.
Status check_text(const std::string& value, std::size_t max, std::string field, Required required) {
  if (!text::is_valid_utf8(value) || text::has_control_characters(value))
    return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), std::move(field));
  if (required == Required::yes && text::trim(value).empty())
    return fail(ErrorKind::invalid, N_("This field is required."), std::move(field));
  if (text::utf8_length(value) > max)
    return fail(ErrorKind::invalid, N_("This text is too long."), std::move(field));
  return {};
}

bool is_code(std::string_view s, std::size_t min, std::size_t max) {
  return s.size() >= min && s.size() <= max && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
         });
}

template <class T>
bool has_duplicates(std::vector<T> values) {
  std::sort(values.begin(), values.end());
  return std::adjacent_find(values.begin(), values.end()) != values.end();
}

// The sectors rule: NACE Rev. 2 divisions as two digits, at most kMaxSectors, each once (a
// repeat is refused rather than silently dropped).
Status check_sectors(const std::vector<std::string>& sectors) {
  for (const auto& s : sectors)
    if (s.size() != 2 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return fail(ErrorKind::invalid, N_("Choose sectors from the list of NACE divisions."), "sectors");
  if (sectors.size() > kMaxSectors) return fail(ErrorKind::invalid, N_("Choose at most 10 sectors."), "sectors");
  if (has_duplicates(sectors)) return fail(ErrorKind::invalid, N_("A value is given twice."), "sectors");
  return {};
}

}  // namespace

std::string_view to_string(Kind k) { return name_of(k, kKindNames); }
std::optional<Kind> parse_kind(std::string_view s) { return parse_name(s, kKindNames); }
std::string_view to_string(Timeframe t) { return name_of(t, kTimeframeNames); }
std::optional<Timeframe> parse_timeframe(std::string_view s) { return parse_name(s, kTimeframeNames); }
std::string_view to_string(Instrument i) { return name_of(i, kInstrumentNames); }
std::optional<Instrument> parse_instrument(std::string_view s) { return parse_name(s, kInstrumentNames); }
std::string_view to_string(ItemStatus s) { return name_of(s, kStatusNames); }
std::optional<ItemStatus> parse_status(std::string_view s) { return parse_name(s, kStatusNames); }
std::string_view to_string(Translation t) { return name_of(t, kTranslationNames); }
std::optional<Translation> parse_translation(std::string_view s) { return parse_name(s, kTranslationNames); }

const char* language_name(std::string_view code) {
  static constexpr std::pair<std::string_view, const char*> kNames[] = {
      {"en", N_("English")},   {"ro", N_("Romanian")},  {"sq", N_("Albanian")},  {"hu", N_("Hungarian")},
      {"el", N_("Greek")},     {"bg", N_("Bulgarian")}, {"sl", N_("Slovenian")}, {"hr", N_("Croatian")},
      {"sr", N_("Serbian")},   {"sk", N_("Slovak")},    {"de", N_("German")},    {"it", N_("Italian")},
      {"mk", N_("Macedonian")}};
  static_assert(std::size(kNames) == std::size(kContentLanguages));
  for (const auto& [c, name] : kNames)
    if (c == code) return name;
  return nullptr;
}

bool is_area(std::string_view code) {
  return std::find(std::begin(kAreas), std::end(kAreas), code) != std::end(kAreas);
}

bool is_content_language(std::string_view code) {
  return std::find(std::begin(kContentLanguages), std::end(kContentLanguages), code) != std::end(kContentLanguages);
}

const ItemText& KnowledgeItem::text(std::string_view language) const {
  for (const auto& t : content.texts)
    if (t.language == language) return t;
  for (const auto& t : content.texts)
    if (t.language == content.original_language) return t;
  return content.texts.front();
}

std::string slug_from(std::string_view title) {
  std::string folded = retrieval::fold(title), out;
  for (char c : folded) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep)
      out += c;
    else if (!out.empty() && out.back() != '-')
      out += '-';
    if (out.size() >= 80) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

Status check_input(const ItemInput& in) {
  if (!in.slug.empty() &&
      (in.slug.size() > 80 || !std::all_of(in.slug.begin(), in.slug.end(), [](char c) {
         return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
       })))
    return fail(ErrorKind::invalid, N_("Use lower-case letters, digits and hyphens for the address."), "slug");
  if (!is_content_language(in.original_language))
    return fail(ErrorKind::invalid, N_("Choose the language the item is written in."), "original_language");
  if (in.areas.empty()) return fail(ErrorKind::invalid, N_("Choose at least one thematic area."), "areas");
  for (const auto& a : in.areas)
    if (!is_area(a)) return fail(ErrorKind::invalid, N_("Choose thematic areas from the list."), "areas");
  if (has_duplicates(in.areas) || has_duplicates(in.countries) || has_duplicates(in.regions))
    return fail(ErrorKind::invalid, N_("A value is given twice."), has_duplicates(in.areas) ? "areas"
                                                                     : has_duplicates(in.countries) ? "countries"
                                                                                                    : "regions");
  for (const auto& c : in.countries)
    if (!is_code(c, 2, 2)) return fail(ErrorKind::invalid, N_("Choose countries from the list."), "countries");
  for (const auto& r : in.regions)
    if (!is_code(r, 2, 5)) return fail(ErrorKind::invalid, N_("Choose regions from the list."), "regions");
  if (auto ok = check_sectors(in.sectors); !ok) return ok;
  if (in.countries.size() > 20 || in.regions.size() > 60)
    return fail(ErrorKind::invalid, N_("Choose fewer countries or regions."), "regions");
  for (auto [year, field] : {std::pair{in.start_year, "start_year"}, std::pair{in.end_year, "end_year"}})
    if (year && !is_year(*year)) return std::unexpected(year_error(field));
  if (in.start_year && in.end_year && *in.end_year < *in.start_year)
    return fail(ErrorKind::invalid, N_("The end year cannot come before the start year."), "end_year");
  if (auto ok = check_text(in.funding_source, 300, "funding_source", Required::no); !ok) return ok;
  if (in.budget) {
    const Budget& b = *in.budget;
    if (!(b.amount >= 0) || b.amount > 1e13)
      return fail(ErrorKind::invalid, N_("The budget must be a positive amount."), "budget.amount");
    if (!is_code(b.currency, 3, 3))
      return fail(ErrorKind::invalid, N_("Give the currency as a three-letter code, such as EUR or RON."), "budget.currency");
    if (!(b.eur_rate > 0) || b.eur_rate > 1e4)
      return fail(ErrorKind::invalid, N_("Give the euro value of one unit of the currency."), "budget.eur_rate");
    if (b.currency != "EUR" && b.rate_date.size() != 10)
      return fail(ErrorKind::invalid, N_("Give the date of the exchange rate as YYYY-MM-DD."), "budget.rate_date");
  }
  if (in.target_groups.size() > 20)
    return fail(ErrorKind::invalid, N_("Name at most 20 target groups."), "target_groups");
  for (const auto& g : in.target_groups)
    if (auto ok = check_text(g, 120, "target_groups", Required::yes); !ok) return ok;
  if (in.sources.size() > 30) return fail(ErrorKind::invalid, N_("Give at most 30 sources."), "sources");
  for (std::size_t i = 0; i < in.sources.size(); ++i) {
    const Source& s = in.sources[i];
    std::string at = "sources." + std::to_string(i + 1);
    if (auto ok = check_text(s.title, 300, at + ".title", Required::yes); !ok) return ok;
    if (auto ok = check_text(s.publisher, 200, at + ".publisher", Required::no); !ok) return ok;
    if (!s.url.empty() && (s.url.size() > 500 || !(s.url.starts_with("https://") || s.url.starts_with("http://")) ||
                           s.url.find_first_of(" \"<>") != std::string::npos))
      return fail(ErrorKind::invalid, N_("A link starts with https:// and has no spaces."), at + ".url");
    if (s.year && !is_year(*s.year)) return std::unexpected(year_error(at + ".year"));
  }
  if (in.texts.empty() || in.texts.size() > std::size(kContentLanguages))
    return fail(ErrorKind::invalid, N_("Write the item in its original language."), "texts");
  std::set<std::string> languages;
  bool original = false;
  for (const auto& t : in.texts) {
    std::string at = "texts." + t.language;
    if (!is_content_language(t.language)) return fail(ErrorKind::invalid, N_("Choose the language from the list."), at);
    if (!languages.insert(t.language).second)
      return fail(ErrorKind::invalid, N_("Each language has one text."), at);
    if (t.language == in.original_language) original = true;
    // Machine translations are kept beside the item, never saved as one of its versions.
    if (t.translation == Translation::machine)
      return fail(ErrorKind::invalid, N_("Use original or human."), at + ".translation");
    if (auto ok = check_text(t.title, 200, at + ".title", Required::yes); !ok) return ok;
    if (auto ok = check_text(t.summary, 600, at + ".summary", Required::yes); !ok) return ok;
    if (auto ok = check_text(t.body, 20000, at + ".body", Required::yes); !ok) return ok;
    if (auto ok = check_text(t.results, 5000, at + ".results", Required::no); !ok) return ok;
    if (auto ok = check_text(t.lessons, 5000, at + ".lessons", Required::no); !ok) return ok;
    if (auto ok = check_text(t.transferability, 5000, at + ".transferability", Required::no); !ok) return ok;
  }
  if (!original)
    return fail(ErrorKind::invalid, N_("Write the item in its original language."), "texts." + in.original_language);
  return {};
}

}  // namespace cps::knowledge
