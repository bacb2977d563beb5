// The in-memory reference data: what the SQL repository reads from its tables, from vectors.
#include "domain/reference/testing/fake_reference_repository.hpp"

#include <algorithm>

namespace cps::reference {

namespace {

Region region_row(std::string code, int level, std::string country, std::optional<std::string> parent,
                  std::string latin, std::string native) {
  Region r;
  r.code = RegionCode(std::move(code));
  r.level = level;
  r.country = CountryCode(std::move(country));
  if (parent) r.parent = RegionCode(std::move(*parent));
  r.name_latin = std::move(latin);
  r.name_native = std::move(native);
  return r;
}

}  // namespace

FakeReferenceRepository::FakeReferenceRepository() {
  country_rows = {{CountryCode("RO"), "RO", CountryStatus::eu, "Romania", "România", "ro"},
                  {CountryCode("EL"), "GR", CountryStatus::eu, "Greece", "Ελλάδα", "el"},
                  {CountryCode("HU"), "HU", CountryStatus::eu, "Hungary", "Magyarország", "hu"}};
  region_rows = {region_row("RO22", 2, "RO", "RO2", "Sud-Est", "Sud-Est"),
                 region_row("RO", 0, "RO", std::nullopt, "Romania", "România"),
                 region_row("RO2", 1, "RO", "RO", "Macroregiunea Doi", "Macroregiunea Doi"),
                 region_row("RO21", 2, "RO", "RO2", "Nord-Est", "Nord-Est"),
                 region_row("EL", 0, "EL", std::nullopt, "Greece", "Ελλάδα"),
                 region_row("EL5", 1, "EL", "EL", "Voreia Ellada", "Βόρεια Ελλάδα"),
                 region_row("EL52", 2, "EL", "EL5", "Kentriki Makedonia", "Κεντρική Μακεδονία"),
                 region_row("HU", 0, "HU", std::nullopt, "Hungary", "Magyarország")};
  for (int i = 1; i <= 6; ++i)
    area_rows.push_back({AreaCode("WG" + std::to_string(i)), i, "en", "Area " + std::to_string(i), "", ""});
  area_rows.push_back({AreaCode("WG1"), 1, "ro", "Domeniul 1", "", ""});
  period_rows = {{1, "2026-01-01", "2026-06-30"}, {2, "2026-07-01", "2026-12-31"}};
}

Result<std::vector<Country>> FakeReferenceRepository::countries() { return country_rows; }

Result<std::vector<Region>> FakeReferenceRepository::regions(const RegionFilter& filter) {
  std::vector<Region> out;
  for (const auto& r : region_rows)
    if ((!filter.country || r.country == *filter.country) && (!filter.level || r.level == *filter.level))
      out.push_back(r);
  std::sort(out.begin(), out.end(), [](const Region& a, const Region& b) { return a.code < b.code; });
  return out;
}

Result<std::optional<Region>> FakeReferenceRepository::region(const RegionCode& code) {
  for (const auto& r : region_rows)
    if (r.code == code) return std::optional<Region>(r);
  return std::optional<Region>();
}

Result<std::vector<ThematicArea>> FakeReferenceRepository::areas(std::string_view lang) {
  std::vector<ThematicArea> out;
  for (const auto& english : area_rows) {
    if (english.lang != "en") continue;
    auto wanted = std::find_if(area_rows.begin(), area_rows.end(),
                               [&](const ThematicArea& a) { return a.code == english.code && a.lang == lang; });
    out.push_back(wanted != area_rows.end() ? *wanted : english);
  }
  std::sort(out.begin(), out.end(),
            [](const ThematicArea& a, const ThematicArea& b) { return a.position < b.position; });
  return out;
}

Result<std::vector<ReportingPeriod>> FakeReferenceRepository::reporting_periods() { return period_rows; }

}  // namespace cps::reference
