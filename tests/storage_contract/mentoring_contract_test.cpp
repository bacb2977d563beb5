// Mentoring on both databases: an offer comes back with its topics and languages in order and
// is replaced whole; open pairs count accepted requests only; a request comes back whole with
// its meetings by date and feedback; optimistic updates; one feedback per side; the
// database's own guards; and a failed transaction leaving nothing behind.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "storage/mentoring_repository_sql.hpp"

namespace cps::test {

using namespace cps::mentoring;

namespace {

const accounts::UserId kAna(1), kBogdan(2), kCleo(3);
const accounts::OrganisationId kNordEst(1), kAttica(2);

MentorOffer offer_of(accounts::UserId mentor, std::vector<std::string> topics, int capacity) {
  MentorOffer o;
  o.mentor = mentor;
  o.organisation = kAttica;
  o.topics = std::move(topics);
  o.capacity = capacity;
  o.languages = {"el", "en"};
  o.availability = "Δύο ώρες τον μήνα";
  o.updated_at = 100;
  return o;
}

MentoringRequest request_of(accounts::UserId learner, accounts::UserId mentor) {
  MentoringRequest r;
  r.learner = learner;
  r.mentor = mentor;
  r.need = NeedRef{RegionCode("RO21"), "criterion:WG2.1"};
  r.message = "Cum ați pornit laboratorul?";
  r.created_at = r.updated_at = 200;
  return r;
}

class MentoringContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::MentoringRepositorySql>(database_->db());
    auto seeded = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO organisations (id, slug, type, country_code, region_code, role, experience, created_at, "
           "updated_at) VALUES "
           "(1, 'rda-nord-est', 'development_agency', 'RO', 'RO21', 'project_partner', 'learning', 0, 0), "
           "(2, 'attica-cluster', 'development_agency', 'EL', 'EL30', 'project_partner', 'experienced', 0, 0)";
      s << "INSERT INTO users (id, display_name, organisation_id, status, created_at, updated_at) VALUES "
           "(1, 'Ana', 1, 'active', 0, 0), (2, 'Bogdan', 1, 'active', 0, 0), (3, 'Cleo', 2, 'active', 0, 0)";
    });
    ASSERT_TRUE(seeded) << seeded.error().detail;
  }

  void write(const std::function<Status(MentoringStore&)>& work) {
    auto done = repository_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
  }

  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, MentoringStore&> out;
    auto done = repository_->read([&](MentoringStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done) << (done ? "" : done.error().detail);
    EXPECT_TRUE(out) << (out ? "" : out.error().message + " " + out.error().detail);
    return out;
  }

  RequestId insert(const MentoringRequest& r) {
    RequestId id;
    write([&](MentoringStore& s) -> Status {
      auto inserted = s.insert_request(r);
      if (!inserted) return std::unexpected(inserted.error());
      id = *inserted;
      return {};
    });
    return id;
  }

  MentoringRequest whole(RequestId id) {
    auto found = read([&](MentoringStore& s) { return s.request(id); });
    EXPECT_TRUE(found && *found);
    return found && *found ? **found : MentoringRequest{};
  }

  long long count(const std::string& sql) {
    long long n = -1;
    auto r = database_->db().with_session([&](soci::session& s) { s << sql, soci::into(n); });
    EXPECT_TRUE(r);
    return n;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::MentoringRepositorySql> repository_;
};

}  // namespace

