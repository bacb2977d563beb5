// Training on both databases, and the same expectations of the in-memory fake: a module read
// back with its lists and quiz; updated only at the expected revision; enrolments one per
// person and module, in order, with their ratings, quiz results and completion; found by their
// certificate's digest; a failed step leaves nothing behind.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "domain/training/testing/fakes.hpp"
#include "storage/training_repository_sql.hpp"

namespace cps::test {

namespace {

using namespace cps::training;

Module sample() {
  Module m;
  m.area = "WG5";
  m.title = "Internaţionalizarea clusterelor";
  m.summary = "Going abroad together.";
  m.objectives = {"Map foreign markets", "Plan a joint mission"};
  m.materials = "Read *the handbook*.";
  m.knowledge_items = {17, 19};
  m.sessions = {4};
  m.languages = {"ro", "en"};
  m.status = ModuleStatus::published;
  m.quiz = {Question{"Which programme?", {"COSME", "Horizon", "Interreg"}, 2}};
  m.pass_mark = 60;
  m.sessions_required = 1;
  m.created_at = m.updated_at = 1000;
  return m;
}

// The expectations, written once against the port.
void modules_read_back_and_update_at_their_revision(TrainingRepository& repository) {
  Module m = sample();
  ModuleId id;
  ASSERT_TRUE(repository.transaction([&](TrainingStore& s) -> Status {
    auto inserted = s.insert_module(m);
    if (!inserted) return std::unexpected(inserted.error());
    id = *inserted;
    return {};
  }));
  std::optional<Module> back;
  ASSERT_TRUE(repository.read([&](TrainingStore& s) -> Status {
    auto found = s.module(id);
    if (!found) return std::unexpected(found.error());
    back = **found;
    return {};
  }));
  EXPECT_EQ(back->title, m.title);
  EXPECT_EQ(back->objectives, m.objectives);
  EXPECT_EQ(back->knowledge_items, m.knowledge_items);
  EXPECT_EQ(back->sessions, m.sessions);
  EXPECT_EQ(back->languages, m.languages);
  EXPECT_EQ(back->quiz, m.quiz);
  EXPECT_EQ(back->status, ModuleStatus::published);
  EXPECT_EQ(back->pass_mark, 60);
  EXPECT_EQ(back->sessions_required, 1);
  EXPECT_EQ(back->revision, 1);

  back->title = "Cluster internationalisation";
  bool written = false, stale = true;
  ASSERT_TRUE(repository.transaction([&](TrainingStore& s) -> Status {
    auto w = s.update_module(*back, 1);
    auto again = s.update_module(*back, 1);
    if (!w || !again) return fail(ErrorKind::internal, "update failed");
    written = *w;
    stale = *again;
    return {};
  }));
  EXPECT_TRUE(written);
  EXPECT_FALSE(stale) << "the second write still expected revision 1";
  ASSERT_TRUE(repository.read([&](TrainingStore& s) -> Status {
    auto all = s.modules();
    if (!all) return std::unexpected(all.error());
    EXPECT_EQ(all->size(), 1u);
    EXPECT_EQ(all->front().title, "Cluster internationalisation");
    EXPECT_EQ(all->front().revision, 2);
    return {};
  }));
}

void enrolments_keep_their_answers(TrainingRepository& repository) {
  ModuleId id;
  ASSERT_TRUE(repository.transaction([&](TrainingStore& s) -> Status {
    auto inserted = s.insert_module(sample());
    if (!inserted) return std::unexpected(inserted.error());
    id = *inserted;
    for (std::int64_t user : {2, 1}) {
      Enrolment e;
      e.module = id;
      e.user = accounts::UserId(user);
      e.name = "Person " + std::to_string(user);
      e.enrolled_at = 100 + user;
      auto eid = s.insert_enrolment(e);
      if (!eid) return std::unexpected(eid.error());
    }
    return {};
  }));
  Enrolment twice;
  twice.module = id;
  twice.user = accounts::UserId(1);
  twice.name = "Person 1";
  auto refused = repository.transaction([&](TrainingStore& s) -> Status {
    auto eid = s.insert_enrolment(twice);
    if (!eid) return std::unexpected(eid.error());
    return {};
  });
  EXPECT_FALSE(refused) << "one enrolment per person and module";

  // A step that fails after writing leaves nothing behind.
  auto failed = repository.transaction([&](TrainingStore& s) -> Status {
    auto e = s.enrolment(id, accounts::UserId(1));
    if (!e || !*e) return fail(ErrorKind::internal, "no enrolment");
    (*e)->pre = {5, 5};
    if (auto ok = s.update_enrolment(**e); !ok) return ok;
    return fail(ErrorKind::conflict, "changed my mind");
  });
  EXPECT_FALSE(failed);

  ASSERT_TRUE(repository.transaction([&](TrainingStore& s) -> Status {
    auto e = s.enrolment(id, accounts::UserId(1));
    if (!e || !*e) return fail(ErrorKind::internal, "no enrolment");
    EXPECT_TRUE((*e)->pre.empty());
    (*e)->pre = {2, 3};
    (*e)->pre_at = 200;
    (*e)->post = {4, 4};
    (*e)->post_at = 300;
    (*e)->quiz_attempts = 2;
    (*e)->quiz_best = 100;
    (*e)->quiz_passed_at = 250;
    (*e)->completed_at = 310;
    (*e)->certificate_digest = "digest-of-a-token";
    return s.update_enrolment(**e);
  }));
  ASSERT_TRUE(repository.read([&](TrainingStore& s) -> Status {
    auto all = s.enrolments(id);
    if (!all) return std::unexpected(all.error());
    EXPECT_EQ(all->size(), 2u);
    EXPECT_EQ(all->front().user, accounts::UserId(1)) << "in order of enrolment";
    auto found = s.enrolment_by_certificate("digest-of-a-token");
    if (!found) return std::unexpected(found.error());
    EXPECT_TRUE(found->has_value());
    const Enrolment& e = **found;
    EXPECT_EQ(e.pre, (std::vector<int>{2, 3}));
    EXPECT_EQ(e.post, (std::vector<int>{4, 4}));
    EXPECT_EQ(e.post_at, 300);
    EXPECT_EQ(e.quiz_attempts, 2);
    EXPECT_EQ(e.quiz_best, 100);
    EXPECT_EQ(e.quiz_passed_at, 250);
    EXPECT_EQ(e.completed_at, 310);
    EXPECT_TRUE(e.active);
    auto none = s.enrolment_by_certificate("another");
    if (!none) return std::unexpected(none.error());
    EXPECT_FALSE(none->has_value());
    return {};
  }));
}

}  // namespace

class TrainingContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::TrainingRepositorySql>(database_->db());
    auto people = database_->db().transaction([&](soci::session& s) {
      s << "INSERT INTO users (id, display_name, status, created_at, updated_at) VALUES "
           "(1, 'Person 1', 'active', 0, 0), (2, 'Person 2', 'active', 0, 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::TrainingRepositorySql> repository_;
};

TEST_F(TrainingContract, ModulesReadBackAndUpdateAtTheirRevision) {
  modules_read_back_and_update_at_their_revision(*repository_);
  FakeTrainingRepository fake;
  modules_read_back_and_update_at_their_revision(fake);
}

TEST_F(TrainingContract, EnrolmentsKeepTheirAnswers) {
  enrolments_keep_their_answers(*repository_);
  FakeTrainingRepository fake;
  enrolments_keep_their_answers(fake);
}

}  // namespace cps::test
