// Cluster profiles on both databases: a profile comes back whole with its texts, sectors,
// technologies, languages and editors; one per organisation; optimistic header updates; the
// list by status; offers and needs with their texts, sectors and countries, changed and
// deleted within their profile; following once per person; the database's own guards; and
// a failed transaction leaving nothing behind.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "storage/cluster_profile_repository_sql.hpp"

namespace cps::test {

using namespace cps::matchmaking;

namespace {

const accounts::UserId kCristian(1), kMaja(2);
const accounts::OrganisationId kSuceava(1), kPohorje(2);

ClusterProfile profile(accounts::OrganisationId organisation) {
  ClusterProfile p;
  p.organisation = organisation;
  p.status = ProfileStatus::draft;
  p.texts = {{"en", "Wood processing in the Suceava valley", "Forty **firms**."},
             {"ro", "Prelucrarea lemnului în valea Sucevei", "Patruzeci de firme."}};
  p.sectors = {{"16", 'C', ""}, {"31", 'C', ""}};
  p.value_chain = ValueChainPosition::manufacturing;
  p.technologies = {"cnc machining", "timber drying"};
  p.members = {34, 2, 1, 2, 1, 0};
  p.languages = {"ro", "en"};
  p.founded = 2012;
  p.staff = 3;
  p.label = ExcellenceLabel::bronze;
  p.website = "https://wood.example";
  p.contact = {"Cristian Lupu", "office@wood.example", "+40 230 123 456", ContactVisibility::on_request};
  p.editors = {kCristian, kMaja};
  p.created_at = p.updated_at = 1000;
  return p;
}

OfferNeed offer(Side side, std::string title) {
  OfferNeed o;
  o.side = side;
  o.kind = OfferKind::facility;
  o.texts = {{"en", std::move(title), "Accredited."}, {"sl", "Laboratorij", ""}};
  o.divisions = {"16"};
  o.countries = {CountryCode("RO"), CountryCode("AT")};
  o.expires_on = "2027-12-07";
  o.created_at = 2000;
  return o;
}

class ClusterProfileContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::ClusterProfileRepositorySql>(database_->db());
    auto surroundings = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO organisations (id, slug, type, country_code, region_code, role, experience, created_at, "
           "updated_at) VALUES "
           "(1, 'suceava-wood', 'cluster_organisation', 'RO', 'RO21', 'user_group', 'learning', 0, 0), "
           "(2, 'pohorje-wood', 'cluster_organisation', 'SI', 'SI03', 'project_partner', 'experienced', 0, 0)";
      s << "INSERT INTO users (id, display_name, organisation_id, status, created_at, updated_at) VALUES "
           "(1, 'Cristian', 1, 'active', 0, 0), (2, 'Maja', 2, 'active', 0, 0)";
    });
    ASSERT_TRUE(surroundings) << surroundings.error().detail;
  }

  void write(const std::function<Status(ProfileStore&)>& work) {
    auto done = repository_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
  }

  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, ProfileStore&> out;
    auto done = repository_->read([&](ProfileStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done) << (done ? "" : done.error().detail);
    EXPECT_TRUE(out) << (out ? "" : out.error().message + " " + out.error().detail);
    return out;
  }

  ProfileId insert(const ClusterProfile& p) {
    ProfileId id;
    write([&](ProfileStore& s) -> Status {
      auto made = s.insert_profile(p);
      if (!made) return std::unexpected(made.error());
      id = *made;
      return {};
    });
    return id;
  }

  ClusterProfile whole(ProfileId id) {
    auto found = read([&](ProfileStore& s) { return s.profile(id); });
    EXPECT_TRUE(found && *found);
    return found && *found ? **found : ClusterProfile{};
  }

  OfferNeedId save(ProfileId profile, const OfferNeed& o) {
    OfferNeedId id;
    write([&](ProfileStore& s) -> Status {
      auto saved = s.save_offer(profile, o);
      if (!saved) return std::unexpected(saved.error());
      id = *saved;
      return {};
    });
    return id;
  }

  long long count(const std::string& sql) {
    long long n = -1;
    auto r = database_->db().with_session([&](soci::session& s) { s << sql, soci::into(n); });
    EXPECT_TRUE(r);
    return n;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::ClusterProfileRepositorySql> repository_;
};

