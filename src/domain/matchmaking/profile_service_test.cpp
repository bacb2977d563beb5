// Cluster profiles through ClusterProfileService with the real policy and in-memory ports:
// from a draft to a published profile, offers and needs that expire and are renewed, editors,
// followers' mails, contact details as their owners allow, the list's filters, the catalogue
// partner search reads, and the refusals the issue names.
#include "domain/matchmaking/profile_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/matchmaking/published_profiles.hpp"
#include "domain/matchmaking/testing/fake_profile_repository.hpp"
#include "domain/matchmaking/testing/fake_surroundings.hpp"

namespace cps::matchmaking {
namespace {

using accounts::OrganisationId;
using accounts::Principal;
using accounts::Role;
using accounts::UserId;

Principal person(std::int64_t id, Role role, std::optional<std::int64_t> organisation, std::string group = "") {
  Principal p;
  p.via = Principal::Via::session;
  p.user = UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  if (organisation) p.organisation = OrganisationId(*organisation);
  p.roles = {{role, std::move(group)}};
  return p;
}

// Organisations: 100 a Romanian wood cluster (RO21), 200 a Slovenian one (SI03), 300 an
// Italian cluster network (ITH3), 400 a Hungarian agency (HU21).
// People: 1 works for 100, 2 for 200, 3 coordinates WG3 (reviews profiles), 4 works for 400,
// 5 is a consultant of 400 whom 100 names an editor.
class ClusterProfiles : public ::testing::Test {
 protected:
  ClusterProfiles() : service_(repository_, surroundings_, [this] { return now_; }) {
    for (auto [id, name, country, region] : {std::tuple{100, "Suceava Valley Wood Cluster", "RO", "RO21"},
                                             std::tuple{200, "Pohorje Wood Innovation Cluster", "SI", "SI03"},
                                             std::tuple{300, "Piave Cluster Network", "IT", "ITH3"},
                                             std::tuple{400, "Tisza Agency", "HU", "HU21"}})
      surroundings_.organisation_refs[id] = OrganisationRef{OrganisationId(id), "org-" + std::to_string(id),
                                                            {{"en", name}}, CountryCode(country), RegionCode(region),
                                                            std::nullopt};
    surroundings_.categories = {{"16", "Wood Products"}, {"31", "Furniture"}, {"62", "Business Services"}};
    for (auto [id, org] : {std::pair{1, 100}, {2, 200}, {3, 300}, {4, 400}, {5, 400}})
      surroundings_.people[id] = Person{UserId(id), "Person " + std::to_string(id),
                                        "person" + std::to_string(id) + "@example.org", "en", OrganisationId(org)};
    surroundings_.reviewer_ids = {3};
  }

  template <class T>
  static T ok(Result<T> r) {
    EXPECT_TRUE(r) << (r ? "" : r.error().message + " [" + r.error().field + "]");
    return r ? std::move(*r) : T{};
  }
  template <class T>
  static Error refused(const Result<T>& r) {
    EXPECT_FALSE(r) << "expected a refusal";
    return r ? Error{ErrorKind::internal, "succeeded"} : r.error();
  }

  static ProfileInput input(std::vector<std::string> sectors = {"16", "31"},
                            ContactVisibility visibility = ContactVisibility::members) {
    ProfileInput in;
    in.texts = {{"en", "Wood processing in the Suceava valley", "Forty firms from forest to furniture."},
                {"ro", "Prelucrarea lemnului în valea Sucevei", ""}};
    in.sectors = std::move(sectors);
    in.value_chain = ValueChainPosition::manufacturing;
    in.technologies = {"CNC machining"};
    in.members = {34, 2, 1, 2, 1, 0};
    in.languages = {"ro", "en"};
    in.contact = {"Cristian Lupu", "office@wood.example", "+40 230 123 456", visibility};
    return in;
  }
  static OfferInput offer(Side side, std::string title, std::string expires = "") {
    OfferInput in;
    in.side = side;
    in.kind = side == Side::offer ? OfferKind::facility : OfferKind::partner_sought;
    in.texts = {{"en", std::move(title), ""}};
    in.sectors = {"16"};
    in.expires_on = std::move(expires);
    return in;
  }

