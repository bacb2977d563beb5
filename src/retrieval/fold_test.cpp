#include "retrieval/fold.hpp"

#include <gtest/gtest.h>

namespace cps::retrieval {

TEST(Fold, greek_and_latin_spellings_meet) {
  EXPECT_EQ(fold("Ελλάδα"), fold("ELLADA"));
  EXPECT_EQ(fold("Κεντρική Μακεδονία"), "kentrike makedonia");
}

TEST(Fold, romanian_cedilla_and_comma_below_fold_alike) {
  EXPECT_EQ(fold("Ţara Ş"), fold("Țara Ș"));
  EXPECT_EQ(fold("Țara"), "tara");
}

TEST(Fold, cyrillic_serbian_meets_latin_serbian) {
  EXPECT_EQ(fold("Београд"), fold("Beograd"));
}

TEST(Fold, hungarian_and_albanian_diacritics_are_stripped) {
  EXPECT_EQ(fold("Győr-Moson-Sopron"), "gyor-moson-sopron");
  EXPECT_EQ(fold("Shqipëria Çmime"), "shqiperia cmime");
}

TEST(Fold, invalid_utf8_folds_to_nothing) {
  EXPECT_EQ(fold("\xFF\xFE"), "");
}

}  // namespace cps::retrieval
