// Feedback's keys and input readers: a recommendation's key as one text and back, the needs'
// keys and their areas, and the refusals of the feedback and curation shapes.
#include "domain/feedback/feedback.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace cps::feedback {
namespace {

namespace json = boost::json;

TEST(FeedbackKeys, a_recommendation_key_reads_back_from_its_text) {
  RecommendationKey key{RegionCode("RO21"), "criterion:WG4.2", 17};
  EXPECT_EQ(key_text(key), "RO21/criterion:WG4.2/17");
  auto back = recommendation_key(key_text(key));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, key);
  EXPECT_FALSE(recommendation_key("RO21/criterion:WG4.2"));
  EXPECT_FALSE(recommendation_key("RO21/colour:blue/17"));
  EXPECT_FALSE(recommendation_key("ro21/area:WG4/17"));
  EXPECT_FALSE(recommendation_key("RO21/area:WG4/0"));
}

TEST(FeedbackKeys, needs_name_their_area_except_sectors) {
  EXPECT_EQ(area_of_need("criterion:WG4.2"), AreaCode("WG4"));
  EXPECT_EQ(area_of_need("area:WG1"), AreaCode("WG1"));
  EXPECT_FALSE(area_of_need("sector:C"));
  EXPECT_TRUE(is_need_key("sector:C"));
  EXPECT_FALSE(is_need_key("area:WG9"));
  EXPECT_FALSE(is_need_key("criterion:XX1"));
  EXPECT_FALSE(is_need_key("sector:"));
  EXPECT_FALSE(is_need_key("sector:C D"));
}

TEST(FeedbackInputs, a_recommendation_is_named_by_its_parts_or_its_key) {
  auto by_parts = read_feedback(json::object{{"region", "ro21"}, {"need", "area:WG4"}, {"item", 7}, {"verdict", "adopted"}});
  ASSERT_TRUE(by_parts) << by_parts.error().message;
  EXPECT_EQ(by_parts->key, "RO21/area:WG4/7");
  EXPECT_EQ(by_parts->verdict, Verdict::adopted);
  auto by_key = read_feedback(json::object{{"subject", "recommendation"}, {"key", "RO21/area:WG4/7"}, {"verdict", "useful"}});
  ASSERT_TRUE(by_key);
  EXPECT_EQ(by_key->recommendation, by_parts->recommendation);
  auto match = read_feedback(json::object{{"subject", "match"}, {"key", "profile:12→profile:40"}, {"verdict", "not_relevant"},
                                          {"reason", "They make furniture, we need a testing lab."}});
  ASSERT_TRUE(match);
  EXPECT_FALSE(match->recommendation);
  EXPECT_EQ(match->reason, "They make furniture, we need a testing lab.");
}

TEST(FeedbackInputs, refusals_name_the_field) {
  EXPECT_EQ(read_feedback(json::object{{"key", "RO21/area:WG4/7"}, {"verdict", "great"}}).error().field, "verdict");
  EXPECT_EQ(read_feedback(json::object{{"subject", "match"}, {"verdict", "useful"}}).error().field, "key");
  EXPECT_EQ(read_feedback(json::object{{"subject", "advert"}, {"key", "x"}, {"verdict", "useful"}}).error().field, "subject");
  EXPECT_EQ(read_feedback(json::object{{"region", "RO21"}, {"need", "area:WG4"}, {"verdict", "useful"}}).error().field, "item");
  EXPECT_EQ(read_feedback(json::object{{"key", "RO21/area:WG4/7"}, {"verdict", "useful"}, {"reason", std::string(1001, 'a')}})
                .error()
                .field,
            "reason");
  EXPECT_EQ(read_feedback(json::object{{"key", "RO21/area:WG4/7"}, {"verdict", "useful"}, {"stars", 5}}).error().field, "stars");
}

TEST(CurationInputs, pinned_and_hidden_at_once_is_refused_and_nothing_clears) {
  auto both = read_curation(json::object{{"region", "RO21"}, {"need", "area:WG4"}, {"item", 7}, {"pinned", true}, {"hidden", true}});
  ASSERT_FALSE(both);
  EXPECT_EQ(both.error().field, "hidden");
  auto clears = read_curation(json::object{{"region", "RO21"}, {"need", "area:WG4"}, {"item", "7"}, {"pinned", "false"}});
  ASSERT_TRUE(clears);
  EXPECT_TRUE(clears->clears());
  auto noted = read_curation(json::object{{"region", "RO21"}, {"need", "area:WG4"}, {"item", 7}, {"note", " Discussed in WG4. "}});
  ASSERT_TRUE(noted);
  EXPECT_EQ(noted->note, "Discussed in WG4.");
  EXPECT_FALSE(noted->clears());
}

TEST(FeedbackGrades, adopted_weighs_most_in_the_judged_sets) {
  EXPECT_EQ(grade_of(Verdict::adopted), 3);
  EXPECT_EQ(grade_of(Verdict::useful), 2);
  EXPECT_EQ(grade_of(Verdict::not_relevant), 0);
}

}  // namespace
}  // namespace cps::feedback
