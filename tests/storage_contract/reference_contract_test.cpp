// The reference data and the reference service give the same answers on both databases.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "backend.hpp"
#include "domain/reference/reference_service.hpp"
#include "storage/reference_repository_sql.hpp"

namespace cps::test {

using namespace cps::reference;

class ReferenceContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::SqlReferenceRepository>(database_->db());
    service_ = std::make_unique<ReferenceService>(*repository_);
  }
  ReferenceService& service() { return *service_; }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::SqlReferenceRepository> repository_;
  std::unique_ptr<ReferenceService> service_;
};

TEST_F(ReferenceContract, the_programme_area_has_sixteen_countries_with_their_status) {
  auto countries = service().countries();
  ASSERT_TRUE(countries);
  ASSERT_EQ(countries->size(), 16u);
  std::map<std::string, CountryStatus> status;
  for (auto& c : *countries) status[c.code.str()] = c.status;
  EXPECT_EQ(status["RO"], CountryStatus::eu);
  EXPECT_EQ(status["HR"], CountryStatus::eu);
  EXPECT_EQ(status["AL"], CountryStatus::ipa);
  EXPECT_EQ(status["RS"], CountryStatus::ipa);
  EXPECT_EQ(status["MD"], CountryStatus::other);
  auto greece = service().country("el");
  ASSERT_TRUE(greece);
  EXPECT_EQ(greece->iso_code, "GR");
  EXPECT_EQ(greece->name_native, "Ελλάδα");
  EXPECT_EQ(service().country("FR").error().kind, ErrorKind::not_found);
}

TEST_F(ReferenceContract, every_region_has_a_parent_one_level_up_in_the_same_country) {
  auto page = service().find_regions({});
  ASSERT_TRUE(page);
  EXPECT_GT(page->total, 120u);
  std::map<std::string, const Region*> by_code;
  for (auto& r : page->regions) by_code[r.code.str()] = &r;
  for (auto& r : page->regions) {
    if (r.level == 0) {
      EXPECT_FALSE(r.parent) << r.code.str();
      continue;
    }
    ASSERT_TRUE(r.parent) << r.code.str();
    auto it = by_code.find(r.parent->str());
    ASSERT_NE(it, by_code.end()) << r.code.str();
    EXPECT_EQ(it->second->level, r.level - 1) << r.code.str();
    EXPECT_EQ(it->second->country, r.country) << r.code.str();
  }
}

TEST_F(ReferenceContract, region_queries_from_the_case_file) {
  std::ifstream in(std::string(CPS_TEST_CASES_DIR) + "/region_queries.tsv");
  ASSERT_TRUE(in);
  std::string line;
  int cases = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) f.push_back(field);
    while (f.size() < 5) f.push_back("");
    RegionQueryInput input;
    if (!f[0].empty()) input.country = f[0];
    if (!f[1].empty()) input.level = f[1];
    if (!f[2].empty()) input.text = f[2];
    auto query = service().parse_region_query(input, ReferenceService::Paging::all);
    ASSERT_TRUE(query) << line << ": " << query.error().message;
    auto page = service().find_regions(*query);
    ASSERT_TRUE(page) << line;
    std::string codes;
    for (auto& r : page->regions) codes += (codes.empty() ? "" : " ") + r.code.str();
    EXPECT_EQ(codes, f[3]) << line;
    EXPECT_EQ(std::to_string(page->total), f[4]) << line;
    ++cases;
  }
  EXPECT_GE(cases, 10);
}

TEST_F(ReferenceContract, paging_with_cursors_visits_every_region_exactly_once) {
  auto all = service().find_regions({});
  ASSERT_TRUE(all);
  std::set<std::string> seen;
  std::optional<std::string> cursor;
  int pages = 0;
  do {
    auto query = service().parse_region_query(
        {std::nullopt, std::nullopt, std::nullopt, "17", cursor}, ReferenceService::Paging::paged);
    ASSERT_TRUE(query);
    auto page = service().find_regions(*query);
    ASSERT_TRUE(page);
    EXPECT_LE(page->regions.size(), 17u);
    EXPECT_EQ(page->total, all->total);
    for (auto& r : page->regions) EXPECT_TRUE(seen.insert(r.code.str()).second) << r.code.str();
    cursor = page->next_cursor;
    ASSERT_LT(++pages, 100);
  } while (cursor);
  EXPECT_EQ(seen.size(), all->total);
}

