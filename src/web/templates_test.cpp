#include "web/templates.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace cps::web {

namespace {
std::filesystem::path share() {
  return std::filesystem::path(CPS_TEST_SHARE_DIR);
}
}  // namespace

TEST(Templates, message_ids_fold_white_space) {
  auto ids = Templates::message_ids(
      "<p>{{#t}}Compare   regions\n  of {{country}}{{/t}}</p>{{#t}}Home{{/t}}");
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[0], "Compare regions of {{country}}");
  EXPECT_EQ(ids[1], "Home");
}

TEST(Templates, renders_translated_text_and_escapes_every_variable) {
  auto dir = std::filesystem::temp_directory_path() / "cps-templates-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "t.mustache") << "<h1>{{#t}}Regions{{/t}}</h1><p>{{name}}</p>";
  i18n::Catalogue catalogue(share() / "locale");
  auto templates = Templates::load(dir, catalogue);
  ASSERT_TRUE(templates) << templates.error().detail;
  Object data{{"name", "<script>alert(1)</script>"}};
  auto en = templates->render(i18n::Language::en, "t", data);
  ASSERT_TRUE(en);
  EXPECT_EQ(*en, "<h1>Regions</h1><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
  auto ro = templates->render(i18n::Language::ro, "t", data);
  ASSERT_TRUE(ro);
  EXPECT_NE(ro->find("<h1>Regiuni</h1>"), std::string::npos) << *ro;
  std::filesystem::remove_all(dir);
}

TEST(Templates, every_shipped_template_compiles_in_every_language) {
  i18n::Catalogue catalogue(share() / "locale");
  auto templates = Templates::load(share() / "templates", catalogue);
  ASSERT_TRUE(templates) << templates.error().detail;
}

}  // namespace cps::web
