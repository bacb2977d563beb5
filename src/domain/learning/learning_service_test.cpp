// The learning engine against fakes: which needs a region has, what is said when data are
// missing, how practices are ranked and explained, and how coordinators' curations apply.
#include <gtest/gtest.h>

#include "domain/learning/learning_service.hpp"
#include "domain/learning/testing/fake_surroundings.hpp"

namespace cps::learning {
namespace {

using assessment::AreaResult;
using assessment::LearningNeed;
using knowledge::KnowledgeItem;

KnowledgeItem item(std::int64_t id, std::string slug, std::vector<std::string> areas,
                   std::vector<std::string> regions, std::string language = "en") {
  KnowledgeItem i;
  i.id = knowledge::ItemId(id);
  i.status = knowledge::ItemStatus::published;
  i.content.slug = std::move(slug);
  i.content.kind = knowledge::Kind::good_practice;
  i.content.original_language = language;
  i.content.areas = std::move(areas);
  i.content.regions = std::move(regions);
  for (const auto& r : i.content.regions) i.content.countries.push_back(r.substr(0, 2));
  i.content.texts.push_back(knowledge::ItemText{language, "Practice " + i.content.slug, "", "", "", "", "", {}});
  return i;
}

class LearningTest : public ::testing::Test {
 protected:
  void SetUp() override {
    world.places = {{"RO11", Place{"Nord-Vest", CountryCode("RO"), true}},
                    {"HU21", Place{"Közép-Dunántúl", CountryCode("HU"), true}},
                    {"SI04", Place{"Zahodna Slovenija", CountryCode("SI"), true}},
                    {"AL02", Place{"Qender", CountryCode("AL"), true}}};
    world.peers = {{RegionCode("HU21"), 0.8}, {RegionCode("SI04"), 1.5}};
    assessment::Scorecard card;
    card.region = RegionCode("RO11");
    card.status = assessment::AssessmentStatus::published;
    card.areas.push_back(AreaResult{AreaCode("WG4"), "Skills", std::nullopt, 2.0, 3.5, 3, 0});
    card.areas.push_back(AreaResult{AreaCode("WG1"), "Innovation", std::nullopt, 3.0, 3.5, 3, 0});
    world.card = card;
    world.gaps = {
        LearningNeed{"WG4.2", "Training cluster managers", AreaCode("WG4"), 2, 4, 2, {},
                     {assessment::PeerAhead{RegionCode("HU21"), "Közép-Dunántúl", 0.8, 4}}},
        LearningNeed{"WG1.1", "Research with firms", AreaCode("WG1"), 2, 4, 2, {}, {}},
        LearningNeed{"WG1.2", "Open labs", AreaCode("WG1"), 3, 4, 1, {},
                     {assessment::PeerAhead{RegionCode("SI04"), "Zahodna Slovenija", 1.5, 5}}}};
    assessment::BenchmarkRow hu;
    hu.region = RegionCode("HU21");
    hu.region_name = "Közép-Dunántúl";
    hu.areas = {{"WG4", 3.0}, {"WG1", 3.2}};
    world.rows = {hu};
    world.economy_row = RegionEconomy{2023,
                                      {SectorOutlook{"C", true, 1.6, 0.9, 0, 0.5},
                                       SectorOutlook{"J", false, 0.4, 0.5, 1.2, 1.1},
                                       SectorOutlook{"M_N", false, 0.7, 0.6, 0.3, 0.2},
                                       SectorOutlook{"F", false, 0.9, 0.1, -0.4, -0.3}}};
  }

  LearningRequest ask(std::optional<std::string> need = std::nullopt) {
    LearningRequest r;
    r.region = RegionCode("RO11");
    r.language = "ro";
    r.need = std::move(need);
    return r;
  }