TEST_F(MentoringContract, an_offer_comes_back_with_its_topics_and_languages_in_order_and_is_replaced_whole) {
  write([&](MentoringStore& s) { return s.save_offer(offer_of(kCleo, {"area:WG4", "criterion:WG2.1"}, 2)); });
  auto found = read([&](MentoringStore& s) { return s.offer(kCleo); });
  ASSERT_TRUE(found && *found);
  EXPECT_EQ((*found)->topics, (std::vector<std::string>{"area:WG4", "criterion:WG2.1"}));
  EXPECT_EQ((*found)->languages, (std::vector<std::string>{"el", "en"}));
  EXPECT_EQ((*found)->availability, "Δύο ώρες τον μήνα");
  EXPECT_EQ((*found)->capacity, 2);
  EXPECT_TRUE((*found)->active);
  EXPECT_EQ((*found)->open_pairs, 0);

  MentorOffer changed = offer_of(kCleo, {"area:WG1"}, 1);
  changed.active = false;
  changed.languages = {"fr"};
  write([&](MentoringStore& s) { return s.save_offer(changed); });
  auto all = read([](MentoringStore& s) { return s.offers(); });
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ((*all)[0].topics, (std::vector<std::string>{"area:WG1"}));
  EXPECT_EQ((*all)[0].languages, (std::vector<std::string>{"fr"}));
  EXPECT_FALSE((*all)[0].active);
  auto none = read([&](MentoringStore& s) { return s.offer(kAna); });
  ASSERT_TRUE(none);
  EXPECT_FALSE(*none);
}

TEST_F(MentoringContract, a_request_comes_back_whole_and_open_pairs_count_accepted_ones) {
  write([&](MentoringStore& s) { return s.save_offer(offer_of(kCleo, {"area:WG2"}, 2)); });
  RequestId first = insert(request_of(kAna, kCleo));
  RequestId second = insert(request_of(kBogdan, kCleo));
  MentoringRequest r = whole(first);
  EXPECT_EQ(r.learner, kAna);
  EXPECT_EQ(r.need.region.str(), "RO21");
  EXPECT_EQ(r.need.need, "criterion:WG2.1");
  EXPECT_EQ(r.message, "Cum ați pornit laboratorul?");
  EXPECT_EQ(r.status, RequestStatus::requested);
  EXPECT_EQ(r.revision, 1);
  EXPECT_FALSE(r.outcome);

  r.status = RequestStatus::accepted;
  r.answer_reason = "Cu plăcere.";
  r.answered_at = 300;
  write([&](MentoringStore& s) -> Status {
    auto updated = s.update_request(r, 1);
    if (!updated) return std::unexpected(updated.error());
    EXPECT_TRUE(*updated);
    return {};
  });
  auto offer = read([&](MentoringStore& s) { return s.offer(kCleo); });
  ASSERT_TRUE(offer && *offer);
  EXPECT_EQ((*offer)->open_pairs, 1);

  // A stale revision writes nothing.
  MentoringRequest stale = whole(second);
  stale.status = RequestStatus::declined;
  write([&](MentoringStore& s) -> Status {
    auto updated = s.update_request(stale, 7);
    if (!updated) return std::unexpected(updated.error());
    EXPECT_FALSE(*updated);
    return {};
  });
  EXPECT_EQ(whole(second).status, RequestStatus::requested);

  RequestFilter mine;
  mine.learner = kAna;
  auto ana = read([&](MentoringStore& s) { return s.requests(mine); });
  ASSERT_TRUE(ana);
  ASSERT_EQ(ana->size(), 1u);
  EXPECT_EQ((*ana)[0].id, first);
  RequestFilter of_cleo;
  of_cleo.mentor = kCleo;
  auto cleo = read([&](MentoringStore& s) { return s.requests(of_cleo); });
  ASSERT_TRUE(cleo);
  EXPECT_EQ(cleo->size(), 2u);
  RequestFilter either{kBogdan, kBogdan, true};
  auto bogdan = read([&](MentoringStore& s) { return s.requests(either); });
  ASSERT_TRUE(bogdan);
  EXPECT_EQ(bogdan->size(), 1u);
}

