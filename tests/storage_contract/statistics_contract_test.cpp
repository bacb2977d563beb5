// Importing and reading regional statistics on both databases: what is kept, renamed,
// counted outside the programme area or reported; versions; the cluster mapping.
#include <gtest/gtest.h>

#include <sstream>

#include "backend.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "storage/reference_repository_sql.hpp"
#include "storage/complexity_store_sql.hpp"
#include "storage/statistics_repository_sql.hpp"

namespace cps::test {

using namespace cps::statistics;

namespace {

const char* kFile =
    "unit,nace_r2,geo\\time\t2015 \t2014 \n"
    "THS,A,RO21\t800 \t790 b\n"
    "THS,C,RO21\t200 \t210 \n"
    "THS,A,RO22\t100 \t: c\n"
    "THS,C,RO22\t900 \t880 \n"
    "THS,A,EL11\t50 \t55 \n"     // NUTS 2013 code of EL51: renamed
    "THS,C,EL11\t60 \t65 \n"
    "THS,A,DE11\t70 \t75 \n"     // outside the programme area: kept as European reference data
    "THS,A,USZZ\t70 \t75 \n"     // no European region: outside
    "THS,A,HU10\t300 \t310 \n"   // split in NUTS 2016: reported
    "THS,A,RO99\t1 \t2 \n";      // no such region: reported

ImportRequest request(std::string code = "employment-nace") {
  ImportRequest r;
  r.dataset = Dataset{0, std::move(code), "Employment by sector", "thousand persons", "Eurostat",
                      "Source: Eurostat", 0, 0};
  r.file_name = "test.tsv";
  r.sector_dimension = "nace_r2";
  r.select = {{"unit", "THS"}};
  return r;
}

}  // namespace

class StatisticsContract : public ::testing::Test {
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

  Result<ImportReport> import(const ImportRequest& r, std::vector<Issue>& issues,
                              const accounts::Principal& who = accounts::AccountService::command_line()) {
    std::istringstream in(kFile);
    return service_->import_dataset(who, FileFormat::eurostat_tsv, in, 0, r, issues);
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::SqlReferenceRepository> reference_repository_;
  std::unique_ptr<reference::ReferenceService> reference_;
  std::unique_ptr<storage::SqlStatisticsRepository> repository_;
  std::unique_ptr<storage::SqlComplexityStore> store_;
  std::unique_ptr<StatisticsService> service_;
};

TEST_F(StatisticsContract, a_file_with_problems_is_refused_whole_and_nothing_is_stored) {
  std::vector<Issue> issues;
  auto report = import(request(), issues);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().kind, ErrorKind::unprocessable);
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].line, 10u);
  EXPECT_EQ(issues[0].text, "HU10");
  EXPECT_EQ(issues[1].line, 11u);
  EXPECT_EQ(issues[1].text, "RO99");
  EXPECT_TRUE(service_->datasets()->empty());
}

TEST_F(StatisticsContract, valid_rows_are_kept_older_codes_renamed_and_other_countries_counted) {
  auto r = request();
  r.invalid_rows = InvalidRows::skip;
  std::vector<Issue> issues;
  auto report = import(r, issues);
  ASSERT_TRUE(report) << report.error().message;
  // RO21, RO22 and EL51, two sectors, two years; DE11's two years as reference data.
  EXPECT_EQ(report->version.rows, 14);
  EXPECT_EQ(report->reference, 2u);
  EXPECT_EQ(report->outside_area, 2u);  // USZZ
  EXPECT_EQ(report->version.skipped, 4);  // every row outside the programme area
  EXPECT_EQ(report->renamed, 4u);
  EXPECT_EQ(report->version.first_year, 2014);
  EXPECT_EQ(report->version.last_year, 2015);
  auto datasets = service_->datasets();
  ASSERT_TRUE(datasets);
  ASSERT_EQ(datasets->size(), 1u);
  const Dataset& d = datasets->front();
  ObservationQuery q;
  q.region = "EL51";
  auto rows = service_->observations(d.id, std::nullopt, q);
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 4u);
  q.region = "RO22";
  q.year = 2014;
  q.sector = "A";
  rows = service_->observations(d.id, std::nullopt, q);
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_FALSE(rows->front().value);  // ':' stays unknown
  EXPECT_EQ(rows->front().flags, "c");
}