  FakeSurroundings world;
  FakeCurations said;
  LearningService engine{world, said};
  accounts::Principal anybody;
};

const MissingData* find_missing(const Learning& l, Missing what) {
  for (const auto& m : l.missing)
    if (m.what == what) return &m;
  return nullptr;
}

TEST(LearningScore, weights_add_up_to_one_so_that_a_score_lies_in_zero_to_one) {
  EXPECT_DOUBLE_EQ(score(Components{1, 1, 1, 1, 1}), 1.0);
  EXPECT_DOUBLE_EQ(score(Components{0, 0, 0, 0, 0}), 0.0);
  EXPECT_DOUBLE_EQ(score(Components{2, -1, 0, 0, 0}), kWeights.relevance);
}

TEST(LearningScore, a_division_belongs_to_its_nace_section) {
  EXPECT_EQ(section_of_division("01"), 'A');
  EXPECT_EQ(section_of_division("16"), 'C');
  EXPECT_EQ(section_of_division("33"), 'C');
  EXPECT_EQ(section_of_division("62"), 'J');
  EXPECT_EQ(section_of_division("99"), 'U');
  EXPECT_EQ(section_of_division("00"), 0);
  EXPECT_EQ(section_of_division("C"), 0);
}

TEST(LearningScore, need_keys_are_read_back_and_malformed_ones_refused) {
  auto k = parse_need_key("criterion:WG4.2");
  ASSERT_TRUE(k);
  EXPECT_EQ(k->first, NeedKind::criterion);
  EXPECT_EQ(k->second, "WG4.2");
  EXPECT_EQ(need_key(NeedKind::sector, "C"), "sector:C");
  EXPECT_FALSE(parse_need_key("WG4.2"));
  EXPECT_FALSE(parse_need_key("topic:WG4"));
  EXPECT_EQ(parse_need_key("area:").error().field, "need");
}

TEST_F(LearningTest, a_criterion_is_a_need_when_its_gap_is_large_and_another_region_scores_better) {
  auto l = engine.needs(anybody, ask());
  ASSERT_TRUE(l) << l.error().message;
  std::vector<std::string> keys;
  for (const auto& n : l->needs) keys.push_back(n.key);
  // WG1.1: large gap, nobody ahead; WG1.2: somebody ahead, gap of one level only.
  EXPECT_EQ(keys, (std::vector<std::string>{"criterion:WG4.2", "area:WG4", "sector:J", "sector:M_N"}));
  const auto& n = l->needs.front();
  EXPECT_EQ(n.current, 2);
  EXPECT_EQ(n.gap, 2);
  ASSERT_EQ(n.ahead.size(), 1u);
  EXPECT_EQ(n.ahead[0].region, RegionCode("HU21"));
  EXPECT_EQ(n.ahead[0].distance, 0.8);
}

TEST_F(LearningTest, an_area_is_a_need_when_its_mean_gap_is_large_and_a_region_is_clearly_ahead) {
  auto l = engine.needs(anybody, ask());
  ASSERT_TRUE(l);
  auto area = std::ranges::find(l->needs, std::string("area:WG4"), &Need::key);
  ASSERT_NE(area, l->needs.end());
  EXPECT_DOUBLE_EQ(*area->gap, 1.5);
  ASSERT_EQ(area->ahead.size(), 1u);
  EXPECT_DOUBLE_EQ(area->ahead[0].level, 3.0);
  // WG1: a gap of half a level is no need.
  EXPECT_EQ(std::ranges::find(l->needs, std::string("area:WG1"), &Need::key), l->needs.end());
}

TEST_F(LearningTest, sectors_with_opportunity_are_needs_unless_the_region_has_a_policy_on_them) {
  auto l = engine.needs(anybody, ask());
  ASSERT_TRUE(l);
  auto j = std::ranges::find(l->needs, std::string("sector:J"), &Need::key);
  ASSERT_NE(j, l->needs.end());
  EXPECT_DOUBLE_EQ(*j->opportunity, 0.5 * 1.2);
  EXPECT_EQ(j->year, 2023);
  // A programme of the region on software (division 62, section J) answers that opportunity.
  auto policy = item(9, "digital-programme", {"WG5"}, {"RO11"});
  policy.content.kind = knowledge::Kind::programme;
  policy.content.sectors = {"62"};
  world.items.push_back(policy);
  l = engine.needs(anybody, ask());
  ASSERT_TRUE(l);
  EXPECT_EQ(std::ranges::find(l->needs, std::string("sector:J"), &Need::key), l->needs.end());
  EXPECT_NE(find_missing(*l, Missing::sector_divisions), nullptr);
}

TEST_F(LearningTest, without_assessment_or_employment_figures_the_engine_says_what_it_cannot_judge) {
  world.card.reset();
  world.economy_row.reset();
  auto req = ask();
  req.region = RegionCode("AL02");
  auto l = engine.needs(anybody, req);
  ASSERT_TRUE(l);
  EXPECT_TRUE(l->needs.empty());
  const auto* a = find_missing(*l, Missing::assessment);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text.values, (std::vector<std::pair<std::string, std::string>>{{"region", "Qender"}}));
  const auto* e = find_missing(*l, Missing::employment);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->text.values[0], (std::pair<std::string, std::string>{"country", "AL"}));
}

