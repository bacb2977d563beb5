// Reference data through ReferenceService with an in-memory repository: checking region
// queries, paging by cursor, a region with its ancestors and children, bulk lookups and
// thematic areas in the language asked for.
#include "domain/reference/reference_service.hpp"

#include <gtest/gtest.h>

#include "domain/reference/testing/fake_reference_repository.hpp"

namespace cps::reference {

namespace {

class ReferenceServiceTest : public ::testing::Test {
 protected:
  ReferenceServiceTest() : service_(repository_) {}

  FakeReferenceRepository repository_;
  ReferenceService service_;
};

// A raw query with only the parameters given.
struct Raw {
  std::optional<std::string> country = std::nullopt, level = std::nullopt, text = std::nullopt,
                             limit = std::nullopt, cursor = std::nullopt;
  operator RegionQueryInput() const { return {country, level, text, limit, cursor}; }
};

std::vector<std::string> codes(const std::vector<Region>& regions) {
  std::vector<std::string> out;
  for (const auto& r : regions) out.push_back(r.code.str());
  return out;
}

}  // namespace

TEST_F(ReferenceServiceTest, a_region_query_names_the_parameter_that_is_wrong) {
  using P = ReferenceService::Paging;
  EXPECT_EQ(service_.parse_region_query(Raw{.country = "XX"}, P::paged).error().field, "country");
  EXPECT_EQ(service_.parse_region_query(Raw{.level = "4"}, P::paged).error().field, "level");
  EXPECT_EQ(service_.parse_region_query(Raw{.level = "two"}, P::paged).error().field, "level");
  EXPECT_EQ(service_.parse_region_query(Raw{.text = std::string(201, 'a')}, P::paged).error().field, "q");
  EXPECT_EQ(service_.parse_region_query(Raw{.limit = "0"}, P::paged).error().field, "limit");
  EXPECT_EQ(service_.parse_region_query(Raw{.limit = "501"}, P::paged).error().field, "limit");
  EXPECT_EQ(service_.parse_region_query(Raw{.cursor = "not-a-cursor"}, P::paged).error().field, "cursor");
  auto query = service_.parse_region_query(Raw{.country = "ro", .level = "2", .text = " nord "}, P::paged);
  ASSERT_TRUE(query);
  EXPECT_EQ(query->country, CountryCode("RO"));
  EXPECT_EQ(query->level, 2);
  EXPECT_EQ(query->text, "nord");
  EXPECT_EQ(query->limit, ReferenceService::kDefaultLimit);
  // Pages get every match: limit and cursor do not apply.
  EXPECT_EQ(service_.parse_region_query(Raw{.limit = "0"}, P::all)->limit, 0u);
}

TEST_F(ReferenceServiceTest, regions_come_in_pages_joined_by_a_cursor) {
  auto first = service_.find_regions(*service_.parse_region_query(Raw{.country = "RO", .limit = "2"},
                                                                  ReferenceService::Paging::paged));
  ASSERT_TRUE(first);
  EXPECT_EQ(codes(first->regions), (std::vector<std::string>{"RO", "RO2"}));
  EXPECT_EQ(first->total, 4u);
  ASSERT_TRUE(first->next_cursor);
  auto second = service_.find_regions(*service_.parse_region_query(
      Raw{.country = "RO", .limit = "2", .cursor = *first->next_cursor}, ReferenceService::Paging::paged));
  ASSERT_TRUE(second);
  EXPECT_EQ(codes(second->regions), (std::vector<std::string>{"RO21", "RO22"}));
  EXPECT_FALSE(second->next_cursor);
}

TEST_F(ReferenceServiceTest, region_names_match_in_any_script_without_accents) {
  auto query = service_.parse_region_query(Raw{.text = "κεντρικη"}, ReferenceService::Paging::all);
  ASSERT_TRUE(query);
  EXPECT_EQ(codes(service_.find_regions(*query)->regions), std::vector<std::string>{"EL52"});
}

TEST_F(ReferenceServiceTest, a_region_comes_with_its_country_ancestors_and_children) {
  auto detail = service_.region("ro2");
  ASSERT_TRUE(detail);
  EXPECT_EQ(detail->country.name_en, "Romania");
  EXPECT_EQ(codes(detail->ancestors), std::vector<std::string>{"RO"});
  EXPECT_EQ(codes(detail->children), (std::vector<std::string>{"RO21", "RO22"}));
  EXPECT_EQ(codes(service_.region("RO21")->ancestors), (std::vector<std::string>{"RO", "RO2"}));
  EXPECT_EQ(service_.region("RO99").error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.region("'; --").error().kind, ErrorKind::not_found);
}

TEST_F(ReferenceServiceTest, a_bulk_lookup_reports_the_codes_it_does_not_know) {
  auto found = service_.lookup_regions({"ro21", " EL52 ", "XX99"});
  ASSERT_TRUE(found);
  EXPECT_EQ(codes(found->found), (std::vector<std::string>{"RO21", "EL52"}));
  EXPECT_EQ(found->unknown, std::vector<std::string>{"XX99"});
  EXPECT_EQ(service_.lookup_regions({}).error().field, "codes");
  EXPECT_EQ(service_.lookup_regions(std::vector<std::string>(501, "RO")).error().field, "codes");
}

TEST_F(ReferenceServiceTest, areas_are_in_the_language_asked_for_and_english_otherwise) {
  auto wg1 = service_.area("wg1", "ro");
  ASSERT_TRUE(wg1);
  EXPECT_EQ(wg1->name, "Domeniul 1");
  auto wg2 = service_.area("WG2", "ro");
  ASSERT_TRUE(wg2);
  EXPECT_EQ(wg2->lang, "en");
  EXPECT_EQ(service_.area("WG9", "en").error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.areas("hu")->size(), 6u);
}

TEST_F(ReferenceServiceTest, country_codes_are_found_in_either_case) {
  EXPECT_EQ(service_.country("el")->iso_code, "GR");
  EXPECT_EQ(service_.country("GR").error().kind, ErrorKind::not_found);  // Eurostat codes, not ISO
  EXPECT_EQ(to_string(CountryStatus::ipa), "ipa");
  EXPECT_EQ(parse_classification("national"), Classification::national);
  EXPECT_EQ(parse_country_status("EU"), std::nullopt);
}

}  // namespace cps::reference