TEST_F(StatisticsContract, a_new_import_is_a_new_version_and_old_versions_stay_readable) {
  auto r = request();
  r.invalid_rows = InvalidRows::skip;
  std::vector<Issue> issues;
  auto first = import(r, issues);
  auto second = import(r, issues);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->version.number, 1);
  EXPECT_EQ(second->version.number, 2);
  auto d = service_->datasets()->front();
  EXPECT_EQ(d.versions, 2);
  EXPECT_EQ(d.current_version, second->version.id);
  auto old_rows = service_->observations(d.id, first->version.id, {});
  ASSERT_TRUE(old_rows);
  EXPECT_EQ(old_rows->size(), 14u);
  EXPECT_EQ(service_->observations(d.id, 999999, {}).error().field, "version");
}

TEST_F(StatisticsContract, only_administrators_import) {
  accounts::Principal staff;
  staff.via = accounts::Principal::Via::session;
  staff.user = accounts::UserId(7);
  staff.label = "ana@rda.example";
  staff.roles = {{accounts::Role::partner_staff, ""}};
  std::vector<Issue> issues;
  EXPECT_EQ(import(request(), issues, staff).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(import(request("Bad Code!"), issues).error().field, "code");
}

TEST_F(StatisticsContract, clusters_of_a_region_compare_it_with_the_regions_of_its_level) {
  auto r = request();
  r.invalid_rows = InvalidRows::skip;
  std::vector<Issue> issues;
  ASSERT_TRUE(import(r, issues));
  auto d = service_->datasets()->front();
  auto c = service_->region_clusters("RO21", d.id, std::nullopt);
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->year, 2015);
  EXPECT_EQ(c->regions_compared, 3u);  // RO21, RO22, EL51
  ASSERT_EQ(c->sectors.size(), 2u);
  const auto& a = c->sectors.front().sector == "A" ? c->sectors.front() : c->sectors.back();
  // RO21: 800 of 1000 in A; the three regions: 950 of 2110 in A.
  EXPECT_NEAR(a.share, 0.8, 1e-12);
  EXPECT_NEAR(a.lq, 0.8 / (950.0 / 2110.0), 1e-12);
  EXPECT_TRUE(a.size);
  ASSERT_TRUE(a.growth);
  EXPECT_NEAR(*a.growth, 10.0, 1e-9);
  EXPECT_EQ(service_->region_clusters("RO21", d.id, 1999).error().field, "year");
  EXPECT_EQ(service_->region_clusters("BG31", d.id, std::nullopt).error().kind, ErrorKind::not_found);
}

namespace {

// Eight Romanian regions, four sectors, two years: enough for a connected complexity network.
std::string complexity_file() {
  const char* regions[] = {"RO11", "RO12", "RO21", "RO22", "RO31", "RO32", "RO41", "RO42"};
  const char* sectors[] = {"A", "C", "F", "J"};
  std::string out = "unit,nace_r2,geo\\time\t2015 \t2014 \n";
  for (int r = 0; r < 8; ++r)
    for (int s = 0; s < 4; ++s) {
      // Region r is strong in the sectors up to its rank: a nested structure.
      double v = (s <= r / 2 ? 1000.0 : 20.0) + 10.0 * ((r * 7 + s * 13) % 11);
      out += std::string("THS,") + sectors[s] + "," + regions[r] + "\t" + std::to_string(v) + " \t" +
             std::to_string(v * 0.9) + " \n";
    }
  return out;
}

}  // namespace

