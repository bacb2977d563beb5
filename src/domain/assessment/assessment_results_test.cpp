// Results on a small hand-made data set, against figures worked out by hand: the scorecard,
// the benchmark with its spreads and structural peers, learning needs, agreement between self
// and peer levels, the information gaps and the citations of a knowledge item.
#include <gtest/gtest.h>

#include <map>

#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/testing/service_fixture.hpp"

namespace cps::assessment {
namespace {

constexpr int kNotApplicable = -1, kNoData = -2;  // in the level tables below; 0: not scored
constexpr Seconds kDay = 86400;

Score score_of(const std::string& criterion, Timeframe frame, Source source, int level) {
  Score s;
  s.criterion = criterion;
  s.timeframe = frame;
  s.source = source;
  s.rating.answer = level == kNotApplicable ? Answer::not_applicable
                    : level == kNoData      ? Answer::no_data
                                            : Answer::level;
  s.rating.level = level > 0 ? level : 0;
  return s;
}

class AssessmentResults : public AssessmentFixture {
 protected:
  // Levels per criterion: past, current, target. Consolidated and published assessments get
  // the same levels as agreed scores.
  using Levels = std::map<std::string, std::array<int, 3>>;
  Assessment& put(std::string region, std::string country, AssessmentStatus status,
                  std::int64_t organisation, const Levels& levels, Seconds published_at = 0,
                  Disclosure disclosure = Disclosure::members, int period = 1) {
    auto& s = repository_.state();
    Assessment a;
    a.id = AssessmentId(++s.last_id);
    a.region = RegionCode(std::move(region));
    a.country = CountryCode(std::move(country));
    a.period = period;
    a.framework_version = 1;
    a.organisation = accounts::OrganisationId(organisation);
    a.status = status;
    a.disclosure = disclosure;
    a.published_at = published_at;
    bool agreed = status == AssessmentStatus::consolidated || status == AssessmentStatus::published;
    for (const auto& [criterion, frames] : levels)
      for (auto frame : kAllTimeframes) {
        int level = frames[std::size_t(frame)];
        if (level == 0) continue;
        a.scores.push_back(score_of(criterion, frame, Source::self, level));
        if (agreed) a.scores.push_back(score_of(criterion, frame, Source::agreed, level));
      }
    return s.assessments[a.id.value()] = a;
  }
  void peer(Assessment& a, std::int64_t reviewer, const std::string& criterion, int level) {
    auto s = score_of(criterion, Timeframe::current, Source::peer, level);
    s.reviewer = accounts::UserId(reviewer);
    a.scores.push_back(s);
    if (std::none_of(a.reviewers.begin(), a.reviewers.end(),
                     [&](const Reviewer& r) { return r.user.value() == reviewer; })) {
      Reviewer r;
      r.user = accounts::UserId(reviewer);
      r.status = ReviewerStatus::submitted;
      a.reviewers.push_back(r);
    }
  }

