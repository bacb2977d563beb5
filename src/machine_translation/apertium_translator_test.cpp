// The Apertium engine as the platform installs it (tools/install-deps): the directions it
// offers and a translation of each. Skipped where apertium is not installed; without it the
// engine offers nothing.
#include "machine_translation/apertium_translator.hpp"

#include <gtest/gtest.h>

namespace cps::machine_translation {

namespace {

const ApertiumTranslator& installed() {
  static const ApertiumTranslator engine;
  return engine;
}

}  // namespace

TEST(ApertiumTranslator, a_missing_program_offers_no_direction) {
  ApertiumTranslator missing(ApertiumSettings{.program = "cps-no-apertium-here"});
  EXPECT_TRUE(missing.pairs().empty());
  auto refused = missing.translate({"sr", "en"}, "Кластери");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().field, "language");
}

TEST(ApertiumTranslator, offers_serbian_croatian_and_macedonian_into_english) {
  if (installed().pairs().empty()) GTEST_SKIP() << "apertium with its hbs-eng and mkd-eng pairs is not installed";
  EXPECT_EQ(installed().pairs(), (std::vector<knowledge::LanguagePair>{{"sr", "en"}, {"hr", "en"}, {"mk", "en"}}));
  EXPECT_TRUE(installed().engine({"sr", "en"}).starts_with("Apertium"));
  EXPECT_TRUE(installed().engine({"sr", "en"}).ends_with(" Cyrl-Latn, hbs-eng"));
}

TEST(ApertiumTranslator, translates_serbian_in_cyrillic_croatian_and_macedonian_into_english) {
  if (installed().pairs().empty()) GTEST_SKIP() << "apertium is not installed";
  auto& engine = const_cast<ApertiumTranslator&>(installed());
  auto sr = engine.translate({"sr", "en"}, "Регионална политика у Србији");
  ASSERT_TRUE(sr) << sr.error().detail;
  EXPECT_NE(sr->find("Serbia"), std::string::npos) << *sr;
  auto hr = engine.translate({"hr", "en"}, "Regionalna politika u Hrvatskoj");
  ASSERT_TRUE(hr) << hr.error().detail;
  EXPECT_NE(hr->find("policy"), std::string::npos) << *hr;
  EXPECT_EQ(hr->find('*'), std::string::npos) << *hr;  // unknown words without marks
  auto mk = engine.translate({"mk", "en"}, "Регионалната политика во Македонија");
  ASSERT_TRUE(mk) << mk.error().detail;
  EXPECT_NE(mk->find("Macedonia"), std::string::npos) << *mk;
}

TEST(ApertiumTranslator, a_text_longer_than_it_takes_is_refused_before_running_anything) {
  ApertiumTranslator engine(ApertiumSettings{.max_input = 10});
  if (engine.pairs().empty()) GTEST_SKIP() << "apertium is not installed";
  auto refused = engine.translate({"hr", "en"}, "Regionalna politika u Hrvatskoj");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::invalid);
}

}  // namespace cps::machine_translation
