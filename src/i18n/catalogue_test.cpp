#include "i18n/catalogue.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

namespace cps::i18n {

namespace {

// The build places compiled catalogues here; the tests read the real ones.
std::filesystem::path locale_dir() {
  return std::filesystem::path(CPS_TEST_SHARE_DIR) / "locale";
}

}  // namespace

TEST(Catalogue, numbers_follow_each_language_convention) {
  Catalogue c(locale_dir());
  EXPECT_EQ(c.format_integer(Language::en, 1234567), "1,234,567");
  EXPECT_EQ(c.format_integer(Language::ro, 1234567), "1.234.567");
  EXPECT_EQ(c.format_integer(Language::el, 1234567), "1.234.567");
  EXPECT_EQ(c.format_decimal(Language::ro, 2.5, 1), "2,5");
  // Hungarian and Albanian group thousands with a (narrow) no-break space.
  EXPECT_NE(c.format_integer(Language::hu, 1234567).find("234"), std::string::npos);
  EXPECT_EQ(c.format_integer(Language::hu, 1234567).find(','), std::string::npos);
}

TEST(Catalogue, dates_are_written_in_the_language) {
  Catalogue c(locale_dir());
  using namespace std::chrono;
  sys_days day = year{2026} / November / 24;
  EXPECT_NE(c.format_date(Language::ro, day).find("noiembrie"), std::string::npos)
      << c.format_date(Language::ro, day);
  EXPECT_NE(c.format_date(Language::el, day).find("Νοεμβρίου"), std::string::npos)
      << c.format_date(Language::el, day);
  EXPECT_NE(c.format_date(Language::en, day).find("November"), std::string::npos);
}

TEST(Catalogue, country_names_come_in_the_ui_language) {
  Catalogue c(locale_dir());
  EXPECT_EQ(c.country_name(Language::hu, "RO"), "Románia");
  EXPECT_EQ(c.country_name(Language::el, "AL"), "Αλβανία");
  EXPECT_EQ(c.country_name(Language::en, "MK"), "North Macedonia");
}

TEST(Catalogue, translates_from_the_compiled_catalogues_and_falls_back_to_english) {
  Catalogue c(locale_dir());
  EXPECT_NE(c.translate(Language::ro, "Regions"), "Regions");
  EXPECT_EQ(c.translate(Language::en, "Regions"), "Regions");
  EXPECT_EQ(c.translate(Language::hu, "A message no catalogue has"), "A message no catalogue has");
}

TEST(Catalogue, plural_forms_follow_the_language_rules) {
  Catalogue c(locale_dir());
  auto msg = NP_("{count} region", "{count} regions");
  EXPECT_EQ(c.translate_count(Language::en, msg, 1), "1 region");
  EXPECT_EQ(c.translate_count(Language::en, msg, 1200), "1,200 regions");
  // Romanian has three forms: 1 regiune, 2 regiuni, 20 de regiuni.
  EXPECT_EQ(c.translate_count(Language::ro, msg, 1), "1 regiune");
  EXPECT_EQ(c.translate_count(Language::ro, msg, 2), "2 regiuni");
  EXPECT_EQ(c.translate_count(Language::ro, msg, 20), "20 de regiuni");
}

}  // namespace cps::i18n
