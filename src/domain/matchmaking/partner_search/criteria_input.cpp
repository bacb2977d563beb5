// Reading partner-search inputs from named fields (see criteria_input.hpp).
#include "domain/matchmaking/partner_search/criteria_input.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::partner_search {

using i18n::N_;

namespace {

constexpr std::size_t kMaxWords = 200;
constexpr std::size_t kMaxCategory = 120;
constexpr std::size_t kMaxName = 120;
constexpr std::size_t kMaxMessage = 4000;

bool all_of(std::string_view s, int (*test)(int)) {
  return std::all_of(s.begin(), s.end(), [&](char c) { return test(static_cast<unsigned char>(c)) != 0; });
}

// A one-line text: valid UTF-8 without control characters, at most `most` characters.
Status check_line(const std::string& text, std::size_t most, const char* too_long, std::string field) {
  if (!text::is_valid_utf8(text) || text::has_control_characters(text))
    return fail(ErrorKind::invalid, N_("The text contains characters that are not allowed."), std::move(field));
  if (text::utf8_length(text) > most) return fail(ErrorKind::invalid, too_long, std::move(field));
  return {};
}

}  // namespace

std::unexpected<Error> no_criterion() {
  return fail(ErrorKind::invalid, N_("Choose at least one criterion: a sector, an offer or need, a country or a region."));
}

Result<Criteria> read_criteria(const Fields& fields) {
  Criteria c;
  c.division = text::trim(fields("sector"));
  if (!c.division.empty() && !(c.division.size() == 2 && all_of(c.division, std::isdigit)))
    return fail(ErrorKind::invalid, N_("Choose a sector from the list."), "sector");
  c.category = text::trim(fields("category"));
  if (auto ok = check_line(c.category, kMaxCategory, N_("Choose a sector from the list."), "category"); !ok)
    return std::unexpected(ok.error());
  c.words = text::trim(fields("q"));
  if (auto ok = check_line(c.words, kMaxWords, N_("Type at most 200 characters."), "q"); !ok)
    return std::unexpected(ok.error());
  if (std::string country = text::to_upper_ascii(text::trim(fields("country"))); !country.empty()) {
    if (!(country.size() == 2 && all_of(country, std::isalpha)))
      return fail(ErrorKind::invalid, N_("Choose a country from the list."), "country");
    c.country = CountryCode(country);
  }
  if (std::string region = text::to_upper_ascii(text::trim(fields("region"))); !region.empty()) {
    if (region.size() < 3 || region.size() > 5 || !all_of(region, std::isalnum))
      return fail(ErrorKind::invalid, N_("Choose regions from the list."), "region");
    c.region = RegionCode(region);
  }
  if (std::string kind = text::trim(fields("kind")); !kind.empty()) {
    auto k = parse_name(kind, matchmaking::kOfferKindNames);
    if (!k) return fail(ErrorKind::invalid, N_("Choose a value from the list."), "kind");
    c.kind = *k;
  }
  std::string mine = text::to_lower_ascii(text::trim(fields("mine")));
  if (mine == "1" || mine == "yes" || mine == "true" || mine == "on")
    c.with_profile = WithProfile::yes;
  else if (!(mine.empty() || mine == "0" || mine == "no" || mine == "false"))
    return fail(ErrorKind::invalid, N_("Choose a value from the list."), "mine");
  return c;
}

std::vector<std::pair<std::string, std::string>> criteria_fields(const Criteria& c) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!c.division.empty()) out.emplace_back("sector", c.division);
  if (!c.category.empty()) out.emplace_back("category", c.category);
  if (!c.words.empty()) out.emplace_back("q", c.words);
  if (c.country) out.emplace_back("country", c.country->str());
  if (c.region) out.emplace_back("region", c.region->str());
  if (c.kind) out.emplace_back("kind", std::string(name_of(*c.kind, matchmaking::kOfferKindNames)));
  if (c.with_profile == WithProfile::yes) out.emplace_back("mine", "yes");
  return out;
}

Result<SavedSearchInput> read_saved_search(const Fields& fields) {
  SavedSearchInput in;
  in.name = text::trim(fields("name"));
  if (in.name.empty()) return fail(ErrorKind::invalid, N_("Name the search."), "name");
  if (auto ok = check_line(in.name, kMaxName, N_("A name has at most 120 characters."), "name"); !ok)
    return std::unexpected(ok.error());
  std::string alerts = text::trim(fields("alerts"));
  if (alerts.empty()) alerts = "off";
  auto a = parse_name(alerts, kAlertsNames);
  if (!a) return fail(ErrorKind::invalid, N_("Choose a value from the list."), "alerts");
  in.alerts = *a;
  auto criteria = read_criteria(fields);
  if (!criteria) return std::unexpected(criteria.error());
  in.criteria = std::move(*criteria);
  return in;
}

Result<std::string> read_interest_message(std::string_view typed) {
  std::string message = text::trim(typed);
  if (message.empty()) return fail(ErrorKind::invalid, N_("Write a message to the cluster."), "message");
  // Line breaks and tabs belong in a letter; other control characters do not.
  if (!text::is_valid_utf8(message) || text::has_control_characters(message))
    return fail(ErrorKind::invalid, N_("The text contains characters that are not allowed."), "message");
  if (text::utf8_length(message) > kMaxMessage)
    return fail(ErrorKind::invalid, N_("A message has at most 4000 characters."), "message");
  return message;
}

std::string_view to_string(WithProfile w) { return name_of(w, kWithProfileNames); }
std::string_view to_string(MissingFigures m) { return name_of(m, kMissingFiguresNames); }
std::string_view to_string(Alerts a) { return name_of(a, kAlertsNames); }

}  // namespace cps::partner_search