  // A profile of organisation 100 taken to publication; returns it as its staff sees it.
  ProfileView published(ContactVisibility visibility = ContactVisibility::members) {
    auto id = ok(service_.create(wood_, input({"16", "31"}, visibility)));
    auto v = ok(service_.submit(wood_, id, 1));
    return ok(service_.publish(reviewer_, id, v.card.profile.revision));
  }

  Seconds now_ = 1796637600;  // 2026-12-07 10:00 UTC
  FakeProfileRepository repository_;
  FakeSurroundings surroundings_;
  ClusterProfileService service_;
  Principal wood_ = person(1, Role::stakeholder, 100);
  Principal pohorje_ = person(2, Role::partner_staff, 200);
  Principal reviewer_ = person(3, Role::wg_coordinator, 300, "WG3");
  Principal agency_ = person(4, Role::partner_staff, 400);
  Principal consultant_ = person(5, Role::partner_staff, 400);
  Principal visitor_;
};

TEST_F(ClusterProfiles, a_profile_goes_from_draft_through_review_to_publication) {
  auto id = ok(service_.create(wood_, input()));
  auto v = ok(service_.profile(wood_, id));
  EXPECT_EQ(v.card.profile.status, ProfileStatus::draft);
  EXPECT_EQ(v.card.profile.revision, 1);
  EXPECT_EQ(v.card.profile.editors, std::vector<UserId>{UserId(1)});
  EXPECT_EQ(v.card.organisation_name("ro"), "Suceava Valley Wood Cluster");
  EXPECT_EQ(v.card.country, CountryCode("RO"));
  ASSERT_EQ(v.card.profile.sectors.size(), 2u);
  EXPECT_EQ(v.card.profile.sectors[0].section, 'C');
  EXPECT_EQ(v.card.profile.sectors[0].category, "Wood Products");
  EXPECT_TRUE(v.can.edit);
  EXPECT_TRUE(v.can.submit);
  EXPECT_FALSE(v.can.review);
  // A draft is the organisation's own business.
  EXPECT_EQ(refused(service_.profile(visitor_, id)).kind, ErrorKind::not_found);
  EXPECT_EQ(refused(service_.profile(agency_, id)).kind, ErrorKind::not_found);
  EXPECT_EQ(refused(service_.publish(reviewer_, id, 1)).kind, ErrorKind::conflict);

  v = ok(service_.submit(wood_, id, 1));
  EXPECT_EQ(v.card.profile.status, ProfileStatus::in_review);
  ASSERT_EQ(surroundings_.outbox.size(), 1u);
  EXPECT_EQ(surroundings_.outbox[0].to, "person3@example.org");
  EXPECT_EQ(surroundings_.outbox[0].subject, "Cluster profile to review: Suceava Valley Wood Cluster");
  EXPECT_EQ(refused(service_.publish(wood_, id, 2)).kind, ErrorKind::forbidden);
  auto queue = ok(service_.list(reviewer_, ProfileQuery{.scope = ListScope::awaiting_review}));
  ASSERT_EQ(queue.size(), 1u);
  EXPECT_EQ(refused(service_.list(wood_, ProfileQuery{.scope = ListScope::awaiting_review})).kind, ErrorKind::forbidden);

  v = ok(service_.publish(reviewer_, id, 2));
  EXPECT_EQ(v.card.profile.status, ProfileStatus::published);
  EXPECT_EQ(v.card.profile.published_at, now_);
  EXPECT_EQ(surroundings_.outbox.back().to, "person1@example.org");
  EXPECT_EQ(surroundings_.outbox.back().subject, "Your cluster profile is published");
  EXPECT_TRUE(service_.profile(visitor_, id));
  EXPECT_EQ(repository_.audit_actions(), (std::vector<std::string>{"cluster_profile.created", "cluster_profile.submitted",
                                                                   "cluster_profile.published"}));
  EXPECT_EQ(repository_.state().audit.back().target, "cluster_profile:" + std::to_string(id.value()));
}

TEST_F(ClusterProfiles, one_profile_per_organisation_written_by_its_own_people) {
  auto id = ok(service_.create(wood_, input()));
  auto again = refused(service_.create(wood_, input()));
  EXPECT_EQ(again.kind, ErrorKind::conflict);
  EXPECT_EQ(again.field, "organisation");
  auto theirs = input();
  theirs.organisation = OrganisationId(200);
  EXPECT_EQ(refused(service_.create(wood_, theirs)).kind, ErrorKind::forbidden);
  EXPECT_EQ(refused(service_.create(visitor_, input())).kind, ErrorKind::unauthenticated);
  EXPECT_EQ(refused(service_.update(agency_, id, 1, input())).kind, ErrorKind::not_found);
  auto bad = input({"16", "00"});
  auto e = refused(service_.create(pohorje_, bad));
  EXPECT_EQ(e.field, "sectors");
  EXPECT_EQ(repository_.state().profiles.size(), 1u);
}

TEST_F(ClusterProfiles, a_stale_edit_is_refused_and_nothing_is_written) {
  auto id = ok(service_.create(wood_, input()));
  auto changed = input({"16"});
  ok(service_.update(wood_, id, 1, changed));
  auto e = refused(service_.update(wood_, id, 1, input({"31"})));
  EXPECT_EQ(e.kind, ErrorKind::conflict);
  EXPECT_EQ(e.field, "revision");
  auto v = ok(service_.profile(wood_, id));
  EXPECT_EQ(v.card.profile.revision, 2);
  EXPECT_EQ(v.card.profile.divisions(), std::vector<std::string>{"16"});
  // A failing audit line takes the change with it.
  repository_.state().audit_failure = Error{ErrorKind::unavailable, "down"};
  EXPECT_FALSE(service_.update(wood_, id, 2, input({"31"})));
  repository_.state().audit_failure.reset();
  EXPECT_EQ(ok(service_.profile(wood_, id)).card.profile.revision, 2);
}

TEST_F(ClusterProfiles, offers_and_needs_expire_unless_renewed) {
  auto v = published();
  auto id = v.card.profile.id;
  v = ok(service_.add_offer(wood_, id, v.card.profile.revision, offer(Side::need, "Testing facilities for wood-processing SMEs")));
  ASSERT_EQ(v.card.profile.offers_and_needs.size(), 1u);
  const auto need = v.card.profile.offers_and_needs[0];
  EXPECT_EQ(need.expires_on, "2027-12-07");  // a year from today
  EXPECT_EQ(refused(service_.add_offer(wood_, id, v.card.profile.revision, offer(Side::offer, "Old", "2026-12-07"))).field,
            "expires_on");
  EXPECT_EQ(refused(service_.add_offer(wood_, id, v.card.profile.revision, offer(Side::offer, "Far", "2029-01-01"))).field,
            "expires_on");
  v = ok(service_.add_offer(wood_, id, v.card.profile.revision, offer(Side::offer, "Kiln drying", "2026-12-20")));

  now_ += 30 * 24 * 3600;  // 2027-01-06: the kiln offer has expired
  auto seen = ok(service_.profile(pohorje_, id));
  ASSERT_EQ(seen.card.profile.offers_and_needs.size(), 1u);
  EXPECT_EQ(seen.card.profile.offers_and_needs[0].side, Side::need);
  auto own = ok(service_.profile(wood_, id));
  EXPECT_EQ(own.card.profile.offers_and_needs.size(), 2u);  // its editors still see it, to renew it

  v = ok(service_.renew(wood_, id, own.card.profile.revision, {}));
  for (const auto& o : v.card.profile.offers_and_needs) {
    EXPECT_EQ(o.expires_on, "2028-01-06");
    EXPECT_EQ(o.renewed_at, now_);
  }
  EXPECT_EQ(ok(service_.profile(pohorje_, id)).card.profile.offers_and_needs.size(), 2u);
  v = ok(service_.delete_offer(wood_, id, v.card.profile.revision, need.id));
  EXPECT_EQ(v.card.profile.offers_and_needs.size(), 1u);
  EXPECT_EQ(refused(service_.delete_offer(wood_, id, v.card.profile.revision, need.id)).kind, ErrorKind::not_found);
  EXPECT_EQ(refused(service_.renew(pohorje_, id, v.card.profile.revision, {})).kind, ErrorKind::forbidden);
}

TEST_F(ClusterProfiles, followers_hear_of_changes_and_new_offers_but_not_of_their_own) {
  auto v = published();
  auto id = v.card.profile.id;
  auto followed = ok(service_.follow(pohorje_, id));
  EXPECT_TRUE(followed.following);
  EXPECT_EQ(followed.followers, 1u);
  EXPECT_FALSE(followed.can.follow);
  EXPECT_TRUE(followed.can.unfollow);
  ok(service_.follow(pohorje_, id));  // twice changes nothing
  ok(service_.follow(wood_, id));     // its own editor follows too
  surroundings_.outbox.clear();
  v = ok(service_.add_offer(wood_, id, v.card.profile.revision, offer(Side::offer, "Accredited testing lab")));
  ASSERT_EQ(surroundings_.outbox.size(), 1u);
  EXPECT_EQ(surroundings_.outbox[0].to, "person2@example.org");
  EXPECT_EQ(surroundings_.outbox[0].subject, "Suceava Valley Wood Cluster has a new offer: Accredited testing lab");
  EXPECT_NE(surroundings_.outbox[0].body.find("/cluster-profiles/" + std::to_string(id.value())), std::string::npos);
  ok(service_.update(wood_, id, v.card.profile.revision, input()));
  EXPECT_EQ(surroundings_.outbox.back().subject, "Suceava Valley Wood Cluster updated its cluster profile");
  ok(service_.unfollow(pohorje_, id));
  EXPECT_EQ(ok(service_.profile(pohorje_, id)).followers, 1u);
  EXPECT_EQ(refused(service_.follow(visitor_, id)).kind, ErrorKind::unauthenticated);
  auto draft = ok(service_.create(pohorje_, input()));
  EXPECT_EQ(refused(service_.follow(pohorje_, draft)).kind, ErrorKind::conflict);
  auto actions = repository_.audit_actions();
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "cluster_profile.followed"), 2);
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "cluster_profile.unfollowed"), 1);
}