TEST_F(LearningTest, an_unknown_region_is_not_found) {
  auto req = ask();
  req.region = RegionCode("XX99");
  auto l = engine.needs(anybody, req);
  ASSERT_FALSE(l);
  EXPECT_EQ(l.error().kind, ErrorKind::not_found);
}

TEST_F(LearningTest, europe_is_asked_for_but_the_programme_area_answers_until_europe_is_computed) {
  auto req = ask();
  req.scope = Scope::europe;
  auto l = engine.needs(anybody, req);
  ASSERT_TRUE(l);
  EXPECT_EQ(l->scope, Scope::europe);
  EXPECT_NE(find_missing(*l, Missing::europe_scope), nullptr);
  world.europe = true;
  l = engine.needs(anybody, req);
  ASSERT_TRUE(l);
  EXPECT_EQ(find_missing(*l, Missing::europe_scope), nullptr);
}

TEST_F(LearningTest, a_practice_from_a_close_peer_tested_in_a_pilot_ranks_first_with_its_reasons) {
  auto peer = item(1, "manager-academy", {"WG4"}, {"HU21"}, "hu");
  peer.content.texts[0].results = "120 managers trained";
  peer.content.texts[0].transferability = "Needs a cluster association.";
  peer.content.texts.push_back(knowledge::ItemText{"ro", "Academia managerilor", "", "", "", "", "", knowledge::Translation::human});
  auto far = item(2, "far-away", {"WG4"}, {"AL02"});
  world.items = {peer, far};
  world.search_scores = {{1, 8.0}, {2, 8.0}};
  world.pilots[1] = {PilotOutcome{7, "P7", true, 3, 4}};
  auto l = engine.recommendations(anybody, ask("criterion:WG4.2"));
  ASSERT_TRUE(l) << l.error().message;
  ASSERT_EQ(l->needs.size(), 1u);
  const auto& recs = l->needs[0].recommendations;
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].slug, "manager-academy");
  EXPECT_EQ(recs[0].title, "Academia managerilor");
  EXPECT_TRUE(recs[0].in_reader_language);
  EXPECT_EQ(recs[0].origin, RegionCode("HU21"));
  EXPECT_DOUBLE_EQ(recs[0].components.similarity, 1 / 1.8);
  EXPECT_DOUBLE_EQ(recs[0].components.evidence, 0.35 + 0.40 * 0.75);
  EXPECT_DOUBLE_EQ(recs[0].components.language, 1.0);
  EXPECT_DOUBLE_EQ(recs[0].score, score(recs[0].components));
  EXPECT_GT(recs[0].score, recs[1].score);
  Reason used{"Used in {origin}, structurally close to {region} (distance {distance}), which scores {their} where "
              "{region} scores {own} on {criterion}.",
              {{"origin", "Közép-Dunántúl"},
               {"region", "Nord-Vest"},
               {"distance", "0.80"},
               {"their", "4"},
               {"own", "2"},
               {"criterion", "Training cluster managers"}}};
  EXPECT_NE(std::ranges::find(recs[0].reasons, used), recs[0].reasons.end());
  Reason tested{"Tested in pilot {pilot}: {met} of {total} targets met.", {{"pilot", "P7"}, {"met", "3"}, {"total", "4"}}};
  EXPECT_NE(std::ranges::find(recs[0].reasons, tested), recs[0].reasons.end());
  // The other is in English only: found across languages, and said so.
  EXPECT_FALSE(recs[1].in_reader_language);
  EXPECT_DOUBLE_EQ(recs[1].components.language, 0.4);
  EXPECT_EQ(recs[1].reasons.back().values, (std::vector<std::pair<std::string, std::string>>{{"language", "en"}}));
}

