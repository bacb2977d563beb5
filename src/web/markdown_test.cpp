#include "web/markdown.hpp"

#include <gtest/gtest.h>

namespace cps::web {

TEST(Markdown, renders_paragraphs_emphasis_and_tables) {
  std::string html = render_markdown("Cluster *policy*\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
  EXPECT_NE(html.find("<em>policy</em>"), std::string::npos) << html;
  EXPECT_NE(html.find("<table>"), std::string::npos) << html;
}

TEST(Markdown, drops_raw_html_and_javascript_links) {
  std::string html = render_markdown(
      "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=y>");
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
  EXPECT_EQ(html.find("<img"), std::string::npos) << html;
}

}  // namespace cps::web