TEST_F(ClusterProfiles, contact_details_show_only_as_their_owners_allow) {
  auto members = published(ContactVisibility::members).card.profile.id;
  auto hidden = ok(service_.profile(visitor_, members));
  EXPECT_EQ(hidden.contact_shown, ContactShown::for_members);
  EXPECT_EQ(hidden.card.profile.contact.email, "");
  EXPECT_EQ(hidden.card.profile.contact.phone, "");
  EXPECT_EQ(ok(service_.profile(agency_, members)).card.profile.contact.email, "office@wood.example");
  auto listed = ok(service_.list(visitor_, {}));
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].profile.contact.email, "");

  auto in = input({"16"}, ContactVisibility::on_request);
  auto id = ok(service_.create(pohorje_, in));
  auto s = ok(service_.submit(pohorje_, id, 1));
  ok(service_.publish(reviewer_, id, s.card.profile.revision));
  auto asked = ok(service_.profile(agency_, id));
  EXPECT_EQ(asked.contact_shown, ContactShown::on_request);
  EXPECT_EQ(asked.card.profile.contact.person, "");
  EXPECT_EQ(ok(service_.profile(pohorje_, id)).card.profile.contact.email, "office@wood.example");

  // Partner search reads published profiles without anybody's contact details.
  PublishedProfiles catalogue(repository_, surroundings_, [this] { return now_; });
  auto all = ok(catalogue.published_profiles());
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].organisation_name("en"), "Pohorje Wood Innovation Cluster");
  EXPECT_EQ(all[0].profile.contact.email, "");
  EXPECT_EQ(all[1].profile.sectors[0].category, "Wood Products");
  EXPECT_EQ(ok(catalogue.recipients(id)), std::vector<UserId>{UserId(2)});
  EXPECT_TRUE(ok(catalogue.profile_of(OrganisationId(100))));
  EXPECT_FALSE(ok(catalogue.profile_of(OrganisationId(300))));
}