TEST_F(ClusterProfileContract, a_profile_comes_back_whole_and_once_per_organisation) {
  auto id = insert(profile(kSuceava));
  auto p = whole(id);
  EXPECT_EQ(p.id, id);
  EXPECT_EQ(p.organisation, kSuceava);
  EXPECT_EQ(p.status, ProfileStatus::draft);
  EXPECT_EQ(p.revision, 1);
  ASSERT_EQ(p.texts.size(), 2u);
  EXPECT_EQ(p.texts[1].tagline, "Prelucrarea lemnului în valea Sucevei");
  EXPECT_EQ(p.divisions(), (std::vector<std::string>{"16", "31"}));
  EXPECT_EQ(p.value_chain, ValueChainPosition::manufacturing);
  EXPECT_EQ(p.technologies, (std::vector<std::string>{"cnc machining", "timber drying"}));
  EXPECT_EQ(p.members, (MemberCounts{34, 2, 1, 2, 1, 0}));
  EXPECT_EQ(p.languages, (std::vector<std::string>{"ro", "en"}));
  EXPECT_EQ(p.founded, 2012);
  EXPECT_EQ(p.staff, 3);
  EXPECT_EQ(p.label, ExcellenceLabel::bronze);
  EXPECT_EQ(p.contact, (Contact{"Cristian Lupu", "office@wood.example", "+40 230 123 456", ContactVisibility::on_request}));
  EXPECT_EQ(p.editors, (std::vector<accounts::UserId>{kCristian, kMaja}));
  auto of = read([&](ProfileStore& s) { return s.profile_of(kSuceava); });
  EXPECT_EQ(*of, std::optional<ProfileId>(id));
  EXPECT_FALSE(*read([&](ProfileStore& s) { return s.profile_of(kPohorje); }));
  // The database refuses a second profile of the organisation even when a caller forgot to ask.
  auto again = repository_->transaction([&](ProfileStore& s) -> Status {
    auto made = s.insert_profile(profile(kSuceava));
    return made ? Status{} : std::unexpected(made.error());
  });
  EXPECT_FALSE(again);
  EXPECT_EQ(count("SELECT COUNT(*) FROM cluster_profiles"), 1);
}

TEST_F(ClusterProfileContract, a_stale_revision_writes_nothing_and_lists_are_replaced_whole) {
  auto id = insert(profile(kSuceava));
  auto p = whole(id);
  p.status = ProfileStatus::published;
  p.published_at = 3000;
  p.founded.reset();
  p.sectors = {{"31", 'C', ""}};
  p.technologies = {"upholstery"};
  p.editors = {kMaja};
  p.texts.pop_back();
  bool written = false;
  write([&](ProfileStore& s) -> Status {
    auto w = s.update_profile(p, 1);
    if (!w) return std::unexpected(w.error());
    written = *w;
    return {};
  });
  EXPECT_TRUE(written);
  auto after = whole(id);
  EXPECT_EQ(after.revision, 2);
  EXPECT_EQ(after.status, ProfileStatus::published);
  EXPECT_EQ(after.published_at, 3000);
  EXPECT_FALSE(after.founded);
  EXPECT_EQ(after.divisions(), std::vector<std::string>{"31"});
  EXPECT_EQ(after.technologies, std::vector<std::string>{"upholstery"});
  EXPECT_EQ(after.editors, std::vector<accounts::UserId>{kMaja});
  EXPECT_EQ(after.texts.size(), 1u);
  write([&](ProfileStore& s) -> Status {
    auto w = s.update_profile(profile(kSuceava), 1);
    if (!w) return std::unexpected(w.error());
    written = *w;
    return {};
  });
  EXPECT_FALSE(written);
  EXPECT_EQ(whole(id).revision, 2);

  auto other = insert(profile(kPohorje));
  auto published = read([&](ProfileStore& s) { return s.profiles({ProfileStatus::published}); });
  ASSERT_EQ(published->size(), 1u);
  EXPECT_EQ(published->front().id, id);
  auto all = read([&](ProfileStore& s) { return s.profiles({}); });
  EXPECT_EQ(all->size(), 2u);
  auto drafts = read([&](ProfileStore& s) { return s.profiles({ProfileStatus::draft, ProfileStatus::in_review}); });
  ASSERT_EQ(drafts->size(), 1u);
  EXPECT_EQ(drafts->front().id, other);
}

