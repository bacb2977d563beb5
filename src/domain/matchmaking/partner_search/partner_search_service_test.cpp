// Partner search through PartnerSearchService with the real policy and in-memory ports: needs
// matched to offers across countries and explained (the location quotient, or why there is
// none), filters, words across languages, the refusals, expressions of interest with their
// mails and audit lines, and saved searches whose daily alerts tell only of new matches.
#include "domain/matchmaking/partner_search/partner_search_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/matchmaking/partner_search/matching.hpp"
#include "domain/matchmaking/partner_search/testing/fake_partner_search_repository.hpp"
#include "domain/matchmaking/partner_search/testing/fake_surroundings.hpp"

namespace cps::partner_search {
namespace {

using matchmaking::ClusterProfile;
using matchmaking::OfferNeed;
using matchmaking::ProfileCard;

constexpr Seconds kFirstOfDecember = 1796083200;  // 2026-12-01 00:00 UTC

accounts::Principal member(std::int64_t id, std::optional<std::int64_t> organisation,
                           accounts::Role role = accounts::Role::partner_staff) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = "Person " + std::to_string(id);
  if (organisation) p.organisation = accounts::OrganisationId(*organisation);
  p.roles = {{role, ""}};
  return p;
}

OfferNeed offer_need(std::int64_t id, Side side, OfferKind kind, std::string language, std::string title,
                     std::vector<std::string> divisions, std::string expires = "2027-12-31") {
  OfferNeed o;
  o.id = matchmaking::OfferNeedId(id);
  o.side = side;
  o.kind = kind;
  o.texts = {{std::move(language), std::move(title), ""}};
  o.divisions = std::move(divisions);
  o.expires_on = std::move(expires);
  return o;
}

// Organisations: 10 a Romanian wood cluster (RO21; the searcher's), 20 a Hungarian one
// (HU22, LQ 2.34 in industry), 30 an Albanian one (AL02, no employment figures), 40 another
// Romanian one (RO11), 50 a Greek software cluster (EL30).
class PartnerSearchFixture : public ::testing::Test {
 protected:
  PartnerSearchFixture() : service_(repository_, profiles_, surroundings_, [this] { return now_; }) {
    surroundings_.division_table = {{"01", 'A', "Agricultural Inputs and Services"},
                                    {"16", 'C', "Wood Products"},
                                    {"31", 'C', "Furniture"},
                                    {"62", 'J', "Information Technology and Analytical Instruments"}};
    surroundings_.countries = {"RO", "HU", "AL", "EL", "SI"};
    surroundings_.regions = {"RO21", "RO11", "HU22", "AL02", "EL30", "SI04"};
    surroundings_.lq = {{{"HU22", 'C'}, 2.34}, {{"RO11", 'C'}, 1.1}, {{"RO21", 'C'}, 1.6}};
    surroundings_.no_figures = {"AL"};
    surroundings_.concepts = {{"lab", "lab"},     {"laboratory", "lab"}, {"laborator", "lab"}, {"testing", "test"},
                              {"testimi", "test"}, {"wood", "wood"},      {"drurit", "wood"}};
    for (auto [id, name, country] : {std::tuple{10, "Valea Sucevei Wood Cluster", "RO"},
                                     std::tuple{20, "Pannon Wood Cluster", "HU"}, std::tuple{30, "Drini Wood", "AL"},
                                     std::tuple{40, "Bucovina Furniture", "RO"}, std::tuple{50, "Attica Software", "EL"},
                                     std::tuple{60, "Slovenian Timber", "SI"}})
      surroundings_.organisations[id] = OrganisationRef{accounts::OrganisationId(id), name, CountryCode(country)};
    surroundings_.persons[2] = Person{accounts::UserId(2), "Zsófia Nagy", "zsofia@pannon.example", "hu",
                                      accounts::OrganisationId(20)};
    surroundings_.persons[3] = Person{accounts::UserId(3), "Laszlo Kiss", "laszlo@pannon.example", "en",
                                      accounts::OrganisationId(20)};
    surroundings_.persons[4] = Person{accounts::UserId(4), "Arta Dervishi", "arta@drini.example", "sq",
                                      accounts::OrganisationId(30)};
    surroundings_.persons[1] = Person{accounts::UserId(1), "Ana Popescu", "ana@valea.example", "ro",
                                      accounts::OrganisationId(10)};

    own_ = profile(1, 10, "RO21",
                   {offer_need(11, Side::need, OfferKind::facility, "en", "Testing facilities for wood-processing SMEs", {"16"}),
                    offer_need(12, Side::offer, OfferKind::expertise, "en", "Training for furniture designers", {"31"})},
                   {"16"});
    publish(own_, "RO", "RO21");
    publish(profile(2, 20, "HU22",
                    {offer_need(21, Side::offer, OfferKind::facility, "en", "Accredited testing lab for wood products", {"16"}),
                     offer_need(22, Side::offer, OfferKind::market, "en", "Old offer of sawmills", {"16"}, "2026-11-30")},
                    {"16", "31"}),
            "HU", "HU22");
    publish(profile(3, 30, "AL02",
                    {offer_need(31, Side::offer, OfferKind::facility, "sq", "Laborator testimi për produktet e drurit", {"16"})},
                    {"16"}),
            "AL", "AL02");
    publish(profile(4, 40, "RO11", {offer_need(41, Side::offer, OfferKind::facility, "en", "Testing lab for wood", {"16"})},
                    {"16"}),
            "RO", "RO11");
    publish(profile(5, 50, "EL30", {offer_need(51, Side::offer, OfferKind::capability, "en", "Cloud services", {"62"})},
                    {"62"}),
            "EL", "EL30");
    profiles_.by_organisation[10] = own_;
    profiles_.recipient_ids[2] = {accounts::UserId(2), accounts::UserId(3)};
  }