TEST_F(LearningTest, pinned_ones_come_first_hidden_ones_only_for_curators_notes_shown) {
  world.items = {item(1, "first", {"WG4"}, {"HU21"}), item(2, "second", {"WG4"}, {"AL02"}),
                 item(3, "third", {"WG4"}, {"SI04"})};
  world.search_scores = {{1, 5.0}, {2, 1.0}, {3, 4.0}};
  said.pins = {Curation{{RegionCode("RO11"), "criterion:WG4.2", 2}, true, false, "Start here", "Ana", 0},
               Curation{{RegionCode("RO11"), "criterion:WG4.2", 3}, false, true, "", "Ana", 0}};
  auto l = engine.recommendations(anybody, ask("criterion:WG4.2"));
  ASSERT_TRUE(l);
  auto& recs = l->needs[0].recommendations;
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].slug, "second");
  EXPECT_TRUE(recs[0].pinned);
  EXPECT_EQ(recs[0].note, "Start here");
  EXPECT_EQ(recs[1].slug, "first");
  EXPECT_FALSE(l->curator);

  accounts::Principal coordinator;
  coordinator.user = accounts::UserId(5);
  coordinator.roles = {accounts::RoleAssignment{accounts::Role::wg_coordinator, "WG4"}};
  l = engine.recommendations(coordinator, ask("criterion:WG4.2"));
  ASSERT_TRUE(l);
  EXPECT_TRUE(l->curator);
  ASSERT_EQ(l->needs[0].recommendations.size(), 3u);
  EXPECT_TRUE(l->needs[0].recommendations[2].hidden);
}

TEST_F(LearningTest, peers_validation_raises_the_evidence) {
  world.items = {item(1, "first", {"WG4"}, {"AL02"})};
  world.search_scores = {{1, 5.0}};
  auto before = engine.recommendations(anybody, ask("criterion:WG4.2"));
  said.counts = {FeedbackTally{{RegionCode("RO11"), "criterion:WG4.2", 1}, 2, 0, 1}};
  auto after = engine.recommendations(anybody, ask("criterion:WG4.2"));
  ASSERT_TRUE(before && after);
  EXPECT_DOUBLE_EQ(after->needs[0].recommendations[0].components.evidence -
                       before->needs[0].recommendations[0].components.evidence,
                   0.25);
}

TEST_F(LearningTest, a_need_the_region_does_not_have_is_not_found_and_a_malformed_one_invalid) {
  auto l = engine.recommendations(anybody, ask("criterion:WG1.2"));
  ASSERT_FALSE(l);
  EXPECT_EQ(l.error().kind, ErrorKind::not_found);
  l = engine.recommendations(anybody, ask("nonsense"));
  ASSERT_FALSE(l);
  EXPECT_EQ(l.error().kind, ErrorKind::invalid);
}

TEST_F(LearningTest, a_need_without_any_practice_is_listed_as_missing) {
  auto l = engine.recommendations(anybody, ask("sector:J"));
  ASSERT_TRUE(l);
  EXPECT_TRUE(l->needs[0].recommendations.empty());
  const auto* m = find_missing(*l, Missing::practices);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->need, "sector:J");
}

}  // namespace
}  // namespace cps::learning
