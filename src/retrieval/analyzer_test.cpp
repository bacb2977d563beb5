#include "retrieval/analyzer.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "retrieval/testing/fixtures.hpp"

namespace cps::retrieval {

namespace {
using fixtures::analyzer;
std::vector<std::string> terms(std::string_view text, std::string_view language) {
  return analyzer().terms(text, language);
}
}  // namespace

TEST(Analyzer, romanian_comma_cedilla_and_plain_s_fold_alike) {
  EXPECT_EQ(terms("ș", "ro"), terms("ş", "ro"));
  EXPECT_EQ(terms("ș", "ro"), terms("s", "ro"));
  EXPECT_EQ(terms("finanțare", "ro"), terms("finanţare", "ro"));
  EXPECT_EQ(terms("finanțare", "ro"), terms("FINANTARE", "ro"));
}

TEST(Analyzer, greek_accents_case_and_final_sigma_fold_alike) {
  EXPECT_EQ(terms("Καινοτομία", "el"), terms("καινοτομια", "el"));
  EXPECT_EQ(terms("ΚΑΙΝΟΤΟΜΙΑΣ", "el"), terms("καινοτομίας", "el"));
  EXPECT_EQ(terms("καινοτομίας", "el"), terms("καινοτομία", "el"));
  EXPECT_EQ(terms("επιταγές", "el"), terms("επιταγή", "el"));
}

TEST(Analyzer, greek_dialytika_does_not_split_a_stem) {
  EXPECT_EQ(terms("δυϊκή", "el"), terms("δυική", "el"));
  EXPECT_EQ(terms("Ευρωπαϊκή", "el"), terms("Ευρωπαική", "el"));
  EXPECT_EQ(terms("ΕΥΡΩΠΑΪΚΗ", "el"), terms("ευρωπαϊκή", "el"));
}

TEST(Analyzer, serbian_cyrillic_meets_serbian_latin) {
  EXPECT_EQ(terms("иновације", "sr"), terms("inovacije", "sr"));
  EXPECT_EQ(terms("Иновациони ваучери", "sr"), terms("Inovacioni vaučeri", "sr"));
  EXPECT_EQ(terms("vaučeri", "sr"), terms("vauceri", "sr"));
}

TEST(Analyzer, english_plural_and_singular_stem_alike) {
  EXPECT_EQ(terms("clusters", "en"), terms("cluster", "en"));
  EXPECT_EQ(terms("Innovations", "en"), terms("innovation", "en"));
}

TEST(Analyzer, romanian_inflected_forms_meet_the_base_form) {
  EXPECT_EQ(terms("clusterelor", "ro"), terms("cluster", "ro"));
  EXPECT_EQ(terms("clusterul", "ro"), terms("cluster", "ro"));
  EXPECT_EQ(terms("inovării", "ro"), terms("inovare", "ro"));
}

TEST(Analyzer, hungarian_inflection_and_adjective_meet_the_noun) {
  EXPECT_EQ(terms("klaszterek", "hu"), terms("klaszter", "hu"));
  EXPECT_EQ(terms("innovációs", "hu"), terms("innováció", "hu"));
  EXPECT_EQ(terms("utalványok", "hu"), terms("utalvány", "hu"));
}

TEST(Analyzer, light_stemmers_conflate_common_endings) {
  EXPECT_EQ(terms("klasterët", "sq"), terms("klaster", "sq"));
  EXPECT_EQ(terms("клъстерите", "bg"), terms("клъстер", "bg"));
  EXPECT_EQ(terms("кластерите", "mk"), terms("кластер", "mk"));
  EXPECT_EQ(terms("grozdov", "sl"), terms("grozd", "sl"));
  EXPECT_EQ(terms("klastrov", "sk"), terms("klastre", "sk"));
  EXPECT_EQ(terms("klasteri", "hr"), terms("klaster", "hr"));
}

TEST(Analyzer, bulgarian_and_macedonian_stay_cyrillic) {
  EXPECT_EQ(terms("Клъстер", "bg"), std::vector<std::string>{"клъстер"});
  EXPECT_EQ(terms("ИНОВАЦИИ", "mk"), terms("иновации", "mk"));
}

TEST(Analyzer, stop_words_are_dropped_but_positions_and_spans_remain) {
  auto tokens = analyzer().analyze("The clusters of Europe", "en");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].term, "cluster");
  EXPECT_EQ(tokens[0].position, 1u);
  EXPECT_EQ(tokens[0].begin, 4u);
  EXPECT_EQ(tokens[0].end, 12u);
  EXPECT_EQ(tokens[1].position, 3u);
}

TEST(Analyzer, an_abbreviation_in_capitals_is_not_a_stop_word) {
  EXPECT_EQ(terms("IT cluster", "en").size(), 2u);
  EXPECT_EQ(terms("it cluster", "en").size(), 1u);
}

TEST(Analyzer, byte_spans_point_into_the_original_text) {
  std::string text = "Asociația «Clusterelor»";
  auto tokens = analyzer().analyze(text, "ro");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "Clusterelor");
}

TEST(Analyzer, terms_hold_only_index_characters) {
  for (auto& t : terms("dell'Emilia-Romagna 4.0 C++ naïve Straße đak", "it")) {
    for (unsigned char c : t) {
      EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) << t;
    }
  }
  EXPECT_EQ(terms("dell'Emilia", "it"), terms("Emilia", "it"));
}

TEST(Analyzer, unknown_language_folds_without_stemming) {
  EXPECT_EQ(terms("Clusters Ţară", "xx"), (std::vector<std::string>{"clusters", "tara"}));
}

TEST(Analyzer, invalid_utf8_gives_no_tokens) {
  EXPECT_TRUE(terms("\xFF\xFE abc", "en").empty());
}

TEST(Analyzer, is_usable_from_several_threads) {
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int k = 0; k < 50; ++k)
        results[i] = terms("Καινοτομία clusterelor", i % 2 ? "el" : "ro");
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(results[0], results[2]);
  EXPECT_EQ(results[1], results[3]);
}

}  // namespace cps::retrieval
