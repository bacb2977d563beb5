// Feedback, curations and the helpdesk on both databases: one judgment per person and subject
// (a new one replaces the old), tallies per subject and per region, the export with names and
// by person; curations upserted, listed and taken away; questions read back with their people,
// filtered in SQL, updated only at the expected revision, an answer item's deletion leaving the
// question standing; reminders kept once; the database's own guards; and a failed transaction
// leaving nothing behind.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "storage/feedback_repository_sql.hpp"
#include "storage/helpdesk_repository_sql.hpp"

namespace cps::test {

namespace {

const accounts::UserId kAna(1), kBogdan(2), kCleo(3);
constexpr std::int64_t kVouchers = 17, kAcademy = 18;

feedback::Judgment judgment(accounts::UserId who, std::int64_t item, feedback::Verdict verdict, std::string reason = "",
                            std::string region = "RO21", feedback::Seconds at = 1000) {
  feedback::Judgment j;
  j.recommendation = feedback::RecommendationKey{RegionCode(region), "criterion:WG4.2", item};
  j.key = feedback::key_text(*j.recommendation);
  j.verdict = verdict;
  j.reason = std::move(reason);
  j.user = who;
  j.at = at;
  return j;
}

helpdesk::Question question(std::string area = "WG4", accounts::UserId asker = kAna) {
  helpdesk::Question q;
  q.region = RegionCode("RO21");
  q.need = "criterion:" + area + ".2";
  q.area = AreaCode(area);
  q.text = "Which instruments worked for young clusters? Întrebare în română: ce a funcționat?";
  q.language = "ro";
  q.asker = asker;
  q.created_at = q.updated_at = 2000;
  return q;
}

}  // namespace

class FeedbackContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    feedback_ = std::make_unique<storage::FeedbackRepositorySql>(database_->db());
    helpdesk_ = std::make_unique<storage::HelpdeskRepositorySql>(database_->db());
    auto surroundings = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO users (id, display_name, status, created_at, updated_at) VALUES "
           "(1, 'Ana', 'active', 0, 0), (2, 'Bogdan', 'active', 0, 0), (3, 'Cleo', 'active', 0, 0)";
      s << "INSERT INTO knowledge_items (id, slug, kind, original_language, timeframe, status, revision, created_at, "
           "updated_at) VALUES (17, 'cluster-vouchers', 'instrument', 'hu', 'current', 'published', 1, 0, 0), "
           "(18, 'cluster-academy', 'training', 'en', 'current', 'draft', 1, 0, 0)";
    });
    ASSERT_TRUE(surroundings) << surroundings.error().detail;
  }

  void feedback_write(const std::function<Status(feedback::FeedbackStore&)>& work) {
    auto done = feedback_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
  }
  template <class F>
  auto feedback_read(F ask) {
    std::invoke_result_t<F, feedback::FeedbackStore&> out;
    auto done = feedback_->read([&](feedback::FeedbackStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done);
    EXPECT_TRUE(out) << (out ? "" : out.error().detail);
    return out;
  }
  void helpdesk_write(const std::function<Status(helpdesk::HelpdeskStore&)>& work) {
    auto done = helpdesk_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
  }
  template <class F>
  auto helpdesk_read(F ask) {
    std::invoke_result_t<F, helpdesk::HelpdeskStore&> out;
    auto done = helpdesk_->read([&](helpdesk::HelpdeskStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done);
    EXPECT_TRUE(out) << (out ? "" : out.error().detail);
    return out;
  }
  helpdesk::QuestionId insert(const helpdesk::Question& q) {
    helpdesk::QuestionId id;
    helpdesk_write([&](helpdesk::HelpdeskStore& s) -> Status {
      auto made = s.insert_question(q);
      if (!made) return std::unexpected(made.error());
      id = *made;
      return {};
    });
    return id;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::FeedbackRepositorySql> feedback_;
  std::unique_ptr<storage::HelpdeskRepositorySql> helpdesk_;
};

TEST_F(FeedbackContract, a_persons_new_judgment_replaces_the_old_and_tallies_count_each_person_once) {
  using feedback::Verdict;
  feedback_write([&](feedback::FeedbackStore& s) -> Status {
    if (auto ok = s.save_judgment(judgment(kAna, kVouchers, Verdict::useful, "Clear.")); !ok) return ok;
    if (auto ok = s.save_judgment(judgment(kBogdan, kVouchers, Verdict::adopted, "", "RO21", 1100)); !ok) return ok;
    if (auto ok = s.save_judgment(judgment(kCleo, kAcademy, Verdict::useful, "", "HU32", 1200)); !ok) return ok;
    return s.save_judgment(judgment(kAna, kVouchers, Verdict::not_relevant, "Ce n'est pas pour nous — «не за нас».", "RO21", 1300));
  });
  auto key = feedback::key_text({RegionCode("RO21"), "criterion:WG4.2", kVouchers});
  auto tally = feedback_read([&](feedback::FeedbackStore& s) { return s.tally(feedback::Subject::recommendation, key); });
  EXPECT_EQ(tally->useful, 0);
  EXPECT_EQ(tally->not_relevant, 1);
  EXPECT_EQ(tally->adopted, 1);
  auto mine = feedback_read([&](feedback::FeedbackStore& s) { return s.judgment(feedback::Subject::recommendation, key, kAna); });
  ASSERT_TRUE(*mine);
  EXPECT_EQ((*mine)->reason, "Ce n'est pas pour nous — «не за нас».");
  EXPECT_EQ((*mine)->user_name, "Ana");
  EXPECT_EQ((*mine)->at, 1300);
  ASSERT_TRUE((*mine)->recommendation);
  EXPECT_EQ((*mine)->recommendation->item, kVouchers);
  auto region = feedback_read([&](feedback::FeedbackStore& s) { return s.tallies(RegionCode("RO21")); });
  ASSERT_EQ(region->size(), 1u);
  EXPECT_EQ((*region)[0].key.need, "criterion:WG4.2");
  EXPECT_EQ((*region)[0].adopted, 1);
  EXPECT_EQ((*region)[0].not_relevant, 1);
  auto all = feedback_read([&](feedback::FeedbackStore& s) { return s.judgments(std::nullopt); });
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].user_name, "Bogdan");  // oldest first
  auto cleos = feedback_read([&](feedback::FeedbackStore& s) { return s.judgments(kCleo); });
  ASSERT_EQ(cleos->size(), 1u);
}

