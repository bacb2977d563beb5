#include "domain/reference/reference_service.hpp"

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "core/text.hpp"
#include "retrieval/fold.hpp"

namespace cps::reference {

std::string_view to_string(CountryStatus status) { return name_of(status, kCountryStatusNames); }
std::optional<CountryStatus> parse_country_status(std::string_view text) {
  return parse_name(text, kCountryStatusNames);
}
std::string_view to_string(Classification c) { return name_of(c, kClassificationNames); }
std::optional<Classification> parse_classification(std::string_view text) {
  return parse_name(text, kClassificationNames);
}

namespace {

constexpr std::string_view kCursorPrefix = "region:";

// Region codes are letters, digits and '-' (national units), at most 12 characters.
bool is_region_code(std::string_view s) {
  if (s.empty() || s.size() > 12) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool matches(const Region& r, const std::string& folded_text) {
  if (folded_text.empty()) return true;
  return retrieval::fold(r.code.str()).find(folded_text) != std::string::npos ||
         retrieval::fold(r.name_latin).find(folded_text) != std::string::npos ||
         retrieval::fold(r.name_native).find(folded_text) != std::string::npos;
}

}  // namespace

std::string make_region_cursor(const RegionCode& last) {
  return text::encode_base64url(std::string(kCursorPrefix) + last.str());
}

Result<RegionQuery> ReferenceService::parse_region_query(const RegionQueryInput& input,
                                                         Paging paging) {
  RegionQuery query;
  if (input.country && !input.country->empty()) {
    std::string code = text::to_upper_ascii(*input.country);
    auto all = repository_.countries();
    if (!all) return std::unexpected(all.error());
    bool known =
        std::any_of(all->begin(), all->end(), [&](auto& c) { return c.code.str() == code; });
    if (!known)
      return fail(ErrorKind::invalid, "There is no such country in the programme area.", "country");
    query.country = CountryCode(code);
  }
  if (input.level && !input.level->empty()) {
    auto level = text::parse_int(*input.level);
    if (!level || *level < 0 || *level > 3)
      return fail(ErrorKind::invalid, "The level must be a whole number from 0 to 3.", "level");
    query.level = *level;
  }
  if (input.text) {
    if (!text::is_valid_utf8(*input.text))
      return fail(ErrorKind::invalid, "The search text is not valid UTF-8.", "q");
    if (input.text->size() > kMaxTextLength)
      return fail(ErrorKind::invalid, "The search text is too long (at most 200 characters).", "q");
    query.text = text::trim(*input.text);
  }
  if (paging == Paging::all) return query;
  query.limit = kDefaultLimit;
  if (input.limit) {
    auto limit = text::parse_int(*input.limit);
    if (!limit || *limit < 1 || std::size_t(*limit) > kMaxLimit)
      return fail(ErrorKind::invalid, "The limit must be a whole number from 1 to 500.", "limit");
    query.limit = std::size_t(*limit);
  }
  if (input.cursor) {
    auto decoded = text::decode_base64url(*input.cursor);
    if (!decoded || !decoded->starts_with(kCursorPrefix) ||
        !is_region_code(std::string_view(*decoded).substr(kCursorPrefix.size())))
      return fail(ErrorKind::invalid, "The cursor is not one this service issued.", "cursor");
    query.after = RegionCode(decoded->substr(kCursorPrefix.size()));
  }
  return query;
}

Result<std::vector<Country>> ReferenceService::countries() {
  return repository_.countries();
}

Result<Country> ReferenceService::country(std::string_view code) {
  auto all = repository_.countries();
  if (!all) return std::unexpected(all.error());
  std::string wanted = text::to_upper_ascii(code);
  for (auto& c : *all)
    if (c.code.str() == wanted) return c;
  return fail(ErrorKind::not_found, "There is no such country in the programme area.");
}

Result<RegionPage> ReferenceService::find_regions(const RegionQuery& query) {
  auto rows = repository_.regions(RegionFilter{query.country, query.level});
  if (!rows) return std::unexpected(rows.error());
  std::string folded = retrieval::fold(query.text);
  RegionPage page;
  for (auto& r : *rows) {
    if (!matches(r, folded)) continue;
    ++page.total;
    if (query.after && !(query.after->str() < r.code.str())) continue;
    if (query.limit != 0 && page.regions.size() == query.limit) {
      page.next_cursor = make_region_cursor(page.regions.back().code);
      continue;
    }
    page.regions.push_back(r);
  }
  return page;
}

Result<RegionDetail> ReferenceService::region(std::string_view code) {
  std::string wanted = text::to_upper_ascii(code);
  if (!is_region_code(wanted))
    return fail(ErrorKind::not_found, "There is no region with this code.");
  auto region = repository_.region(RegionCode(wanted));
  if (!region) return std::unexpected(region.error());
  if (!*region) return fail(ErrorKind::not_found, "There is no region with this code.");
  RegionDetail detail;
  detail.region = **region;
  auto country = this->country(detail.region.country.str());
  if (!country) return std::unexpected(country.error());
  detail.country = *country;
  auto in_country = repository_.regions(RegionFilter{detail.region.country, std::nullopt});
  if (!in_country) return std::unexpected(in_country.error());
  std::unordered_map<std::string, const Region*> by_code;
  for (auto& r : *in_country) {
    by_code[r.code.str()] = &r;
    if (r.parent && *r.parent == detail.region.code) detail.children.push_back(r);
  }
  // Walk up the parents; the depth bound guards against a cycle in bad data.
  auto parent = detail.region.parent;
  for (int depth = 0; parent && depth < 8; ++depth) {
    auto it = by_code.find(parent->str());
    if (it == by_code.end()) break;
    detail.ancestors.insert(detail.ancestors.begin(), *it->second);
    parent = it->second->parent;
  }
  return detail;
}

Result<RegionLookup> ReferenceService::lookup_regions(const std::vector<std::string>& codes) {
  if (codes.empty())
    return fail(ErrorKind::unprocessable, "Give at least one region code.", "codes");
  if (codes.size() > kMaxLookupCodes)
    return fail(ErrorKind::unprocessable, "Give at most 500 region codes at a time.", "codes");
  auto all = repository_.regions(RegionFilter{});
  if (!all) return std::unexpected(all.error());
  std::unordered_map<std::string, const Region*> by_code;
  for (auto& r : *all) by_code[r.code.str()] = &r;
  RegionLookup lookup;
  for (auto& raw : codes) {
    std::string code = text::to_upper_ascii(text::trim(raw));
    auto it = by_code.find(code);
    if (it == by_code.end()) {
      lookup.unknown.push_back(raw);
    } else {
      lookup.found.push_back(*it->second);
    }
  }
  return lookup;
}

Result<std::vector<ThematicArea>> ReferenceService::areas(std::string_view lang) {
  return repository_.areas(lang);
}

Result<ThematicArea> ReferenceService::area(std::string_view code, std::string_view lang) {
  auto all = repository_.areas(lang);
  if (!all) return std::unexpected(all.error());
  std::string wanted = text::to_upper_ascii(code);
  for (auto& a : *all)
    if (a.code.str() == wanted) return a;
  return fail(ErrorKind::not_found, "There is no such thematic area.");
}

Result<std::vector<ReportingPeriod>> ReferenceService::reporting_periods() {
  return repository_.reporting_periods();
}

}  // namespace cps::reference
