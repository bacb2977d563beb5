#include "retrieval/query.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "retrieval/testing/fixtures.hpp"

namespace cps::retrieval {

namespace {
using fixtures::analyzer;
const Thesaurus& thesaurus() { return fixtures::voucher_thesaurus(); }
Query parse(std::string_view text, std::string_view language = "en") {
  return fixtures::parse_with(thesaurus(), text, language);
}
bool has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}
}  // namespace

TEST(Query, an_empty_or_blank_query_is_valid_and_empty) {
  EXPECT_TRUE(parse("").empty());
  EXPECT_TRUE(parse("   \t ").empty());
  EXPECT_TRUE(parse("\"\" * : - ()").empty());
}

TEST(Query, an_unbalanced_quote_is_text) {
  auto q = parse("\"smart clusters");
  EXPECT_TRUE(q.phrases.empty());
  EXPECT_TRUE(has(q.terms, "smart"));
  EXPECT_TRUE(has(q.terms, "cluster"));
}

TEST(Query, quoted_phrases_are_kept) {
  auto q = parse("“smart specialisation” \"cluster policies\" voucher");
  ASSERT_EQ(q.phrases.size(), 2u);
  EXPECT_EQ(q.phrases[1], (std::vector<std::string>{"cluster", "polici"}));
  EXPECT_TRUE(has(q.terms, "voucher"));
}

TEST(Query, fts_operators_are_plain_words) {
  auto q = parse("NEAR(innovation voucher) cluster* -grant title:export OR AND");
  EXPECT_TRUE(has(q.terms, "near"));
  EXPECT_TRUE(has(q.terms, "grant"));
  EXPECT_TRUE(has(q.terms, "titl"));
  EXPECT_TRUE(has(q.terms, "export"));
  EXPECT_TRUE(has(q.concepts, "innovation-voucher"));
  for (const auto& t : q.terms) EXPECT_EQ(t.find_first_of("*:()-\""), std::string::npos) << t;
}

TEST(Query, terms_hold_the_stem_and_the_folded_word) {
  auto q = parse("Innovations");
  EXPECT_TRUE(has(q.terms, "innov"));
  EXPECT_TRUE(has(q.terms, "innovations"));
}

TEST(Query, concepts_are_found_in_any_language) {
  EXPECT_TRUE(has(parse("innovációs utalvány", "en").concepts, "innovation-voucher"));
}

TEST(Query, more_than_500_characters_fail_on_the_q_field) {
  EXPECT_TRUE(parse_query(std::string(500, 'a'), "en", analyzer(), thesaurus()).has_value());
  auto q = parse_query(std::string(501, 'a'), "en", analyzer(), thesaurus());
  ASSERT_FALSE(q.has_value());
  EXPECT_EQ(q.error().kind, ErrorKind::invalid);
  EXPECT_EQ(q.error().field, "q");
  EXPECT_FALSE(parse_query(std::string(2000, 'x'), "en", analyzer(), thesaurus()).has_value());
  // Code points are counted, not bytes: 500 Greek letters are 1,000 bytes.
  std::string greek;
  for (int i = 0; i < 500; ++i) greek += "α";
  EXPECT_TRUE(parse_query(greek, "el", analyzer(), thesaurus()).has_value());
}

TEST(Query, invalid_utf8_fails_on_the_q_field) {
  auto q = parse_query("abc\xC3", "en", analyzer(), thesaurus());
  ASSERT_FALSE(q.has_value());
  EXPECT_EQ(q.error().field, "q");
}

TEST(Query, text_is_kept_trimmed) {
  EXPECT_EQ(parse("  cluster \n").text, "cluster");
}

}  // namespace cps::retrieval