  // RO21 (published, members), RO22 (published, public), EL52 (published, members), HU (a
  // draft of period 2) and RO (the national one, waiting in review for three weeks).
  void SetUp() override {
    auto& ro21 = put("RO21", "RO", AssessmentStatus::published, 10,
                     {{"WG1.1", {2, 3, 5}},
                      {"WG1.2", {1, 2, 4}},
                      {"WG2.1", {3, 3, 4}},
                      {"WG2.2", {2, kNotApplicable, 3}}},
                     1000);
    for (auto& s : ro21.scores)
      if (s.criterion == "WG2.1")
        s.evidence = {{EvidenceKind::knowledge_item, "7", "Innovation vouchers"}};
    peer(ro21, 2, "WG1.1", 5);
    peer(ro21, 2, "WG1.2", 3);
    ro21_ = ro21.id;
    auto& ro22 = put("RO22", "RO", AssessmentStatus::published, 11,
                     {{"WG1.1", {0, 4, 4}},
                      {"WG1.2", {0, 5, 5}},
                      {"WG2.1", {0, 2, 3}},
                      {"WG2.2", {0, kNoData, 3}}},
                     2000, Disclosure::public_scores);
    peer(ro22, 4, "WG1.1", 4);
    peer(ro22, 4, "WG1.2", 5);
    auto& el52 = put(
        "EL52", "EL", AssessmentStatus::published, 20,
        {{"WG1.1", {0, 5, 5}}, {"WG1.2", {0, 3, 4}}, {"WG2.1", {0, 4, 5}}, {"WG2.2", {0, 4, 5}}},
        3000);
    peer(el52, 4, "WG1.1", 4);
    peer(el52, 4, "WG1.2", 3);
    put("HU", "HU", AssessmentStatus::draft, 40, {}, 0, Disclosure::members, 2);
    auto& national = put("RO", "RO", AssessmentStatus::in_review, 10, {{"WG1.1", {0, 2, 3}}});
    national.submitted_at = now_ - 30 * kDay;
    for (auto& score : national.scores) score.evidence = {{EvidenceKind::knowledge_item, "7", ""}};
    Reviewer invited;
    invited.user = accounts::UserId(4);
    invited.display_name = "Person 4";
    invited.status = ReviewerStatus::invited;
    invited.assigned_at = now_ - 20 * kDay;
    national.reviewers.push_back(invited);
    national_ = national.id;
    regional_.peers["RO21"] = {{RegionCode("RO22"), 0.3}};
    for (int i = 1; i <= 4; ++i)
      catalogue_.by_area["WG1"].push_back(
          PracticeRef{i, "Practice " + std::to_string(i), "p" + std::to_string(i)});
  }