TEST_F(ClusterProfiles, editors_from_elsewhere_may_write_it_while_they_are_named) {
  auto id = ok(service_.create(wood_, input()));
  EXPECT_EQ(refused(service_.set_editors(wood_, id, 1, {"nobody@example.org"})).field, "editors");
  EXPECT_EQ(refused(service_.set_editors(wood_, id, 1, {})).field, "editors");
  auto v = ok(service_.set_editors(wood_, id, 1, {"person1@example.org", "person5@example.org"}));
  EXPECT_EQ(v.card.profile.editors, (std::vector<UserId>{UserId(1), UserId(5)}));
  ASSERT_EQ(v.editors.size(), 2u);
  EXPECT_EQ(v.editors[1].email, "person5@example.org");
  v = ok(service_.update(consultant_, id, v.card.profile.revision, input({"16"})));
  EXPECT_TRUE(v.can.edit);
  EXPECT_EQ(refused(service_.update(agency_, id, v.card.profile.revision, input())).kind, ErrorKind::not_found);
  v = ok(service_.set_editors(wood_, id, v.card.profile.revision, {"person1@example.org"}));
  EXPECT_EQ(refused(service_.update(consultant_, id, v.card.profile.revision, input())).kind, ErrorKind::not_found);
}

TEST_F(ClusterProfiles, a_reviewer_sends_a_profile_back_with_a_note) {
  auto id = ok(service_.create(wood_, input()));
  auto v = ok(service_.submit(wood_, id, 1));
  EXPECT_EQ(refused(service_.send_back(reviewer_, id, v.card.profile.revision, "  ")).field, "note");
  v = ok(service_.send_back(reviewer_, id, v.card.profile.revision, "Say which testing you need."));
  EXPECT_EQ(v.card.profile.status, ProfileStatus::draft);
  EXPECT_EQ(v.card.profile.review_note, "Say which testing you need.");
  EXPECT_EQ(surroundings_.outbox.back().to, "person1@example.org");
  EXPECT_NE(surroundings_.outbox.back().body.find("Say which testing you need."), std::string::npos);
  EXPECT_EQ(refused(service_.send_back(reviewer_, id, v.card.profile.revision, "Again")).kind, ErrorKind::conflict);
  v = ok(service_.submit(wood_, id, v.card.profile.revision));
  v = ok(service_.publish(reviewer_, id, v.card.profile.revision));
  EXPECT_EQ(v.card.profile.review_note, "");
}