  static ClusterProfile profile(std::int64_t id, std::int64_t organisation, std::string, std::vector<OfferNeed> offers,
                                std::vector<std::string> divisions) {
    ClusterProfile p;
    p.id = matchmaking::ProfileId(id);
    p.organisation = accounts::OrganisationId(organisation);
    p.status = matchmaking::ProfileStatus::published;
    for (auto& d : divisions) p.sectors.push_back({d, d == "62" ? 'J' : 'C', ""});
    p.offers_and_needs = std::move(offers);
    p.texts = {{"en", "A cluster", ""}};
    return p;
  }
  void publish(ClusterProfile p, std::string country, std::string region) {
    ProfileCard card;
    card.organisation_names = {{"en", surroundings_.organisations[p.organisation.value()].name}};
    // The catalogue leaves out what has expired.
    profiles_.by_organisation[p.organisation.value()] = p;
    std::erase_if(p.offers_and_needs, [](const OfferNeed& o) { return !o.current("2026-12-01"); });
    card.profile = std::move(p);
    card.country = CountryCode(country);
    card.region = RegionCode(region);
    profiles_.published.push_back(std::move(card));
  }

  SearchResult found(const accounts::Principal& who, Criteria c) {
    auto r = service_.search(who, c, "en");
    EXPECT_TRUE(r) << (r ? "" : r.error().message + " (" + r.error().field + ")");
    return r ? *r : SearchResult{};
  }
  static std::vector<std::string> names(const SearchResult& r) {
    std::vector<std::string> out;
    for (const auto& m : r.matches) out.push_back(m.organisation);
    return out;
  }
  static const Match& match(const SearchResult& r, const std::string& name) {
    auto it = std::find_if(r.matches.begin(), r.matches.end(), [&](const Match& m) { return m.organisation == name; });
    EXPECT_NE(it, r.matches.end()) << name;
    static const Match kNone;
    return it == r.matches.end() ? kNone : *it;
  }
  static bool says(const Match& m, std::string_view text) {
    return std::any_of(m.reasons.begin(), m.reasons.end(), [&](const Reason& r) { return r.text == text; });
  }