TEST_F(MentoringContract, meetings_come_back_by_date_feedback_once_per_side_and_the_outcome_closes) {
  write([&](MentoringStore& s) { return s.save_offer(offer_of(kCleo, {"area:WG2"}, 1)); });
  RequestId id = insert(request_of(kAna, kCleo));
  write([&](MentoringStore& s) -> Status {
    for (auto [day, notes] : {std::pair{"2026-11-03", "Al doilea apel."}, {"2026-10-06", "Primul apel."}}) {
      auto added = s.insert_meeting(id, Meeting{MeetingId(), day, notes, kCleo, 400});
      if (!added) return std::unexpected(added.error());
    }
    return {};
  });
  MentoringRequest r = whole(id);
  ASSERT_EQ(r.meetings.size(), 2u);
  EXPECT_EQ(r.meetings[0].held_on, "2026-10-06");
  EXPECT_EQ(r.meetings[1].notes, "Al doilea apel.");
  EXPECT_EQ(r.meetings[0].recorded_by, kCleo);

  r.status = RequestStatus::completed;
  r.outcome = OutcomeResult::partly_achieved;
  r.outcome_text = "Laborator proiectat.";
  r.closed_at = 500;
  write([&](MentoringStore& s) -> Status {
    auto updated = s.update_request(r, r.revision);
    if (!updated) return std::unexpected(updated.error());
    EXPECT_TRUE(*updated);
    return s.insert_feedback(id, Feedback{Side::learner, 5, "Foarte util.", 600});
  });
  auto again = repository_->transaction(
      [&](MentoringStore& s) { return s.insert_feedback(id, Feedback{Side::learner, 4, "", 700}); });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  write([&](MentoringStore& s) { return s.insert_feedback(id, Feedback{Side::mentor, 4, "", 800}); });
  r = whole(id);
  EXPECT_EQ(r.status, RequestStatus::completed);
  EXPECT_EQ(r.outcome, OutcomeResult::partly_achieved);
  EXPECT_EQ(r.closed_at, 500);
  ASSERT_EQ(r.feedback.size(), 2u);
  ASSERT_TRUE(r.feedback_of(Side::learner));
  EXPECT_EQ(r.feedback_of(Side::learner)->comment, "Foarte util.");
  EXPECT_EQ(r.feedback_of(Side::mentor)->rating, 4);
}

TEST_F(MentoringContract, the_database_guards_pairs_capacity_ratings_and_the_outcome) {
  auto refuses = [&](const std::string& sql) {
    auto r = database_->db().transaction([&](soci::session& s) { s << sql; });
    EXPECT_FALSE(r) << sql;
  };
  refuses("INSERT INTO mentoring_requests (learner_id, mentor_id, region_code, need, message, status, revision, "
          "created_at, updated_at) VALUES (1, 1, 'RO21', 'area:WG1', 'x', 'requested', 1, 0, 0)");
  refuses("INSERT INTO mentoring_requests (learner_id, mentor_id, region_code, need, message, status, revision, "
          "created_at, updated_at) VALUES (1, 3, 'RO21', 'area:WG1', 'x', 'completed', 1, 0, 0)");
  refuses("INSERT INTO mentoring_requests (learner_id, mentor_id, region_code, need, message, status, revision, "
          "created_at, updated_at) VALUES (1, 3, 'XX99', 'area:WG1', 'x', 'requested', 1, 0, 0)");
  refuses("INSERT INTO mentor_offers (user_id, organisation_id, capacity, availability, active, updated_at) "
          "VALUES (3, 2, 0, 'x', 1, 0)");
  EXPECT_EQ(count("SELECT COUNT(*) FROM mentoring_requests"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM mentor_offers"), 0);
}

TEST_F(MentoringContract, a_failed_transaction_writes_nothing_and_a_change_writes_its_audit_line) {
  auto failed = repository_->transaction([&](MentoringStore& s) -> Status {
    if (auto ok = s.save_offer(offer_of(kCleo, {"area:WG2"}, 1)); !ok) return ok;
    auto id = s.insert_request(request_of(kAna, kCleo));
    if (!id) return std::unexpected(id.error());
    return fail(ErrorKind::conflict, "Stop.");
  });
  ASSERT_FALSE(failed);
  EXPECT_EQ(count("SELECT COUNT(*) FROM mentor_offers"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM mentoring_requests"), 0);
  write([&](MentoringStore& s) -> Status {
    if (auto ok = s.save_offer(offer_of(kCleo, {"area:WG2"}, 1)); !ok) return ok;
    return s.append_audit({kCleo, "cleo@example.org", "mentoring.offer_saved", "mentor:3", "capacity 1", "", 900});
  });
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'mentoring.offer_saved' AND target = 'mentor:3'"), 1);
}

}  // namespace cps::test
