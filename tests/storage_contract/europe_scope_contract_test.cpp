// The analytics in two scopes on both databases: European regions outside the programme area
// kept as reference data (never in the partnership's region lists), complexity kept per scope
// and read back exactly, the regions most alike and the map in either scope.
#include <gtest/gtest.h>

#include <sstream>

#include "analytics/complexity.hpp"
#include "backend.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "storage/complexity_store_sql.hpp"
#include "storage/reference_repository_sql.hpp"
#include "storage/statistics_repository_sql.hpp"

namespace cps::test {

using namespace cps::statistics;

namespace {

// Eight Romanian and six other European regions, four sectors, two years, nested as in the
// statistics contract, plus an extra-regio code and a region of no European country.
std::string two_scope_file() {
  const char* regions[] = {"RO11", "RO12", "RO21", "RO22", "RO31", "RO32", "RO41",
                           "RO42", "DE11", "DE12", "FR10", "PL91", "ES30", "NL32"};
  const char* sectors[] = {"A", "C", "F", "J"};
  std::string out = "unit,nace_r2,geo\\time\t2015 \t2014 \n";
  for (int r = 0; r < 14; ++r)
    for (int s = 0; s < 4; ++s) {
      double v = (s <= (r % 8) / 2 ? 1000.0 : 20.0) + 10.0 * ((r * 7 + s * 13) % 11) + (r >= 8 ? 5.0 * r : 0.0);
      out += std::string("THS,") + sectors[s] + "," + regions[r] + "\t" + std::to_string(v) + " \t" +
             std::to_string(v * 0.9) + " \n";
    }
  out += "THS,A,DEZZ\t5 \t5 \n";
  out += "THS,A,US11\t5 \t5 \n";
  return out;
}

ImportRequest employment() {
  ImportRequest r;
  r.dataset = Dataset{0, "employment-nace", "Employment by sector", "thousand persons", "Eurostat",
                      "Source: Eurostat", 0, 0};
  r.file_name = "europe.tsv";
  r.sector_dimension = "nace_r2";
  r.select = {{"unit", "THS"}};
  return r;
}

}  // namespace

class EuropeScopeContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    reference_repository_ = std::make_unique<storage::SqlReferenceRepository>(database_->db());
    reference_ = std::make_unique<reference::ReferenceService>(*reference_repository_);
    repository_ = std::make_unique<storage::SqlStatisticsRepository>(database_->db());
    store_ = std::make_unique<storage::SqlComplexityStore>(database_->db());
    service_ = std::make_unique<StatisticsService>(*repository_, *store_, *reference_);
  }

  Result<ImportReport> import() {
    std::istringstream in(two_scope_file());
    std::vector<Issue> issues;
    auto r = employment();
    return service_->import_dataset(accounts::AccountService::command_line(), FileFormat::eurostat_tsv, in,
                                    0, r, issues);
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::SqlReferenceRepository> reference_repository_;
  std::unique_ptr<reference::ReferenceService> reference_;
  std::unique_ptr<storage::SqlStatisticsRepository> repository_;
  std::unique_ptr<storage::SqlComplexityStore> store_;
  std::unique_ptr<StatisticsService> service_;
};

TEST_F(EuropeScopeContract, the_european_regions_are_listed_apart_from_the_programme_area) {
  auto european = service_->european_regions();
  ASSERT_TRUE(european);
  EXPECT_GT(european->size(), 300u);
  ASSERT_TRUE(european->contains("DE11"));
  EXPECT_EQ(european->at("DE11").level, 2);
  EXPECT_EQ(european->at("DE11").country, "DE");
  EXPECT_EQ(european->at("DE").level, 0);
  for (const auto& [code, r] : *european) {
    EXPECT_NE(code.back(), 'Z') << code;  // extra-regio codes are no regions
    EXPECT_FALSE(code.starts_with("RO") || code.starts_with("EL") || code.starts_with("RS")) << code;
  }
  // The partnership's own lists stay the programme area's.
  auto regions = reference_->find_regions({});
  ASSERT_TRUE(regions);
  for (const auto& r : regions->regions) EXPECT_FALSE(european->contains(r.code.str())) << r.code.str();
  EXPECT_EQ(reference_->region("DE11").error().kind, ErrorKind::not_found);
}

TEST_F(EuropeScopeContract, imports_keep_european_regions_as_reference_data) {
  auto report = import();
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->version.rows, 14 * 4 * 2);
  EXPECT_EQ(report->reference, 6u * 4 * 2);
  EXPECT_EQ(report->outside_area, 4u);  // DEZZ and US11, two years each
  EXPECT_EQ(report->version.skipped, std::int64_t(6 * 4 * 2 + 4));
  auto d = service_->datasets()->front();
  ObservationQuery q;
  q.region = "FR10";
  auto rows = service_->observations(d.id, std::nullopt, q);
  ASSERT_TRUE(rows);
  EXPECT_EQ(rows->size(), 8u);
  // A file with only European reference rows has nothing about the programme area.
  std::istringstream only_europe("unit,nace_r2,geo\\time\t2015 \nTHS,A,DE11\t5 \n");
  std::vector<Issue> issues;
  auto refused = service_->import_dataset(accounts::AccountService::command_line(), FileFormat::eurostat_tsv,
                                          only_europe, 0, employment(), issues);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().field, "file");
}

