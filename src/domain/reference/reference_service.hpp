// Use cases over the reference data: browse countries and regions, read thematic areas,
// resolve region codes in bulk. Reference data is public: no access rule applies.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/reference/reference.hpp"
#include "domain/reference/reference_repository.hpp"

namespace cps::reference {

// A region query as it arrives from a form, a URL or the CLI: text still to be checked.
struct RegionQueryInput {
  std::optional<std::string> country;
  std::optional<std::string> level;
  std::optional<std::string> text;
  std::optional<std::string> limit;
  std::optional<std::string> cursor;
};

struct RegionQuery {
  std::optional<CountryCode> country;
  std::optional<int> level;
  std::string text;       // matched against codes and names in any script; empty matches all
  std::size_t limit = 0;  // 0: no limit
  std::optional<RegionCode> after;
};

struct RegionPage {
  std::vector<Region> regions;
  std::size_t total = 0;                   // matches over all pages
  std::optional<std::string> next_cursor;  // opaque; absent on the last page
};

struct RegionDetail {
  Region region;
  Country country;
  std::vector<Region> ancestors;  // from the top level down to the parent
  std::vector<Region> children;
};

struct RegionLookup {
  std::vector<Region> found;
  std::vector<std::string> unknown;
};

class ReferenceService {
 public:
  static constexpr std::size_t kDefaultLimit = 50;
  static constexpr std::size_t kMaxLimit = 500;
  static constexpr std::size_t kMaxTextLength = 200;
  static constexpr std::size_t kMaxLookupCodes = 500;

  explicit ReferenceService(ReferenceRepository& repository) : repository_(repository) {}

  // Checks a raw query: country as two letters of a known country, level 0–3, limit 1–500,
  // a cursor this service issued. Errors have kind invalid and name the parameter.
  // `paging` says whether limit and cursor apply (the API) or all matches are wanted (pages).
  enum class Paging { paged, all };
  Result<RegionQuery> parse_region_query(const RegionQueryInput& input, Paging paging);

  Result<std::vector<Country>> countries();
  Result<Country> country(std::string_view code);
  Result<RegionPage> find_regions(const RegionQuery& query);
  Result<RegionDetail> region(std::string_view code);
  Result<RegionLookup> lookup_regions(const std::vector<std::string>& codes);

  Result<std::vector<ThematicArea>> areas(std::string_view lang);
  Result<ThematicArea> area(std::string_view code, std::string_view lang);
  Result<std::vector<ReportingPeriod>> reporting_periods();

 private:
  ReferenceRepository& repository_;
};

std::string make_region_cursor(const RegionCode& last);

}  // namespace cps::reference
