#include "retrieval/ranking.hpp"

#include <gtest/gtest.h>

#include "retrieval/cognate.hpp"
#include "retrieval/testing/fixtures.hpp"

namespace cps::retrieval {

namespace {
using fixtures::analyzer;
const Thesaurus& thesaurus() { return fixtures::voucher_and_cluster_thesaurus(); }
Query parse(std::string_view text) { return fixtures::parse_with(thesaurus(), text); }
}  // namespace

TEST(Ranking, concept_tokens_are_index_safe) {
  EXPECT_EQ(concept_token("innovation-voucher"), "zc_innovation_voucher");
  EXPECT_EQ(concept_token("industry-4.0"), "zc_industry_4_0");
}

TEST(Ranking, index_terms_hold_stems_then_concepts_and_only_index_characters) {
  auto terms =
      index_terms("Innovációs utalványok a klaszterek számára", "hu", analyzer(), thesaurus());
  EXPECT_EQ(terms.find("  "), std::string::npos);
  EXPECT_NE(terms.find("zc_innovation_voucher"), std::string::npos);
  EXPECT_NE(terms.find("zc_cluster"), std::string::npos);
  auto greek =
      index_terms("Επιταγές Καινοτομίας: «cluster» (2024)!", "el", analyzer(), thesaurus());
  EXPECT_EQ(greek.find_first_of("«»():!-"), std::string::npos) << greek;
  EXPECT_NE(greek.find("zc_innovation_voucher"), std::string::npos);
}

TEST(Bm25, an_item_sharing_only_concepts_with_the_query_still_ranks) {
  std::string hu = index_terms("Innovációs utalványok kis cégeknek", "hu", analyzer(), thesaurus());
  std::string other = index_terms("Regional tourism statistics", "en", analyzer(), thesaurus());
  std::vector<ScoredField> a{{hu, 3.0}}, b{{other, 3.0}};
  auto stats = term_stats({a, b});
  auto q = parse("innovation voucher");
  EXPECT_GT(bm25(a, q, stats), 0.0);
  EXPECT_EQ(bm25(b, q, stats), 0.0);
}

TEST(Bm25, title_weighs_more_than_body_and_rarer_terms_more_than_common_ones) {
  std::string v = index_terms("innovation voucher", "en", analyzer(), thesaurus());
  std::string x = index_terms("export promotion", "en", analyzer(), thesaurus());
  std::vector<ScoredField> in_title{{v, field_weight::title}, {x, field_weight::body}};
  std::vector<ScoredField> in_body{{x, field_weight::title}, {v, field_weight::body}};
  auto stats = term_stats({in_title, in_body});
  auto q = parse("voucher");
  EXPECT_GT(bm25(in_title, q, stats), bm25(in_body, q, stats));

  std::string c1 = index_terms("cluster cluster tourism", "en", analyzer(), thesaurus());
  std::string c2 = index_terms("cluster robotics", "en", analyzer(), thesaurus());
  std::string c3 = index_terms("cluster food", "en", analyzer(), thesaurus());
  std::vector<ScoredField> d1{{c1, 1}}, d2{{c2, 1}}, d3{{c3, 1}};
  auto s = term_stats({d1, d2, d3});
  EXPECT_GT(bm25(d2, parse("robotics"), s), bm25(d1, parse("cluster"), s));
}

TEST(Bm25, a_quoted_phrase_in_order_scores_more_than_its_words_apart) {
  std::string together =
      index_terms("smart specialisation strategy", "en", analyzer(), thesaurus());
  std::string apart =
      index_terms("specialisation of a smart strategy", "en", analyzer(), thesaurus());
  std::vector<ScoredField> a{{together, 1}}, b{{apart, 1}};
  auto stats = term_stats({a, b});
  auto q = parse("\"smart specialisation\"");
  EXPECT_GT(bm25(a, q, stats), bm25(b, q, stats));
}

TEST(Bm25, concept_weight_is_configurable) {
  std::string hu = index_terms("innovációs utalvány", "hu", analyzer(), thesaurus());
  std::vector<ScoredField> a{{hu, 1}};
  auto stats = term_stats({a, {{"semmi", 1}}});
  auto q = parse("innovation voucher");
  Bm25Parameters once, twice;
  once.concept_weight = 1.0;
  twice.concept_weight = 2.0;
  once.cognate_weight = twice.cognate_weight = 0.0;
  EXPECT_NEAR(bm25(a, q, stats, twice), 2.0 * bm25(a, q, stats, once), 1e-9);
  EXPECT_GT(bm25(a, q, stats, once), 0.0);
}

TEST(Bm25, a_concept_and_its_own_words_count_once) {
  std::string en = index_terms("innovation voucher", "en", analyzer(), thesaurus());
  std::string hu = index_terms("innovációs utalvány", "hu", analyzer(), thesaurus());
  std::vector<ScoredField> a{{en, 1}}, b{{hu, 1}};
  auto stats = term_stats({a, b});
  // With the concept weighing more than its words, the English text (words and concept) and
  // the Hungarian one (concept only) score alike: the words are not added on top.
  Bm25Parameters concept_first;
  concept_first.cognate_weight = 0.0;
  concept_first.concept_weight = 100.0;
  auto q = parse("innovation voucher");
  EXPECT_NEAR(bm25(a, q, stats, concept_first), bm25(b, q, stats, concept_first), 1e-9);
}

TEST(Ranking, cognate_keys_meet_across_languages_and_scripts) {
  EXPECT_EQ(cognate_key("geothermal"), "zk_geote");
  EXPECT_EQ(cognate_key("geotermikus"), "zk_geote");
  EXPECT_EQ(cognate_key("геотермална"), "zk_geote");
  EXPECT_EQ(cognate_key("Mechatronics"), cognate_key("мехатроника"));
  EXPECT_EQ(cognate_key("grant"), "");
  EXPECT_EQ(cognate_key("2014-2020"), "");
}

TEST(Bm25, empty_query_and_empty_fields_score_zero) {
  auto stats = term_stats({});
  EXPECT_EQ(bm25({}, parse("cluster"), stats), 0.0);
  EXPECT_EQ(bm25({{"cluster", 1}}, parse(""), stats), 0.0);
}

TEST(Bm25, a_query_counts_at_most_max_terms_index_terms) {
  Query q;
  for (int i = 0; i < 100; ++i) q.terms.push_back("w" + std::to_string(i));
  q.phrases.push_back({"w1", "w99"});  // a phrase with a word left out does not count
  std::vector<ScoredField> first{{"w0 w1 w99", 1.0}}, last{{"w99 w98", 1.0}};
  auto stats = term_stats({first, last});
  RankingPlan plan(q, stats);
  EXPECT_EQ(plan.terms().size(), RankingPlan::max_terms);
  EXPECT_TRUE(plan.phrase_terms().empty());
  EXPECT_GT(bm25(first, plan), 0.0);
  EXPECT_EQ(bm25(last, plan), 0.0);
}

TEST(Bm25, coordination_prefers_a_document_naming_more_of_what_the_query_asks) {
  Query q;
  q.concepts = {"cluster", "furniture"};
  q.concept_terms = {{}, {}};
  const std::string broad = "zc_cluster zc_cluster zc_cluster zc_cluster w1 w2";
  const std::string both = "zc_cluster zc_furniture w1 w2 w3 w4";
  const std::string filler = "w1 w2 w3 w4 w5 w6";
  const std::vector<std::vector<ScoredField>> docs = {{{broad, 1.0}}, {{both, 1.0}}, {{filler, 1.0}}};
  const auto stats = term_stats(docs);
  Bm25Parameters off;
  off.coordination = 0;
  Bm25Parameters on;
  on.coordination = 1;
  EXPECT_GT(bm25(docs[1], q, stats, on) / bm25(docs[0], q, stats, on),
            bm25(docs[1], q, stats, off) / bm25(docs[0], q, stats, off));
}

TEST(Bm25, an_alternative_counts_only_where_its_word_is_missing) {
  Query q;
  q.terms = {"furnitur"};
  q.words = {{{"furnitur"}, {"butor"}, {0.6}}};
  const std::string english = "furnitur showroom";
  const std::string hungarian = "butor bemutatoterem";
  const std::string both = "furnitur butor";
  const std::vector<std::vector<ScoredField>> docs = {{{english, 1.0}}, {{hungarian, 1.0}}, {{both, 1.0}}};
  const auto stats = term_stats(docs);
  const double en = bm25(docs[0], q, stats), hu = bm25(docs[1], q, stats), mixed = bm25(docs[2], q, stats);
  EXPECT_GT(hu, 0.0);
  EXPECT_LT(hu, en);              // a translation weighs less than the word
  EXPECT_NEAR(mixed, en, 1e-9);  // the word found, its translation adds nothing
}

}  // namespace cps::retrieval
