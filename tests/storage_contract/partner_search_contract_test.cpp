// Partner search on both databases: an expression of interest comes back whole (names and the
// title kept as sent, nullable ids), counted per sender and cluster after a moment, listed
// newest first as sent and as received; saved searches read back through the one criteria
// reader with what their alerts told about, added to without duplicates and deleted with it;
// mails and audit lines written in the same transaction, and nothing left of a failed one.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "storage/partner_search_repository_sql.hpp"

namespace cps::test {

using namespace cps::partner_search;

namespace {

Interest interest(std::int64_t sender, std::int64_t profile, Seconds at, std::optional<std::int64_t> about = std::nullopt) {
  Interest i;
  i.sender = accounts::UserId(sender);
  i.sender_name = "Ana Popescu";
  i.sender_organisation = accounts::OrganisationId(1);
  i.sender_organisation_name = "Valea Sucevei Wood Cluster";
  i.from_profile = ProfileId(5);
  i.to_profile = ProfileId(profile);
  i.to_organisation_name = "Pannon Wood Cluster";
  if (about) {
    i.about = OfferNeedId(*about);
    i.about_title = "Accredited testing lab — wood";
  }
  i.message = "Dear colleagues,\nshall we test together? Ţara, Ελλάδα.";
  i.sent_at = at;
  return i;
}

}  // namespace

class PartnerSearchContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::PartnerSearchRepositorySql>(database_->db());
    auto people = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO organisations (id, slug, type, country_code, region_code, role, experience, created_at, "
           "updated_at) VALUES (1, 'valea-sucevei', 'development_agency', 'RO', 'RO21', 'project_partner', 'learning', 0, 0)";
      s << "INSERT INTO users (id, display_name, organisation_id, status, created_at, updated_at) VALUES "
           "(1, 'Ana', 1, 'active', 0, 0), (2, 'Bogdan', NULL, 'active', 0, 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  void write(const std::function<Status(PartnerSearchStore&)>& work) {
    auto done = repository_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
  }
  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, PartnerSearchStore&> out;
    auto done = repository_->read([&](PartnerSearchStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done) << (done ? "" : done.error().detail);
    EXPECT_TRUE(out) << (out ? "" : out.error().message + " " + out.error().detail);
    return out;
  }
  long long count(const std::string& table) {
    long long n = 0;
    auto ok = database_->db().with_session([&](soci::session& s) { s << "SELECT COUNT(*) FROM " + table, soci::into(n); });
    EXPECT_TRUE(ok);
    return n;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::PartnerSearchRepositorySql> repository_;
};

TEST_F(PartnerSearchContract, an_interest_comes_back_whole_and_is_counted_and_listed_newest_first) {
  InterestId first, second;
  write([&](PartnerSearchStore& s) -> Status {
    first = *s.insert_interest(interest(1, 40, 1000, 77));
    auto bare = interest(1, 41, 2000);
    bare.sender_organisation.reset();
    bare.from_profile.reset();
    second = *s.insert_interest(bare);
    s.insert_interest(interest(2, 40, 3000));
    return {};
  });
  auto sent = read([](PartnerSearchStore& s) { return s.interests_sent(accounts::UserId(1)); });
  ASSERT_EQ(sent->size(), 2u);
  EXPECT_EQ((*sent)[0].id, second);
  EXPECT_FALSE((*sent)[0].sender_organisation);
  EXPECT_FALSE((*sent)[0].from_profile);
  EXPECT_FALSE((*sent)[0].about);
  const Interest& whole = (*sent)[1];
  EXPECT_EQ(whole.id, first);
  EXPECT_EQ(whole.sender_organisation, accounts::OrganisationId(1));
  EXPECT_EQ(whole.from_profile, ProfileId(5));
  EXPECT_EQ(whole.to_profile, ProfileId(40));
  EXPECT_EQ(whole.about, OfferNeedId(77));
  EXPECT_EQ(whole.about_title, "Accredited testing lab — wood");
  EXPECT_EQ(whole.message, "Dear colleagues,\nshall we test together? Ţara, Ελλάδα.");
  EXPECT_EQ(whole.sent_at, 1000);
  EXPECT_EQ(*read([](PartnerSearchStore& s) { return s.interests_since(accounts::UserId(1), ProfileId(40), 999); }), 1u);
  EXPECT_EQ(*read([](PartnerSearchStore& s) { return s.interests_since(accounts::UserId(1), ProfileId(40), 1000); }), 0u);
  auto received = read([](PartnerSearchStore& s) { return s.interests_received({ProfileId(40), ProfileId(99)}); });
  ASSERT_EQ(received->size(), 2u);
  EXPECT_EQ((*received)[0].sender, accounts::UserId(2));
  EXPECT_TRUE(read([](PartnerSearchStore& s) { return s.interests_received({}); })->empty());
}

TEST_F(PartnerSearchContract, a_saved_search_reads_back_with_what_it_knows_and_goes_with_it) {
  SavedSearch search;
  search.owner = accounts::UserId(1);
  search.name = "Testing labs — Ungaria";
  search.criteria.division = "16";
  search.criteria.words = "testing lab";
  search.criteria.country = CountryCode("HU");
  search.criteria.kind = OfferKind::facility;
  search.criteria.with_profile = WithProfile::yes;
  search.alerts = Alerts::daily;
  search.created_at = search.checked_at = 500;
  search.known = {"profile:2/offer:21", "profile:3"};
  SavedSearch other = search;
  other.owner = accounts::UserId(2);
  other.criteria = Criteria{.region = RegionCode("HU22")};
  other.alerts = Alerts::off;
  other.known = {};
  SavedSearchId id, other_id;
  write([&](PartnerSearchStore& s) -> Status {
    id = *s.insert_saved_search(search);
    other_id = *s.insert_saved_search(other);
    return {};
  });
  auto back = read([&](PartnerSearchStore& s) { return s.saved_search(id); });
  ASSERT_TRUE(*back);
  EXPECT_EQ((*back)->name, search.name);
  EXPECT_EQ((*back)->criteria, search.criteria);
  EXPECT_EQ((*back)->alerts, Alerts::daily);
  EXPECT_EQ((*back)->known, search.known);
  auto mine = read([](PartnerSearchStore& s) { return s.saved_searches(accounts::UserId(2)); });
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ((*mine)[0].criteria, other.criteria);
  EXPECT_EQ((*mine)[0].alerts, Alerts::off);
  EXPECT_EQ(read([](PartnerSearchStore& s) { return s.saved_searches(std::nullopt); })->size(), 2u);

  write([&](PartnerSearchStore& s) { return s.mark_checked(id, 9000, {"profile:3", "profile:6/offer:61"}); });
  back = read([&](PartnerSearchStore& s) { return s.saved_search(id); });
  EXPECT_EQ((*back)->checked_at, 9000);
  EXPECT_EQ((*back)->known, (std::vector<std::string>{"profile:2/offer:21", "profile:3", "profile:6/offer:61"}));

  write([&](PartnerSearchStore& s) -> Status {
    EXPECT_TRUE(*s.delete_saved_search(id));
    EXPECT_FALSE(*s.delete_saved_search(id));
    return {};
  });
  EXPECT_FALSE(*read([&](PartnerSearchStore& s) { return s.saved_search(id); }));
  EXPECT_EQ(count("partner_search_known"), 0);
  EXPECT_TRUE(*read([&](PartnerSearchStore& s) { return s.saved_search(other_id); }));
}

TEST_F(PartnerSearchContract, mails_and_audit_lines_go_with_the_change_or_not_at_all) {
  auto failed = repository_->transaction([&](PartnerSearchStore& s) -> Status {
    s.insert_interest(interest(1, 40, 1000));
    s.enqueue_mail({"zsofia@pannon.example", "Interest", "Hello"}, 1000);
    s.append_audit({accounts::UserId(1), "ana@example.org", "partner_search.interest_sent", "cluster_profile:40", "", "", 1000});
    return fail(ErrorKind::conflict, "refused at the last step");
  });
  EXPECT_FALSE(failed);
  EXPECT_EQ(count("partner_interests"), 0);
  EXPECT_EQ(count("outbox"), 0);
  EXPECT_EQ(count("audit_log"), 0);
  write([&](PartnerSearchStore& s) -> Status {
    s.insert_interest(interest(1, 40, 1000));
    s.enqueue_mail({"zsofia@pannon.example", "Interest", "Hello"}, 1000);
    return s.append_audit({accounts::UserId(1), "ana@example.org", "partner_search.interest_sent", "cluster_profile:40",
                           "", "", 1000});
  });
  EXPECT_EQ(count("partner_interests"), 1);
  EXPECT_EQ(count("outbox"), 1);
  EXPECT_EQ(count("audit_log"), 1);
}

}  // namespace cps::test
