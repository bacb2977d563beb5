// The cluster categories of NACE divisions through ClusterCategoryService with an in-memory
// repository: only those who manage statistics change the table, a file with any problem
// changes nothing, and a sector of the data lists the categories of its sections.
#include "domain/statistics/cluster_categories.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "domain/statistics/testing/fake_cluster_category_repository.hpp"

namespace cps::statistics {

namespace {

accounts::Principal member_with(accounts::Role role) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(5);
  p.label = "someone@example.org";
  p.roles = {{role, ""}};
  return p;
}

class ClusterCategoriesTest : public ::testing::Test {
 protected:
  Result<std::size_t> load(const accounts::Principal& who, const std::string& csv) {
    std::istringstream in(csv);
    issues_.clear();
    return service_.load(who, in, issues_);
  }

  FakeClusterCategoryRepository repository_;
  ClusterCategoryService service_{repository_};
  std::vector<Issue> issues_;
  const accounts::Principal admin_ = member_with(accounts::Role::platform_admin);
};

}  // namespace

TEST_F(ClusterCategoriesTest, only_those_who_manage_statistics_change_the_table) {
  const std::string csv = "nace_division,section,category\n29,C,Automotive\n";
  EXPECT_EQ(load(accounts::Principal{}, csv).error().kind, ErrorKind::unauthenticated);
  EXPECT_EQ(load(member_with(accounts::Role::lead_coordinator), csv).error().kind, ErrorKind::forbidden);
  accounts::Principal read_token = admin_;
  read_token.via = accounts::Principal::Via::api_token;
  read_token.token_scope = accounts::TokenScope::read;
  EXPECT_EQ(service_.put(read_token, {"29", 'C', "Automotive"}).error().kind, ErrorKind::forbidden);
  EXPECT_TRUE(service_.categories()->empty());
  EXPECT_EQ(*load(admin_, csv), 1u);
  EXPECT_EQ(service_.remove(member_with(accounts::Role::wg_coordinator), "29").error().kind, ErrorKind::forbidden);
}

TEST_F(ClusterCategoriesTest, a_file_with_any_problem_changes_nothing_and_names_line_and_column) {
  ASSERT_TRUE(load(admin_, "nace_division,section,category\n10,C,Food Processing\n"));
  auto refused = load(admin_,
                      "nace_division,section,category\r\n"
                      "29,C,Automotive\r\n"
                      "2a,C,Bad division\r\n"
                      "30,Z,Bad section\r\n"
                      "29,C,Twice\r\n"
                      "31,C\r\n");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::unprocessable);
  ASSERT_EQ(issues_.size(), 4u);
  EXPECT_EQ(issues_[0].line, 3u);
  EXPECT_EQ(issues_[0].column, 1u);
  EXPECT_EQ(issues_[1].line, 4u);
  EXPECT_EQ(issues_[1].column, 2u);
  EXPECT_EQ(issues_[2].line, 5u);
  EXPECT_EQ(issues_[3].line, 6u);
  ASSERT_EQ(service_.categories()->size(), 1u);
  EXPECT_EQ(service_.categories()->front().category, "Food Processing");
  EXPECT_EQ(load(admin_, "division,category\n").error().field, "file");
  EXPECT_EQ(load(admin_, "").error().field, "file");
}

TEST_F(ClusterCategoriesTest, one_row_is_checked_changed_and_removed) {
  EXPECT_EQ(service_.put(admin_, {"9", 'C', "Automotive"}).error().field, "division");
  EXPECT_EQ(service_.put(admin_, {"29", 'c', "Automotive"}).error().field, "section");
  EXPECT_EQ(service_.put(admin_, {"29", 'C', "  "}).error().field, "category");
  ASSERT_TRUE(service_.put(admin_, {" 29 ", 'C', " Automotive "}));
  ASSERT_TRUE(service_.put(admin_, {"29", 'C', "Automotive and vehicles"}));
  auto rows = service_.categories();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(rows->front().division, "29");
  EXPECT_EQ(rows->front().category, "Automotive and vehicles");
  EXPECT_TRUE(service_.remove(admin_, "29"));
  EXPECT_EQ(service_.remove(admin_, "29").error().kind, ErrorKind::not_found);
}

TEST_F(ClusterCategoriesTest, a_sector_lists_the_categories_of_the_divisions_in_its_sections) {
  ASSERT_TRUE(load(admin_,
                   "nace_division,section,category\n"
                   "29,C,Automotive\n10,C,Food Processing\n35,D,Electric Power\n62,J,IT\n"));
  auto categories = [&](std::string_view sector) {
    std::vector<std::string> out;
    auto rows = service_.categories_of_sector(sector);
    for (const auto& row : *rows) out.push_back(row.category);
    return out;
  };
  EXPECT_EQ(categories("C"), (std::vector<std::string>{"Automotive", "Food Processing"}));
  EXPECT_EQ(categories("B-E"), (std::vector<std::string>{"Automotive", "Electric Power", "Food Processing"}));
  EXPECT_EQ(categories("C_J"), (std::vector<std::string>{"Automotive", "Food Processing", "IT"}));
  EXPECT_TRUE(categories("TOTAL").empty());
}

}  // namespace cps::statistics
