#include "retrieval/dictionaries.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "retrieval/testing/fixtures.hpp"
#include "retrieval/wordnet.hpp"

namespace cps::retrieval {

namespace {

using fixtures::analyzer;
namespace fs = std::filesystem;

// A dictd file pair as FreeDict ships it: an .index of "headword TAB offset TAB length" in
// dictd's base 64, and the definitions gzip-compressed (dictzip reads as gzip).
void write_dictionary(const fs::path& directory, const std::string& name,
                      const std::vector<std::pair<std::string, std::string>>& entries) {
  static constexpr std::string_view digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  auto b64 = [](std::size_t n) {
    std::string s;
    do {
      s.insert(s.begin(), digits[n % 64]);
      n /= 64;
    } while (n > 0);
    return s;
  };
  std::string dict, index;
  for (const auto& [headword, definition] : entries) {
    index += headword + "\t" + b64(dict.size()) + "\t" + b64(definition.size()) + "\n";
    dict += definition;
  }
  std::ofstream(directory / (name + ".index")) << index;
  gzFile out = gzopen((directory / (name + ".dict.dz")).c_str(), "wb");
  gzwrite(out, dict.data(), unsigned(dict.size()));
  gzclose(out);
}

bool has(const std::vector<Translation>& ts, std::string_view language, std::string_view term) {
  return std::any_of(ts.begin(), ts.end(), [&](const Translation& t) { return t.language == language && t.term == term; });
}

class DictionariesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = fs::temp_directory_path() / ("cps-dictionaries-" + std::to_string(::getpid()));
    fs::create_directories(directory_);
    write_dictionary(directory_, "freedict-eng-hun",
                     {{"00databaseshort", "English-Hungarian\n"},
                      {"furniture", "furniture /fˈɜːnɪtʃə/\n1. bútor\n2. berendezés\n"},
                      {"company", "company /kˈʌmpəni/\nvállalat <n>, cég\n   \"a small company\" - egy kis cég\n"}});
    write_dictionary(directory_, "freedict-slv-eng",
                     {{"pohištvo", "pohištvo\nfurniture\n"}, {"les", "les\nwood, timber\n"}});
    write_dictionary(directory_, "freedict-xxx-eng", {{"word", "word\nword\n"}});  // not a language of ours
  }
  void TearDown() override { fs::remove_all(directory_); }
  fs::path directory_;
};

}  // namespace

TEST_F(DictionariesTest, translates_inflected_words_into_analysed_terms_of_the_target_language) {
  const auto d = Dictionaries::load(directory_);
  // Each file as written and backwards (no hun-eng or eng-slv file): en→hu, hu→en, sl→en, en→sl.
  ASSERT_EQ(d.directions().size(), 4u);
  auto t = d.translate("companies", "en", analyzer());
  EXPECT_TRUE(has(t, "hu", analyzer().terms("vállalat", "hu").front()));
  EXPECT_TRUE(has(t, "hu", analyzer().terms("cég", "hu").front()));
  // Examples and grammar in brackets are not translations.
  EXPECT_FALSE(has(t, "hu", analyzer().terms("kis", "hu").front()));
  // Read backwards: English to Slovenian.
  EXPECT_TRUE(has(d.translate("furniture", "en", analyzer()), "sl", analyzer().terms("pohištvo", "sl").front()));
}

TEST_F(DictionariesTest, goes_through_english_where_no_dictionary_joins_two_languages) {
  const auto d = Dictionaries::load(directory_);
  auto t = d.translate("pohištvo", "sl", analyzer());
  EXPECT_TRUE(has(t, "en", analyzer().terms("furniture", "en").front()));
  EXPECT_TRUE(has(t, "hu", analyzer().terms("bútor", "hu").front()));
}

TEST_F(DictionariesTest, a_missing_folder_gives_no_dictionaries) {
  const auto d = Dictionaries::load(directory_ / "absent");
  EXPECT_TRUE(d.empty());
  EXPECT_TRUE(d.translate("furniture", "en", analyzer()).empty());
}

TEST(WordNet, gives_synonyms_and_broader_words_of_the_most_frequent_sense) {
  const fs::path directory = fs::temp_directory_path() / ("cps-wordnet-" + std::to_string(::getpid()));
  fs::create_directories(directory);
  // Offsets are byte positions of the synset lines in data.noun.
  const std::string hypernym = "00000000 06 n 01 motor_vehicle 0 000 | a self-propelled vehicle\n";
  char offset[16];
  std::snprintf(offset, sizeof offset, "%08zu", hypernym.size());
  const std::string car =
      std::string(offset) + " 06 n 03 car 0 auto 0 automobile 0 001 @ 00000000 n 0000 | a motor vehicle\n";
  std::ofstream(directory / "data.noun") << hypernym << car;
  std::ofstream(directory / "index.noun") << "  1 This software and database is being provided\n"
                                          << "car n 1 1 @ 1 1 " << offset << "  \n";
  for (const char* f : {"data.verb", "data.adj", "index.verb", "index.adj", "noun.exc", "verb.exc", "adj.exc"})
    std::ofstream(directory / f) << "";
  const auto w = WordNet::load(directory);
  EXPECT_EQ(w.related("cars"), (std::vector<std::string>{"auto", "automobile", "motor vehicle"}));
  EXPECT_TRUE(w.related("bicycle").empty());
  EXPECT_TRUE(WordNet::load(directory / "absent").empty());
  fs::remove_all(directory);
}

}  // namespace cps::retrieval
