#include "core/text_diff.hpp"

#include <gtest/gtest.h>

namespace cps::text {

namespace {

std::string render(const std::vector<DiffPart>& parts) {
  std::string out;
  for (const auto& p : parts)
    out += p.kind == DiffPart::Kind::same ? p.text : p.kind == DiffPart::Kind::added ? "[+" + p.text + "]" : "[-" + p.text + "]";
  return out;
}

}  // namespace

TEST(TextDiff, marks_the_words_that_changed_and_keeps_the_rest) {
  EXPECT_EQ(render(diff_words("Innovation vouchers for small firms", "Innovation vouchers for all small firms")),
            "Innovation vouchers for [+all ]small firms");
  EXPECT_EQ(render(diff_words("a b c", "a x c")), "a [-b ][+x ]c");
  EXPECT_EQ(render(diff_words("", "new text")), "[+new text]");
  EXPECT_EQ(render(diff_words("same", "same")), "same");
}

TEST(TextDiff, long_texts_are_compared_by_paragraph) {
  std::string before, after;
  for (int i = 0; i < 50; ++i) before += "word" + std::to_string(i) + " ";
  before += "\nsecond paragraph\n";
  after = before + "third\n";
  auto parts = diff_words(before, after, 10);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[1].kind, DiffPart::Kind::added);
  EXPECT_EQ(parts[1].text, "third\n");
}

TEST(TextDiff, renders_as_escaped_html_and_as_critic_markup) {
  auto parts = diff_words("Funds for <small> firms", "Funds for all <small> firms");
  EXPECT_EQ(diff_html(parts), "Funds for <ins>all </ins>&lt;small&gt; firms");
  EXPECT_EQ(diff_critic_markup(parts), "Funds for {++all ++}<small> firms");
}

}  // namespace cps::text