TEST_F(ClusterProfileContract, offers_and_needs_are_kept_changed_and_deleted_within_their_profile) {
  auto id = insert(profile(kSuceava));
  auto other = insert(profile(kPohorje));
  auto lab = save(id, offer(Side::offer, "Accredited testing lab"));
  auto need = save(id, offer(Side::need, "Kiln capacity"));
  auto p = whole(id);
  ASSERT_EQ(p.offers_and_needs.size(), 2u);
  const auto& o = p.offers_and_needs[0];
  EXPECT_EQ(o.id, lab);
  EXPECT_EQ(o.side, Side::offer);
  EXPECT_EQ(o.kind, OfferKind::facility);
  ASSERT_EQ(o.texts.size(), 2u);
  EXPECT_EQ(o.texts[1].language, "sl");
  EXPECT_EQ(o.divisions, std::vector<std::string>{"16"});
  EXPECT_EQ(o.countries, (std::vector<CountryCode>{CountryCode("RO"), CountryCode("AT")}));
  EXPECT_EQ(o.expires_on, "2027-12-07");
  EXPECT_EQ(o.created_at, 2000);

  auto changed = p.offers_and_needs[1];
  changed.expires_on = "2028-01-06";
  changed.renewed_at = 4000;
  changed.texts = {{"en", "Kiln drying capacity", ""}};
  changed.countries.clear();
  save(id, changed);
  auto renewed = whole(id).offers_and_needs[1];
  EXPECT_EQ(renewed.expires_on, "2028-01-06");
  EXPECT_EQ(renewed.renewed_at, 4000);
  EXPECT_EQ(renewed.texts.size(), 1u);
  EXPECT_TRUE(renewed.countries.empty());

  // Another profile's offer is neither changed nor deleted through this one.
  auto wrong = repository_->transaction([&](ProfileStore& s) -> Status {
    auto saved = s.save_offer(other, changed);
    return saved ? Status{} : std::unexpected(saved.error());
  });
  EXPECT_FALSE(wrong);
  auto deleted = read([&](ProfileStore& s) { return s.delete_offer(other, need); });
  EXPECT_FALSE(*deleted);
  write([&](ProfileStore& s) -> Status {
    auto d = s.delete_offer(id, need);
    if (!d) return std::unexpected(d.error());
    EXPECT_TRUE(*d);
    return {};
  });
  EXPECT_EQ(whole(id).offers_and_needs.size(), 1u);
  EXPECT_EQ(count("SELECT COUNT(*) FROM cluster_profile_offer_texts"), 2);
}

TEST_F(ClusterProfileContract, following_counts_once_per_person) {
  auto id = insert(profile(kSuceava));
  write([&](ProfileStore& s) -> Status {
    if (auto f = s.follow(id, kMaja, 10); !f) return f;
    if (auto f = s.follow(id, kMaja, 11); !f) return f;
    return s.follow(id, kCristian, 12);
  });
  EXPECT_EQ(*read([&](ProfileStore& s) { return s.followers(id); }),
            (std::vector<accounts::UserId>{kMaja, kCristian}));
  EXPECT_EQ(*read([&](ProfileStore& s) { return s.followed_by(kMaja); }), std::vector<ProfileId>{id});
  bool removed = false;
  write([&](ProfileStore& s) -> Status {
    auto r = s.unfollow(id, kMaja);
    if (!r) return std::unexpected(r.error());
    removed = *r;
    return {};
  });
  EXPECT_TRUE(removed);
  EXPECT_FALSE(*read([&](ProfileStore& s) { return s.unfollow(id, kMaja); }));
  EXPECT_EQ(read([&](ProfileStore& s) { return s.followers(id); })->size(), 1u);
}

TEST_F(ClusterProfileContract, a_failed_transaction_writes_nothing_and_the_database_guards_names) {
  auto failed = repository_->transaction([&](ProfileStore& s) -> Status {
    auto made = s.insert_profile(profile(kSuceava));
    if (!made) return std::unexpected(made.error());
    accounts::AuditRecord r;
    r.actor_label = "system";
    r.action = "cluster_profile.created";
    r.target = "cluster_profile:" + std::to_string(made->value());
    r.at = 5;
    if (auto a = s.append_audit(r); !a) return a;
    return fail(ErrorKind::conflict, "stop");
  });
  EXPECT_FALSE(failed);
  EXPECT_EQ(count("SELECT COUNT(*) FROM cluster_profiles"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'cluster_profile.created'"), 0);
  auto bad = database_->db().transaction([](soci::session& s) {
    s << "INSERT INTO cluster_profiles (organisation_id, status, value_chain, contact_visibility, revision, "
         "created_at, updated_at) VALUES (1, 'secret', 'mixed', 'public', 1, 0, 0)";
  });
  EXPECT_FALSE(bad);
}

}  // namespace
}  // namespace cps::test
