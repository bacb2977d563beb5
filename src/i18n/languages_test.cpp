#include "i18n/languages.hpp"

#include <gtest/gtest.h>

namespace cps::i18n {

TEST(Negotiate, picks_the_highest_q_value_among_supported_languages) {
  EXPECT_EQ(negotiate("de-AT, hu;q=0.8, ro;q=0.9"), Language::ro);
  EXPECT_EQ(negotiate("el-GR,el;q=0.9,en;q=0.8"), Language::el);
}

TEST(Negotiate, region_subtags_match_their_language_and_case_does_not_matter) {
  EXPECT_EQ(negotiate("RO-md"), Language::ro);
  EXPECT_EQ(negotiate("sq-XK"), Language::sq);
}

TEST(Negotiate, q_zero_excludes_and_garbage_falls_back_to_english) {
  EXPECT_EQ(negotiate("hu;q=0, fr"), Language::en);
  EXPECT_EQ(negotiate(";;;,,q=2"), Language::en);
  EXPECT_EQ(negotiate(""), Language::en);
  EXPECT_EQ(negotiate("ro;q=abc"), Language::en);
}

}  // namespace cps::i18n
