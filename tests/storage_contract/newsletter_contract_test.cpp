// Newsletters on both databases: a subscriber and its one-time links read back whole; one
// subscriber per address; the consent log; issues sent once, with the author's name; pending
// subscriptions deleted once their links expired; and the outbox keeping a mail's extra
// headers (List-Unsubscribe) for delivery, refusing forged ones.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "storage/newsletter_repository_sql.hpp"
#include "storage/outbox_sql.hpp"

namespace cps::test {

namespace {

using namespace cps::newsletter;

Subscriber subscriber(std::string email, SubscriberStatus status = SubscriberStatus::pending) {
  Subscriber s;
  s.email = std::move(email);
  s.language = "ro";
  s.segment = {{"WG1", "WG3"}, {"RO"}};
  s.status = status;
  s.created_at = s.updated_at = 1000;
  return s;
}

}  // namespace

class NewsletterContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repo_ = std::make_unique<storage::NewsletterRepositorySql>(database_->db());
    auto people = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO users (id, display_name, status, created_at, updated_at) VALUES (1, 'Ilona Kovács', "
           "'active', 0, 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  template <class F>
  auto change(F work) {
    std::invoke_result_t<F, NewsletterStore&> out;
    auto done = repo_->transaction([&](NewsletterStore& s) -> Status {
      out = work(s);
      if (!out) return std::unexpected(out.error());
      return {};
    });
    EXPECT_TRUE(done || !out);
    return out;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::NewsletterRepositorySql> repo_;
};

TEST_F(NewsletterContract, a_subscriber_and_its_links_read_back_whole_one_per_address) {
  auto id = change([](NewsletterStore& s) { return s.insert_subscriber(subscriber("ana@example.org")); });
  ASSERT_TRUE(id);
  auto twice = change([](NewsletterStore& s) { return s.insert_subscriber(subscriber("ana@example.org")); });
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, ErrorKind::conflict);
  auto back = change([&](NewsletterStore& s) { return s.subscriber_by_email("ana@example.org"); });
  ASSERT_TRUE(back && *back);
  EXPECT_EQ((*back)->id, *id);
  EXPECT_EQ((*back)->segment.areas, (std::vector<std::string>{"WG1", "WG3"}));
  EXPECT_EQ((*back)->segment.countries, (std::vector<std::string>{"RO"}));
  EXPECT_EQ((*back)->status, SubscriberStatus::pending);

  Subscriber changed = **back;
  changed.status = SubscriberStatus::active;
  changed.hard_bounces = 1;
  changed.suppressed_at = 2000;
  changed.suppressed_reason = "hard bounce: 550";
  changed.segment = {{}, {}};
  ASSERT_TRUE(change([&](NewsletterStore& s) -> Result<bool> {
    if (auto ok = s.update_subscriber(changed); !ok) return std::unexpected(ok.error());
    return true;
  }));
  auto after = change([&](NewsletterStore& s) { return s.subscriber(*id); });
  ASSERT_TRUE(after && *after);
  EXPECT_TRUE((*after)->suppressed());
  EXPECT_EQ((*after)->suppressed_reason, "hard bounce: 550");
  EXPECT_TRUE((*after)->segment.areas.empty());

  Link link{"digest-1", *id, LinkPurpose::confirm, "hu", {{"WG2"}, {"HU", "RO"}}, 1000, 5000, 0};
  ASSERT_TRUE(change([&](NewsletterStore& s) -> Result<bool> {
    if (auto ok = s.insert_link(link); !ok) return std::unexpected(ok.error());
    if (auto ok = s.mark_link_used("digest-1", 3000); !ok) return std::unexpected(ok.error());
    return true;
  }));
  auto l = change([](NewsletterStore& s) { return s.link("digest-1"); });
  ASSERT_TRUE(l && *l);
  EXPECT_EQ((*l)->purpose, LinkPurpose::confirm);
  EXPECT_EQ((*l)->segment.countries, (std::vector<std::string>{"HU", "RO"}));
  EXPECT_EQ((*l)->expires_at, 5000);
  EXPECT_EQ((*l)->used_at, 3000);
  EXPECT_FALSE(*change([](NewsletterStore& s) { return s.link("unknown"); }));
}

TEST_F(NewsletterContract, the_consent_log_and_pending_subscriptions_expiring) {
  auto pending = change([](NewsletterStore& s) { return s.insert_subscriber(subscriber("late@example.org")); });
  auto active = change([](NewsletterStore& s) {
    return s.insert_subscriber(subscriber("kept@example.org", SubscriberStatus::active));
  });
  ASSERT_TRUE(pending && active);
  ASSERT_TRUE(change([&](NewsletterStore& s) -> Result<bool> {
    if (auto ok = s.insert_link({"d-late", *pending, LinkPurpose::confirm, "ro", {}, 1000, 2000, 0}); !ok)
      return std::unexpected(ok.error());
    if (auto ok = s.append_consent({0, *pending, "abc", ConsentAction::subscribed, kConsentWording, kConsentVersion,
                                    "el", 1000});
        !ok)
      return std::unexpected(ok.error());
    return true;
  }));
  auto none = change([](NewsletterStore& s) { return s.delete_unconfirmed(1500); });
  ASSERT_TRUE(none);
  EXPECT_EQ(*none, 0u);
  auto gone = change([](NewsletterStore& s) { return s.delete_unconfirmed(2500); });
  ASSERT_TRUE(gone);
  EXPECT_EQ(*gone, 1u);
  EXPECT_FALSE(*change([&](NewsletterStore& s) { return s.subscriber(*pending); }));
  EXPECT_TRUE(*change([&](NewsletterStore& s) { return s.subscriber(*active); }));
  // The proof outlives the subscription.
  auto log = change([&](NewsletterStore& s) { return s.consents(*pending); });
  ASSERT_TRUE(log);
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ(log->front().wording, kConsentWording);
  EXPECT_EQ(log->front().language, "el");
  EXPECT_EQ(log->front().action, ConsentAction::subscribed);
}

TEST_F(NewsletterContract, issues_are_sent_once_and_read_back_with_their_author) {
  Issue draft;
  draft.language = "hu";
  draft.subject = "Hírlevél – november";
  draft.body = "**Hírek**";
  draft.segment = {{"WG4"}, {"HU"}};
  draft.author = accounts::UserId(1);
  draft.created_at = 1000;
  auto id = change([&](NewsletterStore& s) { return s.insert_issue(draft); });
  ASSERT_TRUE(id);
  auto first = change([&](NewsletterStore& s) { return s.mark_sent(*id, 2000, 7); });
  ASSERT_TRUE(first);
  EXPECT_TRUE(*first);
  auto again = change([&](NewsletterStore& s) { return s.mark_sent(*id, 3000, 8); });
  ASSERT_TRUE(again);
  EXPECT_FALSE(*again);
  auto back = change([&](NewsletterStore& s) { return s.issue(*id); });
  ASSERT_TRUE(back && *back);
  EXPECT_EQ((*back)->subject, "Hírlevél – november");
  EXPECT_EQ((*back)->author_name, "Ilona Kovács");
  EXPECT_EQ((*back)->status, IssueStatus::sent);
  EXPECT_EQ((*back)->recipients, 7);
  EXPECT_EQ((*back)->sent_at, 2000);
  EXPECT_EQ((*back)->segment.areas, (std::vector<std::string>{"WG4"}));
  auto all = change([](NewsletterStore& s) { return s.issues(); });
  ASSERT_TRUE(all);
  EXPECT_EQ(all->size(), 1u);
}

TEST_F(NewsletterContract, the_outbox_keeps_the_extra_headers_and_refuses_forged_ones) {
  mail::Mail m;
  m.to = "ana@example.org";
  m.subject = "Issue";
  m.body = "Text";
  m.headers = {{"List-Unsubscribe", "<https://cps.example/ro/newsletter/unsubscribe/x>"},
               {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}};
  ASSERT_TRUE(change([&](NewsletterStore& s) -> Result<bool> {
    if (auto ok = s.queue_mail(m, 100); !ok) return std::unexpected(ok.error());
    return true;
  }));
  mail::Mail forged = m;
  forged.headers = {{"List-Unsubscribe", "<https://x>\r\nBcc: victim@example.org"}};
  auto refused = change([&](NewsletterStore& s) -> Result<bool> {
    if (auto ok = s.queue_mail(forged, 100); !ok) return std::unexpected(ok.error());
    return true;
  });
  EXPECT_FALSE(refused);
  storage::SqlOutbox outbox(database_->db());
  auto due = outbox.claim_due(200, 500, 10);
  ASSERT_TRUE(due);
  ASSERT_EQ(due->size(), 1u);
  EXPECT_EQ(due->front().headers, m.headers);
}

}  // namespace cps::test
