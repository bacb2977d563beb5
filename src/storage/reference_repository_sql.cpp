#include "storage/reference_repository_sql.hpp"

#include "storage/sql_query.hpp"

namespace cps::storage {

using namespace cps::reference;

namespace {

constexpr const char* kRegionColumns =
    "SELECT code, level, country_code, parent_code, name_latin, name_native, classification "
    "FROM regions";

Region read_region(const soci::row& row) {
  Region r;
  r.code = RegionCode(get_text(row, 0));
  r.level = int(get_int(row, 1));
  r.country = CountryCode(get_text(row, 2));
  if (auto parent = get_optional_text(row, 3)) r.parent = RegionCode(*parent);
  r.name_latin = get_text(row, 4);
  r.name_native = get_text(row, 5);
  r.classification = parse_classification(get_text(row, 6)).value_or(Classification::national);
  return r;
}

}  // namespace

Result<std::vector<Country>> SqlReferenceRepository::countries() {
  return db_.with_session([](soci::session& s) {
    std::vector<Country> out;
    soci::rowset<soci::row> rows = (s.prepare << "SELECT code, iso_code, status, name_en, "
                                                 "name_native, native_language FROM countries "
                                                 "ORDER BY position, code");
    for (const auto& row : rows) {
      Country c;
      c.code = CountryCode(get_text(row, 0));
      c.iso_code = get_text(row, 1);
      c.status = parse_country_status(get_text(row, 2)).value_or(CountryStatus::other);
      c.name_en = get_text(row, 3);
      c.name_native = get_text(row, 4);
      c.native_language = get_text(row, 5);
      out.push_back(std::move(c));
    }
    return out;
  });
}

Result<std::vector<Region>> SqlReferenceRepository::regions(const RegionFilter& filter) {
  return db_.with_session([&](soci::session& s) {
    std::vector<Region> out;
    SqlQuery q;
    q.sql(kRegionColumns).sql(" WHERE 1 = 1");
    if (filter.country) q.sql(" AND country_code = ").text(filter.country->str());
    if (filter.level) q.sql(" AND level = ").integer(*filter.level);
    q.sql(" ORDER BY code");
    soci::rowset<soci::row> rows = q.rows(s);
    for (const auto& row : rows) out.push_back(read_region(row));
    return out;
  });
}

Result<std::optional<Region>> SqlReferenceRepository::region(const RegionCode& code) {
  return db_.with_session([&](soci::session& s) {
    std::optional<Region> out;
    std::string c = code.str();
    soci::rowset<soci::row> rows =
        (s.prepare << std::string(kRegionColumns) + " WHERE code = :code", soci::use(c, "code"));
    for (const auto& row : rows) out = read_region(row);
    return out;
  });
}

Result<std::vector<ThematicArea>> SqlReferenceRepository::areas(std::string_view lang) {
  return db_.with_session([&](soci::session& s) {
    std::vector<ThematicArea> out;
    std::string l(lang);
    // The asked language where it exists, English otherwise: one row per area.
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT a.code, a.position, t.lang, t.name, t.summary, t.description "
                      "FROM thematic_areas a JOIN thematic_area_texts t ON t.area_code = a.code "
                      "WHERE t.lang = :l1 OR (t.lang = 'en' AND NOT EXISTS ("
                      "  SELECT 1 FROM thematic_area_texts o WHERE o.area_code = a.code AND o.lang "
                      "= :l2)) "
                      "ORDER BY a.position",
         soci::use(l, "l1"), soci::use(l, "l2"));
    for (const auto& row : rows) {
      ThematicArea a;
      a.code = AreaCode(get_text(row, 0));
      a.position = int(get_int(row, 1));
      a.lang = get_text(row, 2);
      a.name = get_text(row, 3);
      a.summary = get_text(row, 4);
      a.description_markdown = get_text(row, 5);
      out.push_back(std::move(a));
    }
    return out;
  });
}

Result<std::vector<ReportingPeriod>> SqlReferenceRepository::reporting_periods() {
  return db_.with_session([](soci::session& s) {
    std::vector<ReportingPeriod> out;
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT number, starts_on, ends_on FROM reporting_periods ORDER BY number");
    for (const auto& row : rows)
      out.push_back({int(get_int(row, 0)), get_text(row, 1), get_text(row, 2)});
    return out;
  });
}

}  // namespace cps::storage