  Seconds now_ = kFirstOfDecember;
  FakePartnerSearchRepository repository_;
  FakeProfiles profiles_;
  FakeSurroundings surroundings_;
  PartnerSearchService service_;
  ClusterProfile own_;
  accounts::Principal ana_ = member(1, 10);
};

using PartnerSearch = PartnerSearchFixture;
using ExpressionsOfInterest = PartnerSearchFixture;
using SavedSearches = PartnerSearchFixture;

TEST_F(PartnerSearch, matches_the_own_needs_to_offers_abroad_first_and_explains_each_match) {
  Criteria c;
  c.with_profile = WithProfile::yes;
  auto r = found(ana_, c);
  EXPECT_EQ(r.own_profile, matchmaking::ProfileId(1));
  // Abroad first (Hungary before Albania by score), then the Romanian one; the Greek software
  // cluster answers nothing and the searcher's own profile is never a match.
  EXPECT_EQ(names(r), (std::vector<std::string>{"Pannon Wood Cluster", "Drini Wood", "Bucovina Furniture"}));
  const Match& pannon = r.matches.front();
  EXPECT_TRUE(pannon.international);
  ASSERT_TRUE(pannon.yours && pannon.theirs);
  EXPECT_EQ(pannon.yours->title, "Testing facilities for wood-processing SMEs");
  EXPECT_EQ(pannon.theirs->title, "Accredited testing lab for wood products");
  EXPECT_EQ(pannon.reasons.front().text, "Your need: {yours} — their offer: {theirs}");
  EXPECT_EQ(pannon.sector, "16");
  EXPECT_EQ(pannon.key, "profile:1→profile:2");
  EXPECT_EQ(pannon.found, "profile:2/offer:21");
  auto lq = std::find_if(pannon.reasons.begin(), pannon.reasons.end(),
                         [](const Reason& x) { return x.values.size() == 5; });
  ASSERT_NE(lq, pannon.reasons.end());
  EXPECT_EQ(lq->values[0], (std::pair<std::string, std::string>{"lq", "2.3"}));
  EXPECT_EQ(lq->values[3], (std::pair<std::string, std::string>{"sector", "16 Wood Products"}));
  EXPECT_DOUBLE_EQ(pannon.components.specialisation, 1.0);
  EXPECT_DOUBLE_EQ(pannon.components.kind, 1.0);
  EXPECT_NEAR(pannon.score, score_of(pannon.components), 1e-12);
  // No employment figures for Albania: said, not guessed.
  const Match& drini = match(r, "Drini Wood");
  EXPECT_TRUE(says(drini, "No employment figures for {country}: the platform cannot say how specialised {region} is in "
                          "{sector}."));
  EXPECT_DOUBLE_EQ(drini.components.specialisation, 0);
  EXPECT_FALSE(match(r, "Bucovina Furniture").international);
  // One question per region and section.
  EXPECT_EQ(surroundings_.specialisation_asked, 3);
}

TEST_F(PartnerSearch, finds_words_across_languages_and_leaves_expired_offers_out) {
  Criteria c;
  c.words = "testing laboratory";
  auto r = found(accounts::Principal{}, c);
  // The Albanian offer is written in Albanian; the concepts of its words match.
  const Match& drini = match(r, "Drini Wood");
  ASSERT_TRUE(drini.theirs);
  EXPECT_EQ(drini.theirs->language, "sq");
  EXPECT_EQ(drini.reasons.front().text, "Their offer: {theirs} — it matches your words “{words}”.");
  EXPECT_EQ(drini.key, "visitor→profile:3");
  // A visitor has no country: nobody is "abroad".
  EXPECT_TRUE(std::none_of(r.matches.begin(), r.matches.end(), [](const Match& m) { return m.international; }));
  Criteria sawmills;
  sawmills.words = "sawmills";
  EXPECT_TRUE(found(accounts::Principal{}, sawmills).matches.empty());
}

TEST_F(PartnerSearch, filters_by_country_region_sector_category_and_kind) {
  Criteria hu;
  hu.country = CountryCode("HU");
  EXPECT_EQ(names(found(ana_, hu)), std::vector<std::string>{"Pannon Wood Cluster"});
  Criteria region;
  region.region = RegionCode("RO11");
  EXPECT_EQ(names(found(ana_, region)), std::vector<std::string>{"Bucovina Furniture"});
  Criteria furniture;
  furniture.category = "furniture";
  auto r = found(ana_, furniture);
  EXPECT_EQ(names(r), std::vector<std::string>{"Pannon Wood Cluster"});
  EXPECT_TRUE(says(r.matches.front(), "Works in {sector}, the sector you chose."));
  Criteria software;
  software.division = "62";
  software.kind = OfferKind::capability;
  EXPECT_EQ(names(found(ana_, software)), std::vector<std::string>{"Attica Software"});
  Criteria markets;
  markets.kind = OfferKind::market;  // the only market offer has expired
  EXPECT_TRUE(found(ana_, markets).matches.empty());
}

TEST_F(PartnerSearch, refuses_a_search_without_criteria_and_what_the_platform_does_not_know) {
  auto none = service_.search(ana_, Criteria{}, "en");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().kind, ErrorKind::invalid);
  EXPECT_EQ(none.error().message, "Choose at least one criterion: a sector, an offer or need, a country or a region.");
  // The own profile is no criterion for somebody without one.
  Criteria only_mine;
  only_mine.with_profile = WithProfile::yes;
  EXPECT_FALSE(service_.search(member(9, 70), only_mine, "en"));
  for (auto [field, criteria] :
       {std::pair{"sector", Criteria{.division = "99"}}, {"category", Criteria{.category = "Spaceships"}},
        {"country", Criteria{.country = CountryCode("XX")}}, {"region", Criteria{.region = RegionCode("XX99")}}}) {
    auto r = service_.search(ana_, criteria, "en");
    ASSERT_FALSE(r) << field;
    EXPECT_EQ(r.error().kind, ErrorKind::unprocessable);
    EXPECT_EQ(r.error().field, field);
  }
}