TEST_F(FeedbackContract, matches_are_kept_by_their_key_and_the_database_refuses_a_recommendation_without_its_parts) {
  feedback::Judgment match;
  match.subject = feedback::Subject::match;
  match.key = "profile:12→profile:40";
  match.verdict = feedback::Verdict::useful;
  match.user = kCleo;
  match.at = 5;
  feedback_write([&](feedback::FeedbackStore& s) { return s.save_judgment(match); });
  auto tally = feedback_read([&](feedback::FeedbackStore& s) { return s.tally(feedback::Subject::match, "profile:12→profile:40"); });
  EXPECT_EQ(tally->useful, 1);
  auto broken = feedback_->transaction([&](feedback::FeedbackStore& s) -> Status {
    auto j = judgment(kAna, kVouchers, feedback::Verdict::useful);
    j.recommendation.reset();
    return s.save_judgment(j);
  });
  EXPECT_FALSE(broken);
}

TEST_F(FeedbackContract, curations_are_upserted_listed_and_taken_away_and_a_failed_transaction_keeps_nothing) {
  feedback::RecommendationKey key{RegionCode("RO21"), "area:WG4", kVouchers};
  feedback_write([&](feedback::FeedbackStore& s) -> Status {
    if (auto ok = s.save_curation({key, true, false, "Discussed in WG4.", "", 10}, kBogdan); !ok) return ok;
    return s.save_curation({key, false, true, "", "", 20}, kCleo);
  });
  auto listed = feedback_read([&](feedback::FeedbackStore& s) { return s.curations(RegionCode("RO21")); });
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_TRUE((*listed)[0].hidden);
  EXPECT_FALSE((*listed)[0].pinned);
  EXPECT_EQ((*listed)[0].curator_name, "Cleo");
  EXPECT_EQ((*listed)[0].at, 20);
  EXPECT_TRUE(feedback_read([&](feedback::FeedbackStore& s) { return s.curations(RegionCode("HU32")); })->empty());
  EXPECT_EQ(feedback_read([&](feedback::FeedbackStore& s) { return s.curations(std::nullopt); })->size(), 1u);
  // Pinned and hidden at once is refused by the database itself.
  EXPECT_FALSE(feedback_->transaction([&](feedback::FeedbackStore& s) { return s.save_curation({key, true, true, "", "", 30}, kAna); }));
  auto failed = feedback_->transaction([&](feedback::FeedbackStore& s) -> Status {
    if (auto ok = s.delete_curation(key); !ok) return ok;
    return fail(ErrorKind::conflict, "later step failed");
  });
  EXPECT_FALSE(failed);
  EXPECT_EQ(feedback_read([&](feedback::FeedbackStore& s) { return s.curations(RegionCode("RO21")); })->size(), 1u);
  feedback_write([&](feedback::FeedbackStore& s) { return s.delete_curation(key); });
  EXPECT_TRUE(feedback_read([&](feedback::FeedbackStore& s) { return s.curations(RegionCode("RO21")); })->empty());
}