  AssessmentId ro21_, national_;
};

TEST_F(AssessmentResults, the_scorecard_uses_agreed_levels_and_weighted_area_means) {
  auto card = ok(service_.scorecard(team_, RegionCode("RO21"), std::nullopt, "en"));
  EXPECT_EQ(card.assessment, ro21_);
  EXPECT_EQ(card.region_name, "Nord-Est");
  ASSERT_EQ(card.criteria.size(), 4u);
  const auto& wg11 = card.criteria[0];
  EXPECT_EQ(wg11.criterion, "WG1.1");
  EXPECT_EQ(wg11.past, 2);
  EXPECT_EQ(wg11.current, 3);
  EXPECT_EQ(wg11.target, 5);
  EXPECT_EQ(wg11.gap, 2);
  EXPECT_EQ(wg11.change, 1);
  EXPECT_EQ(wg11.peer_current, 5);
  EXPECT_TRUE(wg11.diverges);  // |3 − 5| ≥ 2
  EXPECT_TRUE(wg11.without_evidence);
  EXPECT_EQ(card.criteria[1].peer_current, 3);
  EXPECT_FALSE(card.criteria[1].diverges);  // |2 − 3| < 2
  EXPECT_FALSE(card.criteria[2].without_evidence);
  const auto& wg22 = card.criteria[3];
  EXPECT_FALSE(wg22.current);
  EXPECT_FALSE(wg22.gap);
  EXPECT_FALSE(wg22.change);
  EXPECT_EQ(wg22.left_out, 1u);
  ASSERT_EQ(card.areas.size(), 2u);
  // WG1: past (2·1 + 1·2)/3, current (3·1 + 2·2)/3, target (5·1 + 4·2)/3.
  EXPECT_NEAR(*card.areas[0].past, 4.0 / 3, 1e-9);
  EXPECT_NEAR(*card.areas[0].current, 7.0 / 3, 1e-9);
  EXPECT_NEAR(*card.areas[0].target, 13.0 / 3, 1e-9);
  EXPECT_EQ(card.areas[0].name, "Area 1");
  // WG2: past (3·1 + 2·1.5)/2.5 = 2.4, current 3 (WG2.2 left out), target (4 + 3·1.5)/2.5 = 3.4.
  EXPECT_NEAR(*card.areas[1].past, 2.4, 1e-9);
  EXPECT_NEAR(*card.areas[1].current, 3.0, 1e-9);
  EXPECT_NEAR(*card.areas[1].target, 3.4, 1e-9);
  EXPECT_EQ(card.areas[1].left_out, 1u);
  // A member sees the published scorecard without the peers' levels.
  auto seen = ok(service_.scorecard(neighbour_, RegionCode("RO21"), std::nullopt, "en"));
  EXPECT_FALSE(seen.criteria[0].peer_current);
  EXPECT_FALSE(seen.criteria[0].diverges);
  EXPECT_EQ(service_.scorecard(anonymous_, RegionCode("RO21"), std::nullopt, "en").error().kind,
            ErrorKind::not_found);
  EXPECT_EQ(service_.scorecard(team_, RegionCode("RO22"), ro21_, "en").error().kind,
            ErrorKind::not_found);
}

TEST_F(AssessmentResults, before_consolidation_the_scorecard_shows_self_levels) {
  auto card = ok(service_.scorecard(team_, RegionCode("RO"), std::nullopt, "en"));
  EXPECT_EQ(card.status, AssessmentStatus::in_review);
  EXPECT_EQ(card.criteria[0].current, 2);
  EXPECT_FALSE(card.criteria[0].without_evidence);
  EXPECT_FALSE(card.criteria[1].current);
}

TEST_F(AssessmentResults, the_benchmark_compares_the_latest_published_scores_the_viewer_may_see) {
  auto b = ok(service_.benchmark(neighbour_, std::nullopt, "en"));
  EXPECT_EQ(b.framework_version, 1);
  EXPECT_EQ(b.areas, (std::vector<AreaCode>{AreaCode("WG1"), AreaCode("WG2")}));
  ASSERT_EQ(b.rows.size(), 3u);
  EXPECT_EQ(b.rows[0].region.str(), "EL52");
  EXPECT_NEAR(*b.rows[0].areas["WG1"], 11.0 / 3, 1e-9);  // (5 + 3·2)/3
  EXPECT_NEAR(*b.rows[0].areas["WG2"], 4.0, 1e-9);       // (4 + 4·1.5)/2.5
  EXPECT_NEAR(*b.rows[1].areas["WG1"], 7.0 / 3, 1e-9);
  EXPECT_NEAR(*b.rows[2].areas["WG1"], 14.0 / 3, 1e-9);  // (4 + 5·2)/3
  EXPECT_NEAR(*b.rows[2].areas["WG2"], 2.0, 1e-9);       // WG2.2: no data
  ASSERT_EQ(b.spreads.size(), 4u);
  EXPECT_EQ(b.spreads[0].regions, 3u);
  EXPECT_EQ(b.spreads[0].lowest, 3);
  EXPECT_EQ(b.spreads[0].median, 4);
  EXPECT_EQ(b.spreads[0].highest, 5);
  EXPECT_EQ(b.spreads[1].median, 3);  // 2, 3, 5
  EXPECT_EQ(b.spreads[3].regions, 1u);
  EXPECT_EQ(b.spreads[3].left_out, 2u);  // not applicable in RO21, no data in RO22
  EXPECT_TRUE(b.peers.empty());
  auto open = ok(service_.benchmark(anonymous_, std::nullopt, "en"));
  ASSERT_EQ(open.rows.size(), 1u);
  EXPECT_EQ(open.rows[0].region.str(), "RO22");
}

TEST_F(AssessmentResults, a_chosen_region_is_compared_with_its_structural_peers_that_score_higher) {
  regional_.peers["RO21"] = {
      {RegionCode("RO22"), 0.3}, {RegionCode("EL52"), 0.5}, {RegionCode("HU"), 0.7}};
  auto b = ok(service_.benchmark(neighbour_, RegionCode("RO21"), "en"));
  ASSERT_EQ(regional_.asked_peers.size(), 1u);
  EXPECT_EQ(regional_.asked_peers[0].second, 50u);  // the most the analytics rank
  ASSERT_EQ(b.peers.size(), 4u);
  EXPECT_EQ(b.peers[0].own, 3);
  ASSERT_EQ(b.peers[0].ahead.size(), 2u);  // RO22 at 4, EL52 at 5
  EXPECT_EQ(b.peers[0].ahead[0].region.str(), "RO22");
  EXPECT_EQ(b.peers[0].ahead[0].distance, 0.3);
  EXPECT_EQ(b.peers[0].ahead[1].level, 5);
  ASSERT_EQ(b.peers[2].ahead.size(), 1u);  // WG2.1: only EL52 (4) is above 3
  EXPECT_EQ(b.peers[2].ahead[0].region.str(), "EL52");
  EXPECT_FALSE(b.peers[3].own);
  EXPECT_TRUE(b.peers[3].ahead.empty());
  EXPECT_EQ(service_.benchmark(neighbour_, RegionCode("ZZ99"), "en").error().field, "region");
}

TEST_F(AssessmentResults, structural_peers_are_the_nearest_assessed_regions_however_far_down_the_ranking) {
  // Regions nobody assessed rank before the assessed ones; they are passed over, not counted.
  std::vector<std::pair<RegionCode, double>> ranked;
  for (int i = 0; i < 20; ++i) ranked.emplace_back(RegionCode("XX" + std::to_string(10 + i)), 0.1);
  ranked.emplace_back(RegionCode("EL52"), 0.9);
  regional_.peers["RO21"] = ranked;
  auto b = ok(service_.benchmark(neighbour_, RegionCode("RO21"), "en"));
  ASSERT_EQ(b.peers[0].ahead.size(), 1u);
  EXPECT_EQ(b.peers[0].ahead[0].region.str(), "EL52");
  EXPECT_EQ(b.peers[0].ahead[0].distance, 0.9);
}

TEST_F(AssessmentResults, learning_needs_put_the_largest_gaps_first_with_practices_and_regions) {
  auto needs = ok(service_.learning_needs(team_, RegionCode("RO21"), "en"));
  ASSERT_EQ(needs.size(), 3u);
  // Gaps 2 (weight 2), 2 (weight 1), 1; WG2.2 has no current level.
  EXPECT_EQ(needs[0].criterion, "WG1.2");
  EXPECT_EQ(needs[0].gap, 2);
  EXPECT_EQ(needs[1].criterion, "WG1.1");
  EXPECT_EQ(needs[2].criterion, "WG2.1");
  EXPECT_EQ(needs[0].practices.size(), 3u);
  EXPECT_TRUE(needs[2].practices.empty());
  ASSERT_EQ(needs[0].regions.size(), 1u);  // the peer RO22 (5); EL52's 3 is not high
  EXPECT_EQ(needs[0].regions[0].region.str(), "RO22");
  ASSERT_EQ(needs[1].regions.size(), 2u);  // the peer first, then EL52 at 5
  EXPECT_EQ(needs[1].regions[0].region.str(), "RO22");
  EXPECT_EQ(needs[1].regions[1].region.str(), "EL52");
  EXPECT_EQ(needs[1].regions[1].level, 5);
  ASSERT_EQ(needs[2].regions.size(), 1u);
  EXPECT_EQ(needs[2].regions[0].region.str(), "EL52");
  EXPECT_EQ(ok(service_.learning_needs(team_, RegionCode("RO21"), "en", 1)).size(), 1u);
}

TEST_F(AssessmentResults, agreement_is_a_weighted_kappa_per_criterion) {
  auto rows = ok(service_.agreement(neighbour_, "en"));
  ASSERT_EQ(rows.size(), 4u);
  // WG1.1 (self, peer): (3,5) (4,4) (5,4) → observed Σd² = 5, expected 9/3 = 3, kappa 1 − 5/3.
  EXPECT_EQ(rows[0].pairs, 3u);
  EXPECT_NEAR(*rows[0].kappa, -2.0 / 3, 1e-9);
  EXPECT_NEAR(*rows[0].mean_difference, 1.0 / 3, 1e-9);
  // WG1.2: (2,3) (5,5) (3,3) → observed 1, expected 23/3, kappa 1 − 3/23.
  EXPECT_NEAR(*rows[1].kappa, 20.0 / 23, 1e-9);
  EXPECT_EQ(rows[2].pairs, 0u);
  EXPECT_FALSE(rows[2].kappa);
  EXPECT_FALSE(rows[2].mean_difference);
  EXPECT_EQ(service_.agreement(anonymous_, "en").error().kind, ErrorKind::unauthenticated);
}

TEST_F(AssessmentResults, the_gaps_report_maps_what_is_missing_and_what_waits) {
  directory_.regions_of_partners = {RegionCode("RO21"), RegionCode("RO22"), RegionCode("EL52"),
                                    RegionCode("HU"), RegionCode("RO")};
  catalogue_.counts[{"WG1", "RO"}] = CoverageCount{5, 100};
  regional_.datasets["RO"] = CoverageCount{2, 200};
  ok(service_.comment(hungarian_, national_, "WG1.1", std::nullopt, "Which law is meant?"));
  auto answered = ok(service_.comment(hungarian_, national_, "", std::nullopt, "A question."));
  ok(service_.comment(team_, national_, "", answered, "An answer."));
  ok(service_.comment(team_, national_, "", std::nullopt, "A note of the team."));
  auto report = ok(service_.gaps(coordinator_, "en"));
  EXPECT_EQ(report.period, 1);
  EXPECT_EQ(report.days, 14);
  EXPECT_EQ(report.countries.size(), 3u);
  ASSERT_EQ(report.coverage.size(), 6u);  // 2 areas × 3 countries, area by area
  const auto& wg1_ro = report.coverage[0];
  EXPECT_EQ(wg1_ro.country.str(), "RO");
  EXPECT_EQ(wg1_ro.practices, 5u);
  EXPECT_EQ(wg1_ro.assessments, 2u);
  EXPECT_EQ(wg1_ro.datasets, 2u);
  EXPECT_EQ(wg1_ro.newest, 2000);
  EXPECT_EQ(report.coverage[1].assessments, 1u);  // WG1 in Greece
  EXPECT_EQ(report.coverage[2].assessments, 0u);  // WG1 in Hungary
  EXPECT_FALSE(report.coverage[2].newest);
  EXPECT_EQ(report.regions_without_assessment, (std::vector<RegionCode>{RegionCode("HU")}));
  // Self current levels without evidence: RO21 WG1.1, WG1.2; RO22 three; EL52 four.
  EXPECT_EQ(report.without_evidence.size(), 9u);
  ASSERT_EQ(report.stale_reviews.size(), 1u);
  EXPECT_EQ(report.stale_reviews[0].id, national_);
  EXPECT_EQ(report.stale_reviews[0].since, now_ - 20 * kDay);
  EXPECT_EQ(report.stale_reviews[0].region_name, "Romania");
  ASSERT_EQ(report.unanswered_requests.size(), 1u);
  EXPECT_EQ(report.unanswered_requests[0].reviewer_name, "Person 4");
  ASSERT_EQ(report.unanswered_comments.size(), 1u);
  EXPECT_EQ(report.unanswered_comments[0].criterion, "WG1.1");
  EXPECT_EQ(ok(service_.gaps(coordinator_, "en", 30)).stale_reviews.size(), 0u);
  EXPECT_EQ(service_.gaps(team_, "en").error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.gaps(coordinator_, "en", 0).error().field, "days");
}

TEST_F(AssessmentResults, citations_count_the_assessments_the_viewer_may_see) {
  EXPECT_EQ(ok(service_.citations(neighbour_, 7)), 1u);
  EXPECT_EQ(ok(service_.citations(coordinator_, 7)), 2u);
  EXPECT_EQ(ok(service_.citations(anonymous_, 7)), 0u);
  EXPECT_EQ(ok(service_.citations(coordinator_, 8)), 0u);
}

}  // namespace
}  // namespace cps::assessment
