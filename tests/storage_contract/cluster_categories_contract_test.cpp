// The NACE division → cluster category table on both databases: a load replaces the whole
// table or nothing, rows are added, changed and removed, and only administrators change it.
#include <gtest/gtest.h>

#include <sstream>

#include "backend.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/statistics/cluster_categories.hpp"
#include "storage/cluster_categories_sql.hpp"

namespace cps::test {

using namespace cps::statistics;

class ClusterCategoriesContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::SqlClusterCategoryRepository>(database_->db());
    service_ = std::make_unique<ClusterCategoryService>(*repository_);
  }

  Result<std::size_t> load(const std::string& text, std::vector<Issue>& issues,
                           const accounts::Principal& who = accounts::AccountService::command_line()) {
    std::istringstream in(text);
    return service_->load(who, in, issues);
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::SqlClusterCategoryRepository> repository_;
  std::unique_ptr<ClusterCategoryService> service_;
};

TEST_F(ClusterCategoriesContract, a_load_replaces_the_table_and_a_file_with_problems_changes_nothing) {
  std::vector<Issue> issues;
  auto loaded = load("nace_division,section,category\r\n29,C,Automotive\r\n10,C,Food Processing and Manufacturing\r\n"
                     "58,J,\"Marketing, Design, and Publishing\"\r\n62,J,Business Services\r\n",
                     issues);
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_EQ(*loaded, 4u);
  auto all = service_->categories();
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 4u);
  EXPECT_EQ(all->front().division, "10");  // by division
  EXPECT_EQ((*all)[2].category, "Marketing, Design, and Publishing");

  auto refused = load("nace_division,section,category\n30,C,Aerospace Vehicles and Defense\n3,C,Bad\n", issues);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::unprocessable);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].line, 3u);
  EXPECT_EQ(issues[0].column, 1u);
  EXPECT_EQ(service_->categories()->size(), 4u);  // the first load stands, whole

  issues.clear();
  EXPECT_FALSE(load("division,category\n29,Automotive\n", issues));
  EXPECT_EQ(service_->categories()->size(), 4u);
}

TEST_F(ClusterCategoriesContract, rows_are_put_and_removed_and_sectors_see_their_divisions) {
  const auto admin = accounts::AccountService::command_line();
  ASSERT_TRUE(service_->put(admin, {"29", 'C', "Automotive"}));
  ASSERT_TRUE(service_->put(admin, {"62", 'J', "Business Services"}));
  ASSERT_TRUE(service_->put(admin, {"29", 'C', "  Automotive and mobility "}));  // changed, trimmed
  ASSERT_TRUE(service_->put(admin, {"46", 'G', "Distribution and Electronic Commerce"}));
  auto c = service_->categories_of_sector("C");
  ASSERT_TRUE(c);
  ASSERT_EQ(c->size(), 1u);
  EXPECT_EQ(c->front().category, "Automotive and mobility");
  EXPECT_EQ(service_->categories_of_sector("B-E")->size(), 1u);
  EXPECT_EQ(service_->categories_of_sector("G-I")->size(), 1u);
  EXPECT_EQ(service_->categories_of_sector("M_N")->size(), 0u);
  EXPECT_EQ(service_->categories_of_sector("TOTAL")->size(), 0u);
  EXPECT_EQ(service_->put(admin, {"9", 'C', "x"}).error().field, "division");
  EXPECT_EQ(service_->put(admin, {"09", 'Z', "x"}).error().field, "section");
  EXPECT_EQ(service_->put(admin, {"09", 'B', " "}).error().field, "category");
  EXPECT_TRUE(service_->remove(admin, "62"));
  EXPECT_EQ(service_->remove(admin, "62").error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_->categories()->size(), 2u);
}

TEST_F(ClusterCategoriesContract, only_administrators_and_writing_tokens_change_the_table) {
  accounts::Principal staff;
  staff.user = accounts::UserId(7);
  staff.label = "ana@rda.example";
  staff.roles = {{accounts::Role::partner_staff, ""}};
  EXPECT_EQ(service_->put(staff, {"29", 'C', "Automotive"}).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_->put(accounts::Principal{}, {"29", 'C', "Automotive"}).error().kind, ErrorKind::unauthenticated);
  accounts::Principal reader = accounts::AccountService::command_line();
  reader.via = accounts::Principal::Via::api_token;
  reader.token_scope = accounts::TokenScope::read;
  EXPECT_EQ(service_->put(reader, {"29", 'C', "Automotive"}).error().kind, ErrorKind::forbidden);
  std::vector<Issue> issues;
  EXPECT_EQ(load("nace_division,section,category\n29,C,Automotive\n", issues, staff).error().kind, ErrorKind::forbidden);
  EXPECT_TRUE(service_->categories()->empty());
}

TEST(NaceSections, sector_codes_of_the_data_name_their_sections) {
  EXPECT_EQ(sections_of("C"), (std::vector<char>{'C'}));
  EXPECT_EQ(sections_of("B-E"), (std::vector<char>{'B', 'C', 'D', 'E'}));
  EXPECT_EQ(sections_of("M_N"), (std::vector<char>{'M', 'N'}));
  EXPECT_TRUE(sections_of("TOTAL").empty());
  EXPECT_TRUE(sections_of("E-B").empty());
  EXPECT_TRUE(sections_of("").empty());
}

}  // namespace cps::test