TEST_F(ExpressionsOfInterest, go_to_the_clusters_editors_in_their_languages_with_an_audit_line) {
  auto sent = service_.express_interest(ana_, {matchmaking::ProfileId(2), matchmaking::OfferNeedId(21), "Shall we test together?"});
  ASSERT_TRUE(sent) << sent.error().message;
  EXPECT_EQ(sent->from_profile, matchmaking::ProfileId(1));
  EXPECT_EQ(sent->sender_organisation_name, "Valea Sucevei Wood Cluster");
  EXPECT_EQ(sent->about_title, "Accredited testing lab for wood products");
  const auto& outbox = repository_.state().outbox;
  ASSERT_EQ(outbox.size(), 2u);
  EXPECT_EQ(outbox[0].to, "zsofia@pannon.example");
  EXPECT_EQ(outbox[0].subject, "[hu] Valea Sucevei Wood Cluster is interested in working with Pannon Wood Cluster");
  EXPECT_NE(outbox[0].body.find("Shall we test together?"), std::string::npos);
  EXPECT_NE(outbox[0].body.find("person1@example.org"), std::string::npos);
  EXPECT_NE(outbox[0].body.find("https://platform.example/hu/partner-search/interests"), std::string::npos);
  EXPECT_EQ(outbox[1].to, "laszlo@pannon.example");
  EXPECT_EQ(repository_.audit_actions(), std::vector<std::string>{"partner_search.interest_sent"});
  EXPECT_EQ(repository_.state().audit[0].target, "cluster_profile:2");

  // Both sides see it: Ana as sent, the Hungarian cluster's staff as received.
  auto ana = service_.interests(ana_);
  ASSERT_TRUE(ana);
  EXPECT_EQ(ana->sent.size(), 1u);
  auto pannon = service_.interests(member(3, 20));
  ASSERT_TRUE(pannon);
  ASSERT_EQ(pannon->received.size(), 1u);
  EXPECT_EQ(pannon->received[0].message, "Shall we test together?");
}

TEST_F(ExpressionsOfInterest, are_refused_twice_a_day_to_ones_own_cluster_and_about_what_is_not_shown) {
  ASSERT_TRUE(service_.express_interest(ana_, {matchmaking::ProfileId(2), std::nullopt, "Hello"}));
  auto twice = service_.express_interest(ana_, {matchmaking::ProfileId(2), std::nullopt, "Hello again"});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, ErrorKind::conflict);
  now_ += 24 * 60 * 60;
  EXPECT_TRUE(service_.express_interest(ana_, {matchmaking::ProfileId(2), std::nullopt, "A day later"}));

  auto own = service_.express_interest(ana_, {matchmaking::ProfileId(1), std::nullopt, "Hello me"});
  ASSERT_FALSE(own);
  EXPECT_EQ(own.error().field, "profile");
  auto expired = service_.express_interest(ana_, {matchmaking::ProfileId(2), matchmaking::OfferNeedId(22), "Sawmills?"});
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().field, "about");
  auto unknown = service_.express_interest(ana_, {matchmaking::ProfileId(77), std::nullopt, "Hello"});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().kind, ErrorKind::unprocessable);
  EXPECT_EQ(service_.express_interest(ana_, {matchmaking::ProfileId(3), std::nullopt, " "}).error().field, "message");
  EXPECT_EQ(service_.express_interest(accounts::Principal{}, {matchmaking::ProfileId(3), std::nullopt, "Hi"}).error().kind,
            ErrorKind::unauthenticated);
  auto reader = ana_;
  reader.via = accounts::Principal::Via::api_token;
  reader.token_scope = accounts::TokenScope::read;
  EXPECT_EQ(service_.express_interest(reader, {matchmaking::ProfileId(3), std::nullopt, "Hi"}).error().kind,
            ErrorKind::forbidden);
  // Only the two that were accepted were kept, each with its mails.
  EXPECT_EQ(repository_.state().interests.size(), 2u);
  EXPECT_EQ(repository_.state().outbox.size(), 4u);
}

