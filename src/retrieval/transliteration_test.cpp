#include "retrieval/transliteration.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "retrieval/ranking.hpp"
#include "retrieval/testing/fixtures.hpp"

namespace cps::retrieval {

namespace {
using fixtures::analyzer;

const Thesaurus& thesaurus() {
  static const Thesaurus t = *Thesaurus::parse(R"({"concepts": [
    {"id": "supplier-development", "terms": {"en": ["supplier development"], "el": ["ανάπτυξη προμηθευτών"],
                                             "bg": ["развитие на доставчици"]}},
    {"id": "cluster", "terms": {"en": ["cluster"], "bg": ["клъстер"], "mk": ["кластер"], "el": ["σύμπλεγμα"]}}]})",
                                               analyzer());
  return t;
}

// The transliteration keys of the text's words as the index holds them.
std::vector<std::string> indexed_keys(std::string_view text, std::string_view language) {
  std::vector<std::string> out;
  for (const auto& term : analyzer().terms(text, language)) {
    auto key = transliteration_key(term);
    if (!key.empty()) out.push_back(key);
  }
  return out;
}

bool meets(std::string_view latin_word, std::string_view native_text, std::string_view language) {
  auto keys = transliteration_keys(latin_word, analyzer());
  auto indexed = indexed_keys(native_text, language);
  return std::any_of(keys.begin(), keys.end(),
                     [&](const std::string& k) { return std::find(indexed.begin(), indexed.end(), k) != indexed.end(); });
}

bool names(const Query& q, std::string_view concept_id) {
  return std::find(q.concepts.begin(), q.concepts.end(), concept_id) != q.concepts.end();
}
}  // namespace

TEST(Transliteration, latin_script_words_have_no_index_key) {
  EXPECT_EQ(transliteration_key("cluster"), "");
  EXPECT_EQ(transliteration_key("inovacij"), "");
  EXPECT_NE(transliteration_key("кластер"), "");
  EXPECT_EQ(transliteration_key("кластер"), "zt_klaster");
}

TEST(Transliteration, short_keys_are_left_out) {
  EXPECT_EQ(transliteration_key("ник"), "");
}

TEST(Transliteration, latin_words_are_written_in_greek_and_cyrillic) {
  EXPECT_EQ(to_script("anaptyxi", "el"), "αναπτυξι");
  EXPECT_EQ(to_script("promitheuton", "el"), "προμιθευτον");
  EXPECT_EQ(to_script("klaster", "bg"), "кластер");
  EXPECT_EQ(to_script("zhivot", "bg"), "живот");
  EXPECT_EQ(to_script("klaster", "hu"), "");
  EXPECT_EQ(to_script("κλαστερ", "bg"), "");
}

TEST(Transliteration, greeklish_meets_greek_whatever_the_vowel_spelling) {
  EXPECT_TRUE(meets("anaptyxi", "ανάπτυξη", "el"));
  EXPECT_TRUE(meets("anaptiksi", "ανάπτυξης", "el"));
  EXPECT_TRUE(meets("promitheuton", "προμηθευτών", "el"));
  EXPECT_TRUE(meets("kainotomia", "καινοτομία", "el"));
  EXPECT_TRUE(meets("kainotomias", "Καινοτομίας", "el"));
  EXPECT_TRUE(meets("exeidikefsis", "εξειδίκευσης", "el"));
  EXPECT_FALSE(meets("tourismos", "καινοτομία", "el"));
}

TEST(Transliteration, greeklish_x_is_read_as_xi_and_as_chi) {
  EXPECT_TRUE(meets("epixeiriseis", "επιχειρήσεις", "el"));
  EXPECT_TRUE(meets("epicheiriseis", "επιχειρήσεις", "el"));
  EXPECT_TRUE(meets("exypnis", "έξυπνης", "el"));
}

TEST(Transliteration, latin_meets_bulgarian_and_macedonian_cyrillic) {
  EXPECT_TRUE(meets("klaster", "кластер", "mk"));
  EXPECT_TRUE(meets("klaster", "клъстер", "bg"));
  EXPECT_TRUE(meets("klasteri", "клъстери", "bg"));
  EXPECT_TRUE(meets("dostavchitsi", "доставчици", "bg"));
  EXPECT_TRUE(meets("pretpriemnishtvo", "претприемништво", "mk"));
  EXPECT_TRUE(meets("tehnoloshki", "технолошки", "mk"));
  EXPECT_FALSE(meets("klaster", "доставчици", "bg"));
}

TEST(Transliteration, index_terms_carry_the_keys_of_greek_and_cyrillic_words) {
  auto terms = index_terms("ανάπτυξη προμηθευτών", "el", analyzer(), thesaurus());
  EXPECT_NE(terms.find("zt_anaptiks"), std::string::npos) << terms;
  auto latin = index_terms("supplier development", "en", analyzer(), thesaurus());
  EXPECT_EQ(latin.find("zt_"), std::string::npos) << latin;
}

TEST(Transliteration, a_greeklish_query_names_the_concept_its_greek_spelling_names) {
  auto q = fixtures::parse_with(thesaurus(), "anaptyxi promitheuton");
  EXPECT_TRUE(names(q, "supplier-development"));
  ASSERT_EQ(q.expansions.size(), 1u);
  EXPECT_TRUE(q.expansions[0].transliterated);
  EXPECT_EQ(q.expansions[0].words, (std::vector<std::string>{"anaptyxi", "promitheuton"}));
}

TEST(Transliteration, latin_bulgarian_meets_bulgarian_text_by_its_keys_but_names_no_concept) {
  // "razvitie", "klaster" are Croatian, Serbian or Slovenian words too: the thesaurus names
  // those in their own right, so Bulgarian spelt in Latin letters adds no concept of its own.
  auto q = fixtures::parse_with(thesaurus(), "razvitie na dostavchitsi");
  EXPECT_FALSE(names(q, "supplier-development"));
  auto indexed = indexed_keys("развитие на доставчици", "bg");
  ASSERT_FALSE(indexed.empty());
  for (const auto& key : indexed)
    EXPECT_NE(std::find(q.cognates.begin(), q.cognates.end(), key), q.cognates.end()) << key;
}

TEST(Transliteration, a_query_in_greek_letters_is_not_read_again) {
  auto q = fixtures::parse_with(thesaurus(), "ανάπτυξη προμηθευτών", "el");
  ASSERT_EQ(q.expansions.size(), 1u);
  EXPECT_FALSE(q.expansions[0].transliterated);
}

TEST(Transliteration, a_dropped_concept_is_not_searched) {
  auto q = parse_query("anaptyxi promitheuton", "en", analyzer(), thesaurus(), QuerySources{}, {"supplier-development"});
  ASSERT_TRUE(q.has_value());
  EXPECT_TRUE(q->concepts.empty());
  EXPECT_TRUE(q->expansions.empty());
  EXPECT_FALSE(q->terms.empty());
  EXPECT_NE(std::find(q->cognates.begin(), q->cognates.end(), transliteration_key("αναπτυξ")), q->cognates.end());
}

}  // namespace cps::retrieval