TEST_F(ClusterProfiles, the_list_filters_by_sector_category_country_offer_and_words) {
  auto wood = published().card.profile;
  ok(service_.add_offer(wood_, wood.id, wood.revision, offer(Side::need, "Testing facilities for wood-processing SMEs")));
  auto in = input({"62"});
  in.texts = {{"en", "Software for manufacturers", ""}};
  auto id = ok(service_.create(pohorje_, in));
  auto s = ok(service_.submit(pohorje_, id, 1));
  ok(service_.publish(reviewer_, id, s.card.profile.revision));
  auto names = [&](ProfileQuery q) {
    std::vector<std::string> out;
    for (const auto& c : ok(service_.list(visitor_, q))) out.push_back(c.organisation_name("en"));
    return out;
  };
  using Names = std::vector<std::string>;
  EXPECT_EQ(names({}), (Names{"Pohorje Wood Innovation Cluster", "Suceava Valley Wood Cluster"}));
  EXPECT_EQ(names({.division = "16"}), Names{"Suceava Valley Wood Cluster"});
  EXPECT_EQ(names({.category = "business services"}), Names{"Pohorje Wood Innovation Cluster"});
  EXPECT_EQ(names({.country = CountryCode("SI")}), Names{"Pohorje Wood Innovation Cluster"});
  EXPECT_EQ(names({.region = RegionCode("RO21")}), Names{"Suceava Valley Wood Cluster"});
  EXPECT_EQ(names({.side = Side::need}), Names{"Suceava Valley Wood Cluster"});
  EXPECT_EQ(names({.kind = OfferKind::facility}), Names{});
  EXPECT_EQ(names({.words = "TESTING wood"}), Names{"Suceava Valley Wood Cluster"});
  auto mine = ok(service_.list(pohorje_, {.scope = ListScope::mine}));
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].profile.id, id);
}

}  // namespace
}  // namespace cps::matchmaking
