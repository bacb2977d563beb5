#include "storage/cluster_categories_sql.hpp"

#include "storage/data_epoch.hpp"

namespace cps::storage {

using statistics::ClusterCategory;

Result<std::vector<ClusterCategory>> SqlClusterCategoryRepository::all() {
  return db_.with_session([](soci::session& s) {
    std::vector<ClusterCategory> out;
    soci::rowset<soci::row> rows =
        s.prepare
        << "SELECT nace_division, section, category FROM cluster_categories ORDER BY nace_division";
    for (const auto& row : rows) {
      std::string section = get_text(row, 1);
      out.push_back({get_text(row, 0), section.empty() ? '?' : section[0], get_text(row, 2)});
    }
    return out;
  });
}

Status SqlClusterCategoryRepository::replace_all(const std::vector<ClusterCategory>& rows) {
  return db_.transaction([&](soci::session& s) {
    s << "DELETE FROM cluster_categories";
    for (const auto& r : rows) {
      std::string section(1, r.section);
      s << "INSERT INTO cluster_categories (nace_division, section, category) VALUES (:d, :s, :c)",
          soci::use(r.division), soci::use(section), soci::use(r.category);
    }
    DataEpoch::bump(s);
  });
}

Status SqlClusterCategoryRepository::put(const ClusterCategory& r) {
  std::string section(1, r.section);
  return db_.transaction([&](soci::session& s) {
    s << "INSERT INTO cluster_categories (nace_division, section, category) VALUES (:d, :s, :c) "
         "ON CONFLICT (nace_division) DO UPDATE SET section = excluded.section, category = "
         "excluded.category",
        soci::use(r.division), soci::use(section), soci::use(r.category);
    DataEpoch::bump(s);
  });
}

Result<bool> SqlClusterCategoryRepository::remove(const std::string& division) {
  return db_.transaction([&](soci::session& s) {
    soci::statement st = (s.prepare << "DELETE FROM cluster_categories WHERE nace_division = :d",
                          soci::use(division));
    st.execute(true);
    bool removed = st.get_affected_rows() > 0;
    if (removed) DataEpoch::bump(s);
    return removed;
  });
}

}  // namespace cps::storage