TEST_F(ExpressionsOfInterest, to_a_cluster_that_names_nobody_reach_its_members) {
  auto sent = service_.express_interest(ana_, {matchmaking::ProfileId(3), matchmaking::OfferNeedId(31), "Përshëndetje"});
  ASSERT_TRUE(sent);
  ASSERT_EQ(repository_.state().outbox.size(), 1u);
  EXPECT_EQ(repository_.state().outbox[0].to, "arta@drini.example");
  EXPECT_EQ(repository_.state().outbox[0].body.substr(0, 4), "[sq]");
}

TEST_F(SavedSearches, alert_once_a_day_of_new_matches_only) {
  auto saved = service_.save_search(ana_, {"Testing labs", Criteria{.words = "testing lab"}, Alerts::daily});
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_EQ(saved->known.size(), 3u);  // Hungary, Albania and the other Romanian cluster; never her own
  EXPECT_EQ(repository_.audit_actions(), std::vector<std::string>{"partner_search.search_saved"});
  // A new cluster publishes a matching offer.
  publish(profile(6, 60, "SI04", {offer_need(61, Side::offer, OfferKind::facility, "en", "Testing lab for timber", {"16"})},
                  {"16"}),
          "SI", "SI04");
  now_ += 60 * 60;
  EXPECT_EQ(*service_.send_alerts(), 0u);  // not a day yet
  now_ += kAlertEvery;
  ASSERT_EQ(*service_.send_alerts(), 1u);
  const auto& mail = repository_.state().outbox.back();
  EXPECT_EQ(mail.to, "ana@valea.example");
  EXPECT_EQ(mail.subject, "[ro] New partners for your saved search “Testing labs”");
  EXPECT_NE(mail.body.find("Slovenian Timber (SI): Testing lab for timber"), std::string::npos);
  EXPECT_EQ(mail.body.find("Pannon"), std::string::npos);
  EXPECT_NE(mail.body.find("https://platform.example/ro/partner-search?q=testing%20lab"), std::string::npos);
  now_ += kAlertEvery;
  EXPECT_EQ(*service_.send_alerts(), 0u);  // nothing new since
  EXPECT_EQ(repository_.state().saved.begin()->second.checked_at, now_);
}

TEST_F(SavedSearches, are_refused_twice_without_criteria_or_beyond_twenty_and_deleted_by_their_owner) {
  ASSERT_TRUE(service_.save_search(ana_, {"Hungary", Criteria{.country = CountryCode("HU")}, Alerts::off}));
  auto twice = service_.save_search(ana_, {"Again", Criteria{.country = CountryCode("HU")}, Alerts::daily});
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.save_search(ana_, {"Nothing", Criteria{}, Alerts::daily}).error().kind, ErrorKind::invalid);
  EXPECT_EQ(service_.save_search(accounts::Principal{}, {"Mine", Criteria{.words = "lab"}, Alerts::daily}).error().kind,
            ErrorKind::unauthenticated);
  for (int i = 1; i < int(kMostSavedSearches); ++i)
    ASSERT_TRUE(service_.save_search(ana_, {"Search " + std::to_string(i), Criteria{.words = "lab " + std::to_string(i)},
                                            Alerts::off}));
  EXPECT_EQ(service_.save_search(ana_, {"One more", Criteria{.words = "wood"}, Alerts::off}).error().kind,
            ErrorKind::unprocessable);
  auto mine = service_.saved_searches(ana_);
  ASSERT_TRUE(mine);
  ASSERT_EQ(mine->size(), kMostSavedSearches);
  auto id = mine->front().id;
  EXPECT_EQ(service_.delete_saved_search(member(3, 20), id).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(service_.delete_saved_search(ana_, id));
  EXPECT_EQ(service_.saved_searches(ana_)->size(), kMostSavedSearches - 1);
  EXPECT_EQ(repository_.audit_actions().back(), "partner_search.search_deleted");
}

TEST(PartnerSearchDays, are_counted_in_utc) {
  EXPECT_EQ(day_of(kFirstOfDecember), "2026-12-01");
  EXPECT_EQ(day_of(kFirstOfDecember - 1), "2026-11-30");
  EXPECT_EQ(day_of(0), "1970-01-01");
  EXPECT_EQ(day_of(951782400), "2000-02-29");
}

}  // namespace
}  // namespace cps::partner_search