TEST_F(EuropeScopeContract, complexity_is_kept_per_scope_and_read_back_exactly) {
  auto imported = import();
  ASSERT_TRUE(imported) << imported.error().message;
  const auto version = imported->version.id;
  auto d = service_->datasets()->front();
  auto programme = service_->complexity(d.id, std::nullopt, 2);
  ASSERT_TRUE(programme) << programme.error().message;
  auto europe = service_->complexity(d.id, std::nullopt, 2, Scope::europe);
  ASSERT_TRUE(europe) << europe.error().message;
  EXPECT_EQ(programme->scope, Scope::programme);
  EXPECT_EQ(europe->scope, Scope::europe);
  EXPECT_EQ(programme->regions.size(), 8u);
  EXPECT_EQ(europe->regions.size(), 14u);
  EXPECT_TRUE(std::find(europe->regions.begin(), europe->regions.end(), "PL91") != europe->regions.end());

  // Each scope's result is what analytics::compute_complexity gives for its own matrix.
  Eigen::MatrixXd values = Eigen::MatrixXd::Zero(14, 4);
  {
    auto all = service_->observations(d.id, std::nullopt, ObservationQuery{0, std::nullopt, std::nullopt, 2015, 10000, 0});
    ASSERT_TRUE(all);
    for (const auto& o : *all) {
      auto r = std::find(europe->regions.begin(), europe->regions.end(), o.region);
      auto s = std::find(europe->sectors.begin(), europe->sectors.end(), o.sector);
      if (r == europe->regions.end() || s == europe->sectors.end()) continue;
      values(r - europe->regions.begin(), s - europe->sectors.begin()) = *o.value;
    }
  }
  auto direct = analytics::compute_complexity(values);
  ASSERT_TRUE(direct);
  EXPECT_TRUE(direct->eci == europe->result.eci);
  EXPECT_TRUE(direct->cog == europe->result.cog);

  // Kept apart, read back bit for bit, forgotten one scope at a time.
  auto kept_programme = store_->find(version, 2015, 2, Scope::programme);
  auto kept_europe = store_->find(version, 2015, 2, Scope::europe);
  ASSERT_TRUE(kept_programme && *kept_programme && kept_europe && *kept_europe);
  EXPECT_EQ((*kept_europe)->scope, Scope::europe);
  EXPECT_EQ((*kept_europe)->regions, europe->regions);
  EXPECT_TRUE((*kept_europe)->result.eci == europe->result.eci);
  EXPECT_TRUE((*kept_europe)->result.density == europe->result.density);
  EXPECT_TRUE((*kept_europe)->result.proximity == europe->result.proximity);
  EXPECT_EQ((*kept_programme)->regions, programme->regions);
  EXPECT_TRUE((*kept_programme)->result.eci == programme->result.eci);
  ASSERT_TRUE(store_->forget(version, Scope::europe));
  EXPECT_FALSE(*store_->find(version, 2015, 2, Scope::europe));
  EXPECT_TRUE(*store_->find(version, 2015, 2, Scope::programme));

  // Recomputing one scope leaves the other's results alone.
  Scope only_europe[] = {Scope::europe};
  auto report = service_->recompute(accounts::AccountService::command_line(), {}, only_europe);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->computed, 2u);  // NUTS 2 in 2014 and 2015
  for (const auto& l : report->left_out) EXPECT_EQ(l.scope, Scope::europe);
  EXPECT_TRUE(*store_->find(version, 2014, 2, Scope::europe));
  EXPECT_FALSE(*store_->find(version, 2014, 2, Scope::programme));
}

TEST_F(EuropeScopeContract, regions_most_alike_and_the_map_answer_for_either_scope) {
  ASSERT_TRUE(import());
  auto programme = service_->similar_regions("RO11", 20, unsigned(Indicators::structure));
  ASSERT_TRUE(programme) << programme.error().message;
  EXPECT_EQ(programme->regions_compared, 8u);
  for (const auto& n : programme->nearest) {
    EXPECT_TRUE(n.region.starts_with("RO")) << n.region;
    EXPECT_TRUE(n.in_programme_area);
  }
  auto europe = service_->similar_regions("RO11", 20, unsigned(Indicators::structure), Scope::europe);
  ASSERT_TRUE(europe) << europe.error().message;
  EXPECT_EQ(europe->scope, Scope::europe);
  EXPECT_EQ(europe->regions_compared, 14u);
  EXPECT_EQ(europe->nearest.size(), 13u);
  std::size_t outside = 0;
  for (const auto& n : europe->nearest) {
    EXPECT_EQ(n.in_programme_area, n.region.starts_with("RO")) << n.region;
    outside += !n.in_programme_area;
  }
  EXPECT_EQ(outside, 6u);
  // A European region has peers in the European scope only.
  EXPECT_TRUE(service_->similar_regions("FR10", 3, unsigned(Indicators::structure), Scope::europe));
  EXPECT_EQ(service_->similar_regions("FR10", 3, unsigned(Indicators::structure)).error().kind,
            ErrorKind::not_found);

  auto map_programme = service_->indicator_map("eci", std::nullopt);
  auto map_europe = service_->indicator_map("eci", std::nullopt, Scope::europe);
  ASSERT_TRUE(map_programme && map_europe);
  EXPECT_EQ(map_programme->values.size(), 8u);
  EXPECT_EQ(map_europe->values.size(), 14u);
  EXPECT_FALSE(map_programme->values.contains("DE11"));
  EXPECT_TRUE(map_europe->values.contains("DE11"));
  auto lq = service_->indicator_map("lq:C", 2015, Scope::europe);
  ASSERT_TRUE(lq);
  EXPECT_EQ(lq->values.size(), 14u);
  auto sector = service_->sector_profile("C", std::nullopt, {}, Scope::europe);
  ASSERT_TRUE(sector) << sector.error().message;
  EXPECT_EQ(sector->regions_compared, 14u);
  EXPECT_EQ(sector->scope, Scope::europe);
  EXPECT_EQ(service_->sector_profile("C", std::nullopt)->regions_compared, 8u);
}

}  // namespace cps::test
