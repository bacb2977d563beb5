// Workspaces on both databases: threads read back with their authors' names, ordered by their
// latest post, counting their posts; posts edited and hidden; subscriptions kept once; read
// marks per person; notifications listed newest first, counted unread, marked read one or all,
// and mailed; e-mail choices and digests upserted; unsubscribe links found by digest; decisions
// latest first with their discussion; and a failed transaction leaving nothing behind.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "storage/group_repository_sql.hpp"

namespace cps::test {

namespace {

using namespace cps::groups;
const accounts::UserId kAna(1), kBesa(2);

}  // namespace

class GroupContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::GroupRepositorySql>(database_->db());
    auto people = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO users (id, display_name, status, created_at, updated_at) VALUES "
           "(1, 'Ana Ionescu', 'active', 0, 0), (2, 'Besa Hoxha', 'active', 0, 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  void write(const std::function<Status(GroupStore&)>& work) {
    auto done = repository_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
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
  // A thread of WG4 with one post by Ana at `at`; its id and the post's.
  std::pair<ThreadId, PostId> thread(std::string subject, Seconds at) {
    ThreadId t;
    PostId p;
    write([&](GroupStore& s) -> Status {
      auto id = s.insert_thread(Thread{ThreadId(0), "WG4", subject, kAna, "", ThreadState::open, 0, at, at, std::nullopt});
      if (!id) return std::unexpected(id.error());
      t = *id;
      auto post = s.insert_post(Post{PostId(0), t, kAna, "", "Bună ziua, **colegi**!", at, 0, {}, {}});
      if (!post) return std::unexpected(post.error());
      p = *post;
      return {};
    });
    return {t, p};
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::GroupRepositorySql> repository_;
};

TEST_F(GroupContract, threads_and_posts_read_back_in_their_orders) {
  auto [older, first] = thread("Training schemes", 100);
  auto [newer, second] = thread("Vouchers", 200);
  write([&](GroupStore& s) -> Status {
    auto reply = s.insert_post(Post{PostId(0), older, kBesa, "", "Da.", 300, 0, {}, {}});
    if (!reply) return std::unexpected(reply.error());
    return s.set_thread_state(newer, ThreadState::locked);
  });
  auto threads = read([](GroupStore& s) { return s.threads("WG4"); });
  ASSERT_EQ(threads.size(), 2u);
  EXPECT_EQ(threads[0].id, older);  // its reply is the latest post
  EXPECT_EQ(threads[0].posts, 2);
  EXPECT_EQ(threads[0].last_post_at, 300);
  EXPECT_EQ(threads[0].author_name, "Ana Ionescu");
  EXPECT_EQ(threads[1].state, ThreadState::locked);
  EXPECT_TRUE(read([](GroupStore& s) { return s.threads("SC"); }).empty());
  auto posts = read([&](GroupStore& s) { return s.posts(older); });
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(posts[0].body, "Bună ziua, **colegi**!");
  EXPECT_EQ(posts[1].author_name, "Besa Hoxha");
  Post changed = posts[0];
  changed.body = "Bună ziua!";
  changed.edited_at = 400;
  changed.hidden_reason = "Off topic";
  changed.hidden_by_name = "Besa Hoxha";
  write([&](GroupStore& s) { return s.update_post(changed); });
  auto again = read([&](GroupStore& s) { return s.post(first); });
  ASSERT_TRUE(again);
  EXPECT_EQ(again->body, "Bună ziua!");
  EXPECT_EQ(again->edited_at, 400);
  EXPECT_EQ(again->hidden_reason, "Off topic");
  EXPECT_FALSE(read([](GroupStore& s) { return s.post(PostId(9999)); }));
}

TEST_F(GroupContract, subscriptions_and_read_marks_are_per_person) {
  auto [t, p] = thread("Training schemes", 100);
  write([&](GroupStore& s) -> Status {
    if (auto ok = s.subscribe(t, kAna); !ok) return ok;
    if (auto ok = s.subscribe(t, kAna); !ok) return ok;
    if (auto ok = s.subscribe(t, kBesa); !ok) return ok;
    if (auto ok = s.mark_read(t, kAna, 150); !ok) return ok;
    return s.mark_read(t, kAna, 250);
  });
  EXPECT_EQ(read([&](GroupStore& s) { return s.subscribers(t); }), (std::vector<accounts::UserId>{kAna, kBesa}));
  write([&](GroupStore& s) { return s.unsubscribe(t, kBesa); });
  EXPECT_EQ(read([&](GroupStore& s) { return s.subscribers(t); }).size(), 1u);
  auto marks = read([&](GroupStore& s) { return s.read_marks(kAna); });
  EXPECT_EQ(marks.at(t.value()), 250);
  EXPECT_TRUE(read([&](GroupStore& s) { return s.read_marks(kBesa); }).empty());
}

TEST_F(GroupContract, notifications_are_listed_counted_read_and_mailed) {
  auto [t, p] = thread("Training schemes", 100);
  std::vector<NotificationId> ids;
  write([&](GroupStore& s) -> Status {
    for (auto kind : {NotificationKind::mention, NotificationKind::reply, NotificationKind::reply}) {
      auto id = s.insert_notification(Notification{NotificationId(0), kBesa, kind, t, p, "", "Training schemes",
                                                   "Ana Ionescu", 100, 0, 0});
      if (!id) return std::unexpected(id.error());
      ids.push_back(*id);
    }
    return {};
  });
  auto listed = read([](GroupStore& s) { return s.notifications(kBesa, 2); });
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, ids[2]);
  EXPECT_EQ(listed[0].group, "WG4");
  EXPECT_EQ(read([](GroupStore& s) { return s.unread_notifications(kBesa); }), 3);
  write([&](GroupStore& s) { return s.mark_notifications_read(kBesa, ids[0], 500); });
  EXPECT_EQ(read([](GroupStore& s) { return s.unread_notifications(kBesa); }), 2);
  write([&](GroupStore& s) { return s.mark_notifications_read(kBesa, std::nullopt, 600); });
  EXPECT_EQ(read([](GroupStore& s) { return s.unread_notifications(kBesa); }), 0);
  EXPECT_EQ(read([](GroupStore& s) { return s.unmailed(NotificationKind::reply); }).size(), 2u);
  write([&](GroupStore& s) { return s.mark_mailed({ids[1]}, 700); });
  auto waiting = read([](GroupStore& s) { return s.unmailed(NotificationKind::reply); });
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0].id, ids[2]);
}

