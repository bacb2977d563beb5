// The pilots' port as the composition root adapts it, on both databases: organisations named
// in English, people by their display name, transferred items in any state with their title in
// the language asked, the reporting periods the monitoring keeps, regions as stored and the
// criteria of the latest assessment framework.
#include <gtest/gtest.h>

#include "app/pilot_surroundings.hpp"
#include "backend.hpp"
#include "domain/knowledge/testing/sample_items.hpp"
#include "storage/account_repository_sql.hpp"
#include "storage/assessment_repository_sql.hpp"
#include "storage/knowledge_repository_sql.hpp"
#include "storage/monitoring_repository_sql.hpp"
#include "storage/reference_repository_sql.hpp"

namespace cps::test {

namespace {

assessment::Criterion criterion(std::string code, std::string area) {
  assessment::Criterion c;
  c.code = std::move(code);
  c.area = AreaCode(std::move(area));
  c.position = 1;
  c.weight = 1;
  c.texts = {{"en", c.code + " title", "", "", "", "", "", ""}};
  return c;
}

assessment::Framework framework(int version, std::vector<assessment::Criterion> criteria) {
  assessment::Framework f;
  f.version = version;
  f.divergence = 2;
  f.created_at = version;
  f.criteria = std::move(criteria);
  return f;
}

}  // namespace

class PilotSurroundingsContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    auto people = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO organisations (id, slug, type, country_code, region_code, role, experience, created_at, "
           "updated_at) VALUES "
           "(1, 'rda-nord-est', 'development_agency', 'RO', 'RO21', 'project_partner', 'learning', 0, 0), "
           "(2, 'tirana-chamber', 'development_agency', 'AL', NULL, 'associated_partner', 'learning', 0, 0)";
      s << "INSERT INTO organisation_texts (organisation_id, lang, name) VALUES "
           "(1, 'ro', 'ADR Nord-Est'), (1, 'en', 'RDA North-East'), (2, 'en', 'Tirana Chamber')";
      s << "INSERT INTO users (id, display_name, organisation_id, status, created_at, updated_at) VALUES "
           "(1, 'Ana', 1, 'active', 0, 0), (2, '', NULL, 'deleted', 0, 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
    accounts_ = std::make_unique<storage::SqlAccountRepository>(database_->db());
    items_ = std::make_unique<storage::SqlKnowledgeRepository>(database_->db());
    monitoring_ = std::make_unique<storage::MonitoringRepositorySql>(database_->db());
    reference_repository_ = std::make_unique<storage::SqlReferenceRepository>(database_->db());
    reference_ = std::make_unique<reference::ReferenceService>(*reference_repository_);
    assessments_ = std::make_unique<storage::AssessmentRepositorySql>(database_->db());
    surroundings_ = std::make_unique<app::PilotSurroundings>(*accounts_, *items_, *monitoring_, *reference_,
                                                             *assessments_);
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::SqlAccountRepository> accounts_;
  std::unique_ptr<storage::SqlKnowledgeRepository> items_;
  std::unique_ptr<storage::MonitoringRepositorySql> monitoring_;
  std::unique_ptr<storage::SqlReferenceRepository> reference_repository_;
  std::unique_ptr<reference::ReferenceService> reference_;
  std::unique_ptr<storage::AssessmentRepositorySql> assessments_;
  std::unique_ptr<app::PilotSurroundings> surroundings_;
};

TEST_F(PilotSurroundingsContract, organisations_are_named_in_english_and_people_by_their_display_name) {
  auto nord_est = surroundings_->organisation(accounts::OrganisationId(1));
  ASSERT_TRUE(nord_est && *nord_est);
  EXPECT_EQ((*nord_est)->id, accounts::OrganisationId(1));
  EXPECT_EQ((*nord_est)->name, "RDA North-East");
  EXPECT_EQ((*nord_est)->country, CountryCode("RO"));
  EXPECT_EQ((*nord_est)->region, RegionCode("RO21"));
  auto tirana = surroundings_->organisation(accounts::OrganisationId(2));
  ASSERT_TRUE(tirana && *tirana);
  EXPECT_FALSE((*tirana)->region);
  EXPECT_FALSE(*surroundings_->organisation(accounts::OrganisationId(99)));

  EXPECT_EQ(*surroundings_->display_name(accounts::UserId(1)), "Ana");
  EXPECT_EQ(*surroundings_->display_name(accounts::UserId(2)), "");  // deleted
  EXPECT_EQ(*surroundings_->display_name(accounts::UserId(99)), "");
}

TEST_F(PilotSurroundingsContract, a_practice_comes_in_any_state_with_its_title_in_the_language_asked) {
  knowledge::KnowledgeItem published;
  published.content = knowledge::sample_input();
  published.status = knowledge::ItemStatus::published;
  knowledge::KnowledgeItem draft = published;
  draft.content.slug = "draft-vouchers";
  draft.content.regions.clear();
  draft.status = knowledge::ItemStatus::draft;
  auto published_id = items_->create(published, "created", {}, accounts::AuditRecord{});
  auto draft_id = items_->create(draft, "created", {}, accounts::AuditRecord{});
  ASSERT_TRUE(published_id && draft_id);

  auto en = surroundings_->practice(published_id->value(), "en");
  ASSERT_TRUE(en && *en);
  EXPECT_EQ((*en)->id, published_id->value());
  EXPECT_EQ((*en)->title, "Vouchers");
  EXPECT_EQ((*en)->region, RegionCode("RO21"));
  EXPECT_EQ((*en)->country, CountryCode("RO"));
  EXPECT_TRUE((*en)->published);
  EXPECT_EQ((*surroundings_->practice(published_id->value(), "ro"))->title, "Vouchere");
  EXPECT_EQ((*surroundings_->practice(published_id->value(), "hu"))->title, "Vouchere");  // the original

  auto unpublished = surroundings_->practice(draft_id->value(), "en");
  ASSERT_TRUE(unpublished && *unpublished);
  EXPECT_FALSE((*unpublished)->published);
  EXPECT_FALSE((*unpublished)->region);
  EXPECT_FALSE(*surroundings_->practice(draft_id->value() + 100, "en"));
}

TEST_F(PilotSurroundingsContract, periods_come_from_the_monitoring_and_regions_and_criteria_from_their_sources) {
  auto none = surroundings_->periods();
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty());
  auto saved = monitoring_->transaction([](monitoring::MonitoringStore& s) {
    return s.replace_periods({{2, "2026-07-01", "2026-12-31", "2027-01-31"}, {1, "2026-01-01", "2026-06-30", "2026-07-31"}});
  });
  ASSERT_TRUE(saved) << saved.error().detail;
  auto periods = surroundings_->periods();
  ASSERT_TRUE(periods);
  ASSERT_EQ(periods->size(), 2u);
  EXPECT_EQ((*periods)[0].number, 1);
  EXPECT_EQ((*periods)[0].starts, "2026-01-01");
  EXPECT_EQ((*periods)[0].ends, "2026-06-30");
  EXPECT_EQ((*periods)[1].number, 2);

  EXPECT_TRUE(*surroundings_->region_exists(RegionCode("RO21")));
  EXPECT_TRUE(*surroundings_->region_exists(RegionCode("AL")));  // a country as a whole
  EXPECT_FALSE(*surroundings_->region_exists(RegionCode("XX99")));
  EXPECT_FALSE(*surroundings_->region_exists(RegionCode("ro21")));  // stored in upper case

  EXPECT_FALSE(*surroundings_->criterion_exists("WG4.2"));  // no framework yet
  auto stored = assessments_->transaction([](assessment::AssessmentStore& s) -> Status {
    if (auto r = s.insert_framework(framework(1, {criterion("WG4.1", "WG4"), criterion("WG4.2", "WG4")})); !r)
      return r;
    return s.insert_framework(framework(2, {criterion("WG4.1", "WG4")}));
  });
  ASSERT_TRUE(stored) << stored.error().detail;
  EXPECT_TRUE(*surroundings_->criterion_exists("WG4.1"));
  EXPECT_FALSE(*surroundings_->criterion_exists("WG4.2"));  // dropped in the latest version
}

}  // namespace cps::test