TEST_F(FeedbackContract, a_question_comes_back_with_its_people_and_changes_only_at_its_revision) {
  auto id = insert(question());
  auto q = helpdesk_read([&](helpdesk::HelpdeskStore& s) { return s.question(id); });
  ASSERT_TRUE(*q);
  EXPECT_EQ((*q)->asker_name, "Ana");
  EXPECT_EQ((*q)->text, question().text);
  EXPECT_EQ((*q)->status, helpdesk::QuestionStatus::open);
  EXPECT_EQ((*q)->revision, 1);
  EXPECT_FALSE((*q)->expert);
  helpdesk::Question changed = **q;
  changed.expert = kCleo;
  changed.due = "2026-06-11";
  changed.status = helpdesk::QuestionStatus::answered;
  changed.answer_item = kAcademy;
  changed.answered_at = 3000;
  bool written = false;
  helpdesk_write([&](helpdesk::HelpdeskStore& s) -> Status {
    auto w = s.update_question(changed, 1);
    if (!w) return std::unexpected(w.error());
    written = *w;
    return {};
  });
  EXPECT_TRUE(written);
  helpdesk_write([&](helpdesk::HelpdeskStore& s) -> Status {
    auto w = s.update_question(changed, 1);  // stale
    if (!w) return std::unexpected(w.error());
    written = *w;
    return {};
  });
  EXPECT_FALSE(written);
  q = helpdesk_read([&](helpdesk::HelpdeskStore& s) { return s.question(id); });
  EXPECT_EQ((*q)->revision, 2);
  EXPECT_EQ((*q)->expert_name, "Cleo");
  EXPECT_EQ((*q)->answer_item, kAcademy);
  // The draft the answer became is deleted: the question stays, without its link.
  auto removed = database_->db().transaction([](soci::session& s) { s << "DELETE FROM knowledge_items WHERE id = 18"; });
  ASSERT_TRUE(removed) << removed.error().detail;
  q = helpdesk_read([&](helpdesk::HelpdeskStore& s) { return s.question(id); });
  ASSERT_TRUE(*q);
  EXPECT_FALSE((*q)->answer_item);
}

TEST_F(FeedbackContract, questions_are_filtered_in_sql_newest_first) {
  auto a = insert(question("WG4", kAna));
  auto b_q = question("WG1", kBogdan);
  b_q.created_at = 2500;
  auto b = insert(b_q);
  helpdesk_write([&](helpdesk::HelpdeskStore& s) -> Status {
    auto q = s.question(a);
    if (!q) return std::unexpected(q.error());
    auto changed = **q;
    changed.expert = kCleo;
    changed.status = helpdesk::QuestionStatus::assigned;
    auto w = s.update_question(changed, 1);
    if (!w) return std::unexpected(w.error());
    return {};
  });
  auto ids = [&](helpdesk::QuestionFilter f) {
    std::vector<std::int64_t> out;
    auto found = helpdesk_read([&](helpdesk::HelpdeskStore& s) { return s.questions(f); });
    for (const auto& q : *found) out.push_back(q.id.value());
    return out;
  };
  EXPECT_EQ(ids({}), (std::vector<std::int64_t>{b.value(), a.value()}));
  EXPECT_EQ(ids({.asker = kBogdan}), (std::vector<std::int64_t>{b.value()}));
  EXPECT_EQ(ids({.expert = kCleo}), (std::vector<std::int64_t>{a.value()}));
  EXPECT_EQ(ids({.areas = {AreaCode("WG1"), AreaCode("WG2")}}), (std::vector<std::int64_t>{b.value()}));
  EXPECT_EQ(ids({.statuses = {helpdesk::QuestionStatus::assigned}}), (std::vector<std::int64_t>{a.value()}));
  EXPECT_TRUE(ids({.region = RegionCode("HU32")}).empty());
}

TEST_F(FeedbackContract, a_reminder_is_kept_once_and_a_question_needs_a_known_region) {
  helpdesk_write([&](helpdesk::HelpdeskStore& s) -> Status {
    if (auto ok = s.mark_reminder_sent("question:1:overdue:2026-06-11", 10); !ok) return ok;
    return s.mark_reminder_sent("question:1:overdue:2026-06-11", 20);
  });
  EXPECT_TRUE(*helpdesk_read([&](helpdesk::HelpdeskStore& s) { return s.reminder_sent("question:1:overdue:2026-06-11"); }));
  EXPECT_FALSE(*helpdesk_read([&](helpdesk::HelpdeskStore& s) { return s.reminder_sent("question:1:due-soon:2026-06-11"); }));
  auto nowhere = question();
  nowhere.region = RegionCode("XX99");
  EXPECT_FALSE(helpdesk_->transaction([&](helpdesk::HelpdeskStore& s) -> Status {
    auto made = s.insert_question(nowhere);
    if (!made) return std::unexpected(made.error());
    return {};
  }));
  EXPECT_TRUE(helpdesk_read([&](helpdesk::HelpdeskStore& s) { return s.questions({}); })->empty());
}

}  // namespace cps::test
