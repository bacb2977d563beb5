#include "retrieval/thesaurus.hpp"

#include <gtest/gtest.h>

namespace cps::retrieval {

namespace {
const Analyzer& analyzer() {
  static const Analyzer a;
  return a;
}
constexpr std::string_view small = R"({
  "languages": ["en", "hu", "ro"],
  "concepts": [
    {"id": "innovation", "areas": ["WG1"], "terms": {"en": ["innovation"], "hu": ["innováció"], "ro": ["inovare"]}},
    {"id": "innovation-voucher", "areas": ["WG1", "WG4"], "broader": "innovation",
     "terms": {"en": ["innovation voucher", "innovation cheque"], "hu": ["innovációs utalvány"],
               "ro": ["voucher de inovare", "cec de inovare"]}}
  ]})";
const Thesaurus& small_thesaurus() {
  static const Thesaurus t = *Thesaurus::parse(small, analyzer());
  return t;
}
}  // namespace

TEST(Thesaurus, english_query_matches_the_concept_of_a_hungarian_text) {
  const auto& t = small_thesaurus();
  auto query = t.match_any_language("innovation voucher", analyzer());
  ASSERT_EQ(query.size(), 1u);
  EXPECT_EQ(query[0].concept_id, "innovation-voucher");
  auto text = t.match(analyzer().analyze("A cégek innovációs utalványokat kaptak.", "hu"), "hu");
  ASSERT_EQ(text.size(), 1u);
  EXPECT_EQ(text[0].concept_id, "innovation-voucher");
  EXPECT_EQ(text[0].first, 2u);
  EXPECT_EQ(text[0].last, 3u);
}

TEST(Thesaurus, longest_match_wins_and_inflected_forms_match) {
  const auto& t = small_thesaurus();
  auto m = t.match(analyzer().analyze("Cecul de inovare sprijină inovarea.", "ro"), "ro");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].concept_id, "innovation-voucher");
  EXPECT_EQ(m[1].concept_id, "innovation");
}

TEST(Thesaurus, labels_fall_back_to_english) {
  const auto& t = small_thesaurus();
  EXPECT_EQ(t.label("innovation-voucher", "ro"), "voucher de inovare");
  EXPECT_EQ(t.label("innovation-voucher", "sk"), "innovation voucher");
  EXPECT_EQ(t.label("nothing", "en"), "");
  EXPECT_EQ(t.find("innovation-voucher")->broader, "innovation");
  EXPECT_EQ(t.size(), 2u);
}

TEST(Thesaurus, rejects_what_is_not_a_thesaurus) {
  EXPECT_FALSE(Thesaurus::parse("[1, 2]", analyzer()).has_value());
  EXPECT_FALSE(Thesaurus::parse("{\"concepts\": [{\"terms\": {}}]}", analyzer()).has_value());
  EXPECT_FALSE(Thesaurus::parse("not json", analyzer()).has_value());
  EXPECT_FALSE(Thesaurus::load("/nonexistent/thesaurus.json", analyzer()).has_value());
}

TEST(Thesaurus, the_shipped_file_loads_and_maps_languages_to_shared_concepts) {
  auto t = Thesaurus::load(CPS_TEST_DATA_DIR "/knowledge/thesaurus.json", analyzer());
  ASSERT_TRUE(t.has_value()) << t.error().detail;
  EXPECT_GE(t->size(), 300u);
  auto has = [&](std::string_view text, std::string_view language, std::string_view id) {
    for (const auto& m : t->match(analyzer().analyze(text, language), language)) {
      if (m.concept_id == id) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("Programul de vouchere de inovare", "ro", "innovation-voucher"));
  EXPECT_TRUE(has("innovációs utalványok", "hu", "innovation-voucher"));
  EXPECT_TRUE(has("Επιταγές καινοτομίας", "el", "innovation-voucher"));
  EXPECT_TRUE(
      has("Стратегијата за паметна специјализација", "mk", "smart-specialisation-strategy"));
}

TEST(Thesaurus, short_terms_and_abbreviations_match_only_words_close_to_them) {
  constexpr std::string_view json = R"({
    "languages": ["en", "hu", "ro"],
    "concepts": [
      {"id": "south-east-europe", "areas": ["WG3"], "terms": {"en": ["SEE"], "hu": ["Balkán"], "ro": ["Balcani"]}},
      {"id": "operational-programme", "areas": ["WG4"], "terms": {"en": ["operational programme"], "hu": ["OP"], "ro": ["program operațional"]}},
      {"id": "regional-authority", "areas": ["WG5"], "terms": {"en": ["municipality"], "hu": ["önkormányzat"], "ro": ["primărie"]}}
    ]})";
  const Thesaurus t = *Thesaurus::parse(json, analyzer());
  // "sees" stems to "see", "open" in Hungarian to "op", "primească" to the stem of "primărie".
  EXPECT_TRUE(t.match_any_language("everyone sees the same documents", analyzer()).empty());
  EXPECT_TRUE(t.match_any_language("wine routes with open cellar days", analyzer()).empty());
  EXPECT_TRUE(t.match(analyzer().analyze("tâmplarii își strâng comenzile ca să primească", "ro"), "ro").empty());
  // The words themselves, and inflected forms of a longer word, still match.
  EXPECT_EQ(t.match_any_language("clusters of SEE", analyzer()).size(), 1u);
  EXPECT_EQ(t.match(analyzer().analyze("az OP forrásai", "hu"), "hu").size(), 1u);
  EXPECT_EQ(t.match(analyzer().analyze("primăriile din județ", "ro"), "ro").size(), 1u);
}

}  // namespace cps::retrieval
