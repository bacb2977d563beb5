// The assessment ports as the composition root adapts them, on both databases: people with
// their organisation's country and experience, the partners' regions, published practices
// and their coverage, and the regional analytics before any dataset is imported.
#include <gtest/gtest.h>

#include "app/assessment_surroundings.hpp"
#include "backend.hpp"
#include "domain/knowledge/testing/sample_items.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "storage/account_repository_sql.hpp"
#include "storage/complexity_store_sql.hpp"
#include "storage/knowledge_repository_sql.hpp"
#include "storage/reference_repository_sql.hpp"
#include "storage/statistics_repository_sql.hpp"

namespace cps::test {

namespace {

knowledge::KnowledgeItem practice(std::string slug, knowledge::ItemStatus status, std::vector<std::string> areas,
                                  std::vector<std::string> countries, std::int64_t updated_at) {
  knowledge::KnowledgeItem it;
  it.content = knowledge::sample_input();
  it.content.slug = std::move(slug);
  it.content.areas = std::move(areas);
  it.content.countries = std::move(countries);
  it.content.regions.clear();
  it.status = status;
  it.created_at = updated_at;
  it.updated_at = updated_at;
  return it;
}

}  // namespace

class AssessmentSurroundingsContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    auto people = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO organisations (id, slug, type, country_code, region_code, role, experience, created_at, "
           "updated_at) VALUES "
           "(1, 'rda-nord-est', 'development_agency', 'RO', 'RO21', 'project_partner', 'learning', 0, 0), "
           "(2, 'attica-cluster', 'development_agency', 'EL', 'EL30', 'lead_partner', 'experienced', 0, 0), "
           "(3, 'budapest-agency', 'development_agency', 'HU', 'HU11', 'user_group', 'experienced', 0, 0), "
           "(4, 'tirana-chamber', 'development_agency', 'AL', NULL, 'associated_partner', 'learning', 0, 0), "
           "(5, 'nord-est-two', 'development_agency', 'RO', 'RO21', 'associated_partner', 'learning', 0, 0)";
      s << "INSERT INTO users (id, display_name, organisation_id, status, created_at, updated_at) VALUES "
           "(1, 'Ana', 1, 'active', 0, 0), (2, 'Bogdan', 2, 'active', 0, 0), (3, 'Dora', NULL, 'active', 0, 0), "
           "(4, '', NULL, 'deleted', 0, 0)";
      s << "INSERT INTO role_assignments (user_id, role, scope, granted_at) VALUES "
           "(2, 'wg_coordinator', 'WG4', 0), (2, 'partner_staff', '', 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  std::unique_ptr<TestDatabase> database_;
};

TEST_F(AssessmentSurroundingsContract, a_person_comes_with_the_country_and_experience_of_their_organisation) {
  storage::SqlAccountRepository accounts(database_->db());
  app::AccountDirectory directory(accounts);

  auto bogdan = directory.person(accounts::UserId(2));
  ASSERT_TRUE(bogdan && *bogdan);
  EXPECT_EQ((*bogdan)->display_name, "Bogdan");
  EXPECT_EQ((*bogdan)->organisation, accounts::OrganisationId(2));
  ASSERT_TRUE((*bogdan)->country);
  EXPECT_EQ((*bogdan)->country->str(), "EL");
  EXPECT_EQ((*bogdan)->experience, accounts::Experience::experienced);
  EXPECT_EQ((*bogdan)->roles.size(), 2u);

  auto dora = directory.person(accounts::UserId(3));
  ASSERT_TRUE(dora && *dora);
  EXPECT_FALSE((*dora)->country);
  EXPECT_FALSE(*directory.person(accounts::UserId(4)));  // deleted
  EXPECT_FALSE(*directory.person(accounts::UserId(99)));

  auto place = directory.organisation_place(accounts::OrganisationId(1));
  ASSERT_TRUE(place && *place);
  EXPECT_EQ((*place)->first.str(), "RO");
  EXPECT_EQ((*place)->second, RegionCode("RO21"));
  EXPECT_FALSE((*directory.organisation_place(accounts::OrganisationId(4)))->second);
  EXPECT_FALSE(*directory.organisation_place(accounts::OrganisationId(99)));

  // Members: active accounts of an organisation, by display name.
  auto members = directory.members();
  ASSERT_TRUE(members);
  ASSERT_EQ(members->size(), 2u);
  EXPECT_EQ((*members)[0].display_name, "Ana");
  EXPECT_EQ((*members)[0].country, CountryCode("RO"));
  EXPECT_EQ((*members)[1].id, accounts::UserId(2));
  EXPECT_EQ((*members)[1].experience, accounts::Experience::experienced);
  EXPECT_EQ((*members)[1].roles.size(), 2u);

  // Partners' regions once each; a user group is no partner, a partner without a region
  // adds none.
  auto regions = directory.partner_regions();
  ASSERT_TRUE(regions);
  EXPECT_EQ(*regions, (std::vector<RegionCode>{RegionCode("EL30"), RegionCode("RO21")}));
}

TEST_F(AssessmentSurroundingsContract, only_published_practices_are_offered_and_counted) {
  storage::SqlKnowledgeRepository items(database_->db());
  auto create = [&](const knowledge::KnowledgeItem& it) {
    auto id = items.create(it, "created", {}, accounts::AuditRecord{});
    EXPECT_TRUE(id) << (id ? "" : id.error().detail);
    return id.value_or(knowledge::ItemId()).value();
  };
  auto older = create(practice("older", knowledge::ItemStatus::published, {"WG4"}, {"RO"}, 1000));
  auto newer = create(practice("newer", knowledge::ItemStatus::published, {"WG4", "WG1"}, {"RO", "EL"}, 2000));
  auto draft = create(practice("draft", knowledge::ItemStatus::draft, {"WG4"}, {"RO"}, 3000));
  app::KnowledgeCatalogue catalogue(items);

  auto on_wg4 = catalogue.published_on(AreaCode("WG4"), "en", 10);
  ASSERT_TRUE(on_wg4);
  ASSERT_EQ(on_wg4->size(), 2u);
  EXPECT_EQ((*on_wg4)[0].id, newer);  // newest first
  EXPECT_EQ((*on_wg4)[0].title, "Vouchers");
  EXPECT_EQ((*on_wg4)[0].slug, "newer");
  EXPECT_EQ((*on_wg4)[1].id, older);
  EXPECT_EQ(catalogue.published_on(AreaCode("WG4"), "ro", 1)->front().title, "Vouchere");
  EXPECT_TRUE(catalogue.published_on(AreaCode("WG6"), "en", 10)->empty());

  EXPECT_TRUE(*catalogue.published_item(older));
  EXPECT_FALSE(*catalogue.published_item(draft));
  EXPECT_FALSE(*catalogue.published_item(newer + 100));

  auto coverage = catalogue.coverage();
  ASSERT_TRUE(coverage);
  EXPECT_EQ(coverage->size(), 4u);
  EXPECT_EQ((coverage->at({"WG4", "RO"}).count), 2u);
  EXPECT_EQ((coverage->at({"WG4", "RO"}).newest), 2000);
  EXPECT_EQ((coverage->at({"WG1", "EL"}).count), 1u);
}

TEST_F(AssessmentSurroundingsContract, without_datasets_there_are_no_peers_and_no_coverage) {
  storage::SqlReferenceRepository reference_repository(database_->db());
  reference::ReferenceService reference(reference_repository);
  storage::SqlStatisticsRepository figures(database_->db());
  storage::SqlComplexityStore complexity(database_->db());
  statistics::StatisticsService statistics(figures, complexity, reference);
  app::RegionalFigures regional(statistics, figures, reference);

  auto peers = regional.structural_peers(RegionCode("RO21"), 5);
  ASSERT_TRUE(peers) << peers.error().message;
  EXPECT_TRUE(peers->empty());
  EXPECT_TRUE(*regional.knows_indicator("gdp"));
  EXPECT_TRUE(*regional.knows_indicator("employment-rate"));
  EXPECT_FALSE(*regional.knows_indicator("lq:C10"));  // no sectors yet
  EXPECT_FALSE(*regional.knows_indicator("population"));
  auto coverage = regional.dataset_coverage();
  ASSERT_TRUE(coverage);
  EXPECT_TRUE(coverage->empty());
}

}  // namespace cps::test
