// "Discuss this" on both databases: a thread about a knowledge item, an assessment or a pilot
// reads back with its subject (in a workspace's list too), is found by its subject, and a second
// thread about the same subject is refused with nothing stored.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "storage/group_repository_sql.hpp"

namespace cps::test {

namespace {

using namespace cps::groups;
const accounts::UserId kAna(1);

Thread about(std::string subject, std::optional<Subject> what, Seconds at) {
  return Thread{ThreadId(0), "WG1", std::move(subject), kAna, "", ThreadState::open, 0, at, at, what};
}

}  // namespace

class GroupSubjectsContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::GroupRepositorySql>(database_->db());
    auto people = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO users (id, display_name, status, created_at, updated_at) VALUES (1, 'Ana Ionescu', 'active', 0, 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  Result<ThreadId> insert(const Thread& t) {
    Result<ThreadId> out = std::unexpected(Error{ErrorKind::internal, "not run"});
    auto done = repository_->transaction([&](GroupStore& s) -> Status {
      out = s.insert_thread(t);
      if (!out) return std::unexpected(out.error());
      return {};
    });
    if (!done) return std::unexpected(done.error());
    return out;
  }
  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, GroupStore&> out;
    auto done = repository_->read([&](GroupStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done);
    EXPECT_TRUE(out) << (out ? "" : out.error().detail);
    return *out;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::GroupRepositorySql> repository_;
};

TEST_F(GroupSubjectsContract, a_thread_reads_back_with_what_it_is_about_and_is_found_by_it) {
  const Subject item{SubjectKind::knowledge_item, 12}, pilot{SubjectKind::pilot, 12};
  auto plain = insert(about("Vouchers", std::nullopt, 100));
  auto on_item = insert(about("Cluster excellence label", item, 200));
  auto on_pilot = insert(about("Training voucher pilot", pilot, 300));
  ASSERT_TRUE(plain && on_item && on_pilot);

  auto read_back = read([&](GroupStore& s) { return s.thread(*on_item); });
  ASSERT_TRUE(read_back.has_value());
  ASSERT_TRUE(read_back->about.has_value());
  EXPECT_EQ(*read_back->about, item);
  EXPECT_EQ(read_back->author_name, "Ana Ionescu");

  auto listed = read([](GroupStore& s) { return s.threads("WG1"); });
  ASSERT_EQ(listed.size(), 3u);
  EXPECT_EQ(listed[0].about, std::optional<Subject>(pilot));
  EXPECT_EQ(listed[1].about, std::optional<Subject>(item));
  EXPECT_FALSE(listed[2].about.has_value());

  auto found = read([&](GroupStore& s) { return s.thread_about(pilot); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, *on_pilot);
  auto none = read([](GroupStore& s) { return s.thread_about(Subject{SubjectKind::assessment, 12}); });
  EXPECT_FALSE(none.has_value());
}

TEST_F(GroupSubjectsContract, a_second_thread_about_the_same_subject_is_refused_with_nothing_stored) {
  const Subject assessment{SubjectKind::assessment, 3};
  ASSERT_TRUE(insert(about("Nord-Est (RO21)", assessment, 100)));
  auto again = insert(about("Nord-Est again", assessment, 200));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  auto listed = read([](GroupStore& s) { return s.threads("WG1"); });
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].subject, "Nord-Est (RO21)");
}

}  // namespace cps::test