TEST_F(GroupContract, e_mail_choices_digests_and_links_are_kept) {
  EXPECT_TRUE(read([](GroupStore& s) { return s.deliveries(kAna); }).empty());
  EXPECT_EQ(read([](GroupStore& s) { return s.last_digest(kAna, NotificationKind::reply); }), 0);
  write([](GroupStore& s) -> Status {
    if (auto ok = s.set_last_digest(kAna, NotificationKind::reply, 900); !ok) return ok;
    if (auto ok = s.set_delivery(kAna, NotificationKind::reply, Delivery::weekly); !ok) return ok;
    return s.set_delivery(kAna, NotificationKind::mention, Delivery::never);
  });
  auto chosen = read([](GroupStore& s) { return s.deliveries(kAna); });
  EXPECT_EQ(chosen.at(NotificationKind::reply), Delivery::weekly);
  EXPECT_EQ(chosen.at(NotificationKind::mention), Delivery::never);
  EXPECT_EQ(read([](GroupStore& s) { return s.last_digest(kAna, NotificationKind::reply); }), 900);
  write([](GroupStore& s) { return s.insert_unsubscribe("abc123", kBesa, NotificationKind::reply, 10); });
  auto link = read([](GroupStore& s) { return s.unsubscribe_link("abc123"); });
  ASSERT_TRUE(link);
  EXPECT_EQ(link->first, kBesa);
  EXPECT_EQ(link->second, NotificationKind::reply);
  EXPECT_FALSE(read([](GroupStore& s) { return s.unsubscribe_link("other"); }));
}

TEST_F(GroupContract, decisions_come_latest_first_and_a_failed_transaction_leaves_nothing) {
  auto [t, p] = thread("Training schemes", 100);
  write([&](GroupStore& s) -> Status {
    if (auto ok = s.insert_decision(Decision{DecisionId(0), "WG4", "Adopt the syllabus.", "2027-03-02",
                                             "WG4 meeting, Szeged", t, kAna, "", 10});
        !ok)
      return std::unexpected(ok.error());
    auto ok = s.insert_decision(Decision{DecisionId(0), "WG4", "Open the call.", "2027-05-10", "", std::nullopt, kBesa,
                                         "", 20});
    if (!ok) return std::unexpected(ok.error());
    return {};
  });
  auto decisions = read([](GroupStore& s) { return s.decisions("WG4"); });
  ASSERT_EQ(decisions.size(), 2u);
  EXPECT_EQ(decisions[0].text, "Open the call.");
  EXPECT_FALSE(decisions[0].thread);
  EXPECT_EQ(decisions[1].thread, t);
  EXPECT_EQ(decisions[1].author_name, "Ana Ionescu");
  auto failed = repository_->transaction([&](GroupStore& s) -> Status {
    auto id = s.insert_post(Post{PostId(0), t, kBesa, "", "Lost", 999, 0, {}, {}});
    if (!id) return std::unexpected(id.error());
    return fail(ErrorKind::conflict, "refused");
  });
  EXPECT_FALSE(failed);
  EXPECT_EQ(read([&](GroupStore& s) { return s.posts(t); }).size(), 1u);
  EXPECT_EQ(read([&](GroupStore& s) { return s.thread(t); })->posts, 1);
}

}  // namespace cps::test