TEST_F(ReferenceContract, bad_query_parameters_are_refused_naming_the_parameter) {
  struct Case {
    RegionQueryInput input;
    const char* field;
  } cases[] = {
      {{"ZZ", {}, {}, {}, {}}, "country"},
      {{{}, "4", {}, {}, {}}, "level"},
      {{{}, "x", {}, {}, {}}, "level"},
      {{{}, {}, {}, "-1", {}}, "limit"},
      {{{}, {}, {}, "abc", {}}, "limit"},
      {{{}, {}, {}, "501", {}}, "limit"},
      {{{}, {}, {}, {}, "bm90LWEtY3Vyc29y"}, "cursor"},
      {{{}, {}, {}, {}, "!!"}, "cursor"},
      {{{}, {}, std::string(201, 'a'), {}, {}}, "q"},
      {{{}, {}, "\xff", {}, {}}, "q"},
  };
  for (auto& c : cases) {
    auto q = service().parse_region_query(c.input, ReferenceService::Paging::paged);
    ASSERT_FALSE(q) << c.field;
    EXPECT_EQ(q.error().kind, ErrorKind::invalid);
    EXPECT_EQ(q.error().field, c.field);
  }
}

TEST_F(ReferenceContract, a_region_knows_its_ancestors_and_children) {
  auto detail = service().region("ro11");
  ASSERT_TRUE(detail);
  EXPECT_EQ(detail->region.name_latin, "Nord-Vest");
  ASSERT_EQ(detail->ancestors.size(), 2u);
  EXPECT_EQ(detail->ancestors[0].code.str(), "RO");
  EXPECT_EQ(detail->ancestors[1].code.str(), "RO1");
  EXPECT_TRUE(detail->children.empty());
  auto country = service().region("RO");
  ASSERT_TRUE(country);
  EXPECT_EQ(country->children.size(), 4u);
  EXPECT_EQ(service().region("XX99").error().kind, ErrorKind::not_found);
  EXPECT_EQ(service().region("../etc").error().kind, ErrorKind::not_found);
}

TEST_F(ReferenceContract, bulk_lookup_separates_known_and_unknown_codes) {
  auto lookup = service().lookup_regions({"RO11", "hu11", "EL11", "ZZ9"});
  ASSERT_TRUE(lookup);
  ASSERT_EQ(lookup->found.size(), 2u);
  EXPECT_EQ(lookup->found[1].code.str(), "HU11");
  EXPECT_EQ(lookup->unknown, (std::vector<std::string>{"EL11", "ZZ9"}));
  EXPECT_EQ(service().lookup_regions({}).error().kind, ErrorKind::unprocessable);
  EXPECT_EQ(service().lookup_regions(std::vector<std::string>(501, "RO11")).error().kind,
            ErrorKind::unprocessable);
}

TEST_F(ReferenceContract, thematic_areas_exist_in_every_ui_language_and_fall_back_to_english) {
  for (const char* lang : {"en", "ro", "sq", "hu", "el"}) {
    auto areas = service().areas(lang);
    ASSERT_TRUE(areas);
    ASSERT_EQ(areas->size(), 6u) << lang;
    EXPECT_EQ(areas->front().code.str(), "WG1");
    for (auto& a : *areas) {
      EXPECT_EQ(a.lang, lang);
      EXPECT_FALSE(a.name.empty());
      EXPECT_FALSE(a.description_markdown.empty());
    }
  }
  auto german = service().areas("de");
  ASSERT_TRUE(german);
  ASSERT_EQ(german->size(), 6u);
  EXPECT_EQ(german->front().lang, "en");
  auto ro = service().area("wg5", "ro");
  ASSERT_TRUE(ro);
  EXPECT_NE(ro->name, german->at(4).name);
}

TEST_F(ReferenceContract, six_reporting_periods_follow_each_other) {
  auto periods = service().reporting_periods();
  ASSERT_TRUE(periods);
  ASSERT_EQ(periods->size(), 6u);
  for (std::size_t i = 1; i < periods->size(); ++i)
    EXPECT_LT((*periods)[i - 1].ends_on, (*periods)[i].starts_on);
}

}  // namespace cps::test
