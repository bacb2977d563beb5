// The monitoring ports as the composition root adapts them, on both databases: partners are
// organisations with active members, reminders go to members and lead coordinators through the
// outbox, the project indicators are counted from published practices, published assessments
// and their action plans, and people's activity, with breakdowns by country and organisation
// type; files are kept once per content and read back.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/monitoring_surroundings.hpp"
#include "backend.hpp"
#include "domain/knowledge/testing/sample_items.hpp"
#include "storage/account_repository_sql.hpp"
#include "storage/assessment_repository_sql.hpp"
#include "storage/knowledge_repository_sql.hpp"

namespace cps::test {

using monitoring::Breakdown;
using monitoring::Measured;

namespace {

constexpr std::int64_t kNow = 1'800'000'000;
constexpr std::int64_t kDay = 86'400;

// The bytes of a 1 × 1 PNG; sizeof keeps the embedded NULs.
constexpr char kPngBytes[] =
    "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89"
    "\0\0\0\rIDATx\x9c\x63\0\x01\0\0\x05\0\x01\x0d\x0a\x2d\xb4\0\0\0\0IEND\xae\x42\x60\x82";

knowledge::KnowledgeItem practice(std::string slug, knowledge::ItemStatus status, std::vector<std::string> countries,
                                  std::int64_t author) {
  knowledge::KnowledgeItem it;
  it.content = knowledge::sample_input();
  it.content.slug = std::move(slug);
  it.content.countries = std::move(countries);
  it.content.regions.clear();
  it.status = status;
  it.author = accounts::UserId(author);
  it.created_at = 1000;
  it.updated_at = 1000;
  return it;
}

}  // namespace

class MonitoringSurroundingsContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    files_ = std::filesystem::temp_directory_path() /
             ("cps-monitoring-files-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(files_);
    accounts_ = std::make_unique<storage::SqlAccountRepository>(database_->db());
    knowledge_ = std::make_unique<storage::SqlKnowledgeRepository>(database_->db());
    assessments_ = std::make_unique<storage::AssessmentRepositorySql>(database_->db());
    platform_ = std::make_unique<app::PlatformForMonitoring>(*accounts_, *knowledge_, *assessments_, nullptr,
                                                             app::MonitoringFiles{files_, 1000});
    auto people = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO organisations (id, slug, type, country_code, region_code, role, experience, created_at, "
           "updated_at) VALUES "
           "(1, 'rda-nord-est', 'development_agency', 'RO', 'RO21', 'lead_partner', 'learning', 0, 0), "
           "(2, 'attica-cluster', 'business_support', 'EL', NULL, 'project_partner', 'experienced', 0, 0), "
           "(3, 'budapest-agency', 'development_agency', 'HU', NULL, 'project_partner', 'experienced', 0, 0), "
           "(4, 'quiet-chamber', 'business_support', 'AL', NULL, 'associated_partner', 'learning', 0, 0)";
      s << "INSERT INTO organisation_texts (organisation_id, lang, name) VALUES "
           "(1, 'en', 'North-East RDA'), (2, 'en', 'Attica Cluster'), (3, 'en', 'Budapest Agency'), "
           "(4, 'en', 'Quiet Chamber')";
      s << "INSERT INTO users (id, email, display_name, organisation_id, ui_language, status, created_at, updated_at) "
           "VALUES (1, 'ana@example.org', 'Ana', 1, 'ro', 'active', 0, 0), "
           "(2, 'bogdan@example.org', 'Bogdan', 2, 'el', 'active', 0, 0), "
           "(3, 'cleo@example.org', 'Cleo', 2, 'en', 'active', 0, 0), "
           "(4, 'dora@example.org', 'Dora', 3, 'hu', 'active', 0, 0), "
           "(5, 'eve@example.org', 'Eve', 4, 'sq', 'disabled', 0, 0), "
           "(6, 'fay@example.org', 'Fay', NULL, 'en', 'active', 0, 0)";
      s << "INSERT INTO role_assignments (user_id, role, scope, granted_at) VALUES "
           "(1, 'lead_coordinator', '', 0), (6, 'lead_coordinator', '', 0), (2, 'partner_staff', '', 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  void TearDown() override {
    if (!files_.empty()) std::filesystem::remove_all(files_);
  }

  void run(const std::string& sql) {
    auto done = database_->db().transaction([&](soci::session& s) { s << sql; });
    ASSERT_TRUE(done) << done.error().detail;
  }

  monitoring::ProjectIndicator measure(Measured m) {
    auto figure = platform_->measure(m, kNow);
    EXPECT_TRUE(figure) << (figure ? "" : figure.error().message + " " + figure.error().detail);
    if (figure) {
      EXPECT_EQ(figure->definition.measured, m);
    }
    return figure ? *figure : monitoring::ProjectIndicator{};
  }

  std::unique_ptr<TestDatabase> database_;
  std::filesystem::path files_;
  std::unique_ptr<storage::SqlAccountRepository> accounts_;
  std::unique_ptr<storage::SqlKnowledgeRepository> knowledge_;
  std::unique_ptr<storage::AssessmentRepositorySql> assessments_;
  std::unique_ptr<app::PlatformForMonitoring> platform_;
};

TEST_F(MonitoringSurroundingsContract, partners_are_organisations_with_active_members) {
  auto partners = platform_->partners();
  ASSERT_TRUE(partners) << partners.error().detail;
  ASSERT_EQ(partners->size(), 3u);  // the quiet chamber's only member is disabled
  EXPECT_EQ((*partners)[0].name, "Attica Cluster");
  EXPECT_EQ((*partners)[0].country, CountryCode("EL"));
  EXPECT_EQ((*partners)[0].type, "business_support");
  EXPECT_EQ((*partners)[1].name, "Budapest Agency");
  EXPECT_EQ((*partners)[2].id, accounts::OrganisationId(1));

  auto one = platform_->partner(accounts::OrganisationId(4));
  ASSERT_TRUE(one && *one);
  EXPECT_EQ((*one)->name, "Quiet Chamber");
  EXPECT_FALSE(*platform_->partner(accounts::OrganisationId(99)));
  EXPECT_EQ(*platform_->display_name(accounts::UserId(2)), "Bogdan");
  EXPECT_EQ(*platform_->display_name(accounts::UserId(99)), "");
}

TEST_F(MonitoringSurroundingsContract, reminders_reach_members_and_lead_coordinators_through_the_outbox) {
  auto members = platform_->members_of(accounts::OrganisationId(2));
  ASSERT_TRUE(members);
  ASSERT_EQ(members->size(), 2u);
  EXPECT_EQ((*members)[0].display_name, "Bogdan");
  EXPECT_EQ((*members)[0].email, "bogdan@example.org");
  EXPECT_EQ((*members)[0].language, "el");
  EXPECT_TRUE(platform_->members_of(accounts::OrganisationId(4))->empty());

  auto leads = platform_->lead_coordinators();
  ASSERT_TRUE(leads);
  ASSERT_EQ(leads->size(), 2u);
  EXPECT_EQ((*leads)[0].display_name, "Ana");
  EXPECT_EQ((*leads)[1].display_name, "Fay");

  ASSERT_TRUE(platform_->queue_mail((*members)[0], "Report for period 2 due in 7 days", "Please submit it."));
  long long n = 0;
  std::string recipient, subject;
  auto read = database_->db().with_session([&](soci::session& s) {
    s << "SELECT COUNT(*) FROM outbox", soci::into(n);
    s << "SELECT recipient, subject FROM outbox", soci::into(recipient), soci::into(subject);
  });
  ASSERT_TRUE(read);
  EXPECT_EQ(n, 1);
  EXPECT_EQ(recipient, "bogdan@example.org");
  EXPECT_EQ(subject, "Report for period 2 due in 7 days");
}

TEST_F(MonitoringSurroundingsContract, practices_count_when_published_by_country_and_authors_organisation_type) {
  auto create = [&](const knowledge::KnowledgeItem& it) {
    auto id = knowledge_->create(it, "created", {}, accounts::AuditRecord{});
    ASSERT_TRUE(id) << id.error().detail;
  };
  create(practice("one", knowledge::ItemStatus::published, {"RO"}, 1));
  create(practice("two", knowledge::ItemStatus::published, {"RO", "EL"}, 2));
  create(practice("three", knowledge::ItemStatus::draft, {"HU"}, 4));
  auto figure = measure(Measured::practices_published);
  EXPECT_EQ(figure.value, 2);
  EXPECT_EQ(figure.by_country, (std::vector<Breakdown>{{"EL", 1}, {"RO", 2}}));
  EXPECT_EQ(figure.by_organisation_type, (std::vector<Breakdown>{{"business_support", 1}, {"development_agency", 1}}));
}

TEST_F(MonitoringSurroundingsContract, assessments_count_when_published_and_action_plans_when_an_action_is_done) {
  run("INSERT INTO assessment_frameworks (version, divergence, created_at) VALUES (1, 1.5, 0)");
  run("INSERT INTO assessments (id, region_code, country_code, period, framework_version, organisation_id, status, "
      "disclosure, revision, created_at, updated_at) VALUES "
      "(1, 'RO21', 'RO', 1, 1, 1, 'published', 'members', 1, 0, 0), "
      "(2, 'EL30', 'EL', 1, 1, 2, 'published', 'members', 1, 0, 0), "
      "(3, 'HU11', 'HU', 1, 1, 3, 'draft', 'members', 1, 0, 0)");
  run("INSERT INTO assessment_recommendations (id, assessment_id, area_code, body, author_id, response, created_at) "
      "VALUES (1, 1, 'WG1', 'Do it', 2, 'accepted', 0), (2, 2, 'WG1', 'Do that', 1, 'accepted', 0), "
      "(3, 3, 'WG1', 'And this', 1, 'accepted', 0)");
  run("INSERT INTO assessment_actions (id, recommendation_id, action, status) VALUES "
      "(1, 1, 'Done it', 'done'), (2, 2, 'Planned it', 'planned'), (3, 3, 'Done too', 'done')");
  auto published = measure(Measured::assessments_published);
  EXPECT_EQ(published.value, 2);
  EXPECT_EQ(published.by_country, (std::vector<Breakdown>{{"EL", 1}, {"RO", 1}}));
  auto plans = measure(Measured::action_plans);
  EXPECT_EQ(plans.value, 1);
  EXPECT_EQ(plans.by_country, (std::vector<Breakdown>{{"RO", 1}}));
  EXPECT_EQ(plans.by_organisation_type, (std::vector<Breakdown>{{"development_agency", 1}}));
}

TEST_F(MonitoringSurroundingsContract, members_and_organisations_count_when_active_lately) {
  // Ana signed in 10 days ago; Cleo used a session 200 days ago; Dora signed in 400 days ago;
  // Eve (disabled) signed in yesterday.
  run("INSERT INTO audit_log (at, actor_id, actor, action, target) VALUES "
      "(" + std::to_string(kNow - 10 * kDay) + ", 1, 'ana@example.org', 'login.succeeded', 'user:1'), "
      "(" + std::to_string(kNow - 400 * kDay) + ", 4, 'dora@example.org', 'login.succeeded', 'user:4'), "
      "(" + std::to_string(kNow - 1 * kDay) + ", 5, 'eve@example.org', 'login.succeeded', 'user:5'), "
      "(" + std::to_string(kNow - 1 * kDay) + ", 2, 'bogdan@example.org', 'login.failed', 'user:2')");
  run("INSERT INTO sessions (id_digest, user_id, csrf_token, created_at, last_seen_at) VALUES "
      "('d1', 3, 'c', 0, " + std::to_string(kNow - 200 * kDay) + ")");
  auto members = measure(Measured::active_members);
  EXPECT_EQ(members.value, 1);
  EXPECT_EQ(members.by_country, (std::vector<Breakdown>{{"RO", 1}}));
  auto organisations = measure(Measured::organisations_cooperating);
  EXPECT_EQ(organisations.value, 2);
  EXPECT_EQ(organisations.by_country, (std::vector<Breakdown>{{"EL", 1}, {"RO", 1}}));
  EXPECT_EQ(organisations.by_organisation_type,
            (std::vector<Breakdown>{{"business_support", 1}, {"development_agency", 1}}));
}

TEST_F(MonitoringSurroundingsContract, without_pilots_their_figures_are_zero) {
  for (Measured m : {Measured::pilots_running, Measured::pilots_completed, Measured::joint_solutions})
    EXPECT_EQ(measure(m).value, 0);
  auto values = platform_->pilot_values(2);
  ASSERT_TRUE(values);
  EXPECT_TRUE(values->empty());
}

TEST_F(MonitoringSurroundingsContract, a_file_is_kept_once_by_its_content_and_read_back) {
  const std::string png(kPngBytes, sizeof kPngBytes - 1);
  auto kept = platform_->keep_file("../secret/photo.png", png);
  ASSERT_TRUE(kept) << kept.error().message;
  EXPECT_EQ(kept->name, "photo.png");
  EXPECT_EQ(kept->media_type, "image/png");
  EXPECT_EQ(kept->size, std::int64_t(png.size()));
  EXPECT_EQ(kept->sha256.size(), 64u);
  auto again = platform_->keep_file("copy.png", png);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->sha256, kept->sha256);
  auto bytes = platform_->file_bytes(kept->sha256);
  ASSERT_TRUE(bytes && *bytes);
  EXPECT_EQ(**bytes, png);
  EXPECT_FALSE(*platform_->file_bytes(std::string(64, '0')));
  EXPECT_FALSE(*platform_->file_bytes("not a digest"));

  auto text = platform_->keep_file("notes.txt", "plain words");
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().kind, ErrorKind::unsupported_media_type);
  auto large = platform_->keep_file("large.png", png + std::string(1000, '\0'));
  ASSERT_FALSE(large);
  EXPECT_EQ(large.error().kind, ErrorKind::payload_too_large);
  auto empty = platform_->keep_file("empty.png", "");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().kind, ErrorKind::invalid);
}

}  // namespace cps::test