TEST_F(StatisticsContract, complexity_is_kept_with_its_dataset_version_and_read_back_exactly) {
  std::istringstream in(complexity_file());
  std::vector<Issue> issues;
  auto first = service_->import_dataset(accounts::AccountService::command_line(), FileFormat::eurostat_tsv, in, 0, request(), issues);
  ASSERT_TRUE(first) << first.error().message;
  auto d = service_->datasets()->front();
  EXPECT_FALSE(*store_->find(first->version.id, 2015, 2, Scope::programme));
  auto computed = service_->complexity(d.id, std::nullopt, 2);
  ASSERT_TRUE(computed) << computed.error().message;
  EXPECT_EQ(computed->version, first->version.id);
  auto kept = store_->find(first->version.id, 2015, 2, Scope::programme);
  ASSERT_TRUE(kept && *kept);
  // Read back bit for bit: the same figures whether computed now or kept.
  EXPECT_EQ((*kept)->regions, computed->regions);
  EXPECT_EQ((*kept)->sectors, computed->sectors);
  EXPECT_TRUE((*kept)->result.eci == computed->result.eci);
  EXPECT_TRUE((*kept)->result.cog == computed->result.cog);
  EXPECT_TRUE((*kept)->result.proximity == computed->result.proximity);
  EXPECT_EQ((*kept)->computed_at, computed->computed_at);
  auto served = service_->complexity(d.id, std::nullopt, 2);
  ASSERT_TRUE(served);
  EXPECT_TRUE(served->result.density == computed->result.density);
  EXPECT_EQ(served->dataset.code, "employment-nace");
  // Keeping the same result again (a second server) leaves the first one.
  EXPECT_TRUE(store_->keep(*computed));

  // A new version has results of its own; the old version's stay.
  std::istringstream again(complexity_file());
  auto second = service_->import_dataset(accounts::AccountService::command_line(), FileFormat::eurostat_tsv, again, 0, request(), issues);
  ASSERT_TRUE(second);
  EXPECT_FALSE(*store_->find(second->version.id, 2015, 2, Scope::programme));
  ASSERT_TRUE(service_->complexity(d.id, 2014, 2));
  EXPECT_TRUE(*store_->find(second->version.id, 2014, 2, Scope::programme));
  EXPECT_TRUE(*store_->find(first->version.id, 2015, 2, Scope::programme));
}

TEST_F(StatisticsContract, recompute_keeps_every_year_and_level_and_reports_what_it_cannot_compute) {
  std::istringstream in(complexity_file());
  std::vector<Issue> issues;
  auto imported = service_->import_dataset(accounts::AccountService::command_line(), FileFormat::eurostat_tsv, in, 0, request(), issues);
  ASSERT_TRUE(imported);
  accounts::Principal staff;
  staff.label = "ana@rda.example";
  staff.roles = {{accounts::Role::partner_staff, ""}};
  EXPECT_EQ(service_->recompute(staff).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_->recompute(accounts::Principal{}).error().kind, ErrorKind::unauthenticated);
  std::size_t last = 0, total = 0;
  auto report = service_->recompute(accounts::AccountService::command_line(), [&](std::size_t done, std::size_t all, const char*) {
    EXPECT_EQ(done, last + 1);
    last = done;
    total = all;
  });
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(total, 12u);  // two years × three levels × two scopes
  EXPECT_EQ(last, 12u);
  // NUTS 2: both years computed in both scopes; levels 0 and 1 have no figures in the file.
  EXPECT_EQ(report->computed, 4u);
  EXPECT_EQ(report->left_out.size(), 8u);
  for (int year : {2014, 2015}) EXPECT_TRUE(*store_->find(imported->version.id, year, 2, Scope::programme));
  EXPECT_FALSE(*store_->find(imported->version.id, 2015, 1, Scope::programme));
}

}  // namespace cps::test
