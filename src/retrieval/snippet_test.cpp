#include "retrieval/snippet.hpp"

#include <gtest/gtest.h>

#include "core/text.hpp"
#include "retrieval/testing/fixtures.hpp"

namespace cps::retrieval {

namespace {
using fixtures::analyzer;
const Thesaurus& thesaurus() { return fixtures::voucher_thesaurus(); }
Query parse(std::string_view text) { return fixtures::parse_with(thesaurus(), text); }
}  // namespace

TEST(Snippet, escapes_markup_and_marks_matches) {
  auto s = snippet("<script>alert(1)</script> Clusters & vouchers", "en", parse("cluster"),
                   analyzer(), thesaurus());
  EXPECT_EQ(s, "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Clusters</mark> &amp; vouchers");
}

TEST(Snippet, marks_the_words_of_a_concept_named_in_another_language) {
  auto s = snippet("A cégek innovációs utalványokat kaptak.", "hu", parse("innovation voucher"),
                   analyzer(), thesaurus());
  EXPECT_EQ(s, "A cégek <mark>innovációs utalványokat</mark> kaptak.");
}

TEST(Snippet, is_cut_at_word_boundaries_around_the_first_match) {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "filler words here ";
  text += "the cluster programme ";
  for (int i = 0; i < 60; ++i) text += "more text follows ";
  auto s = snippet(text, "en", parse("cluster"), analyzer(), thesaurus(), 80);
  EXPECT_TRUE(s.starts_with("…")) << s;
  EXPECT_TRUE(s.ends_with("…")) << s;
  EXPECT_NE(s.find("<mark>cluster</mark>"), std::string::npos);
  std::string plain = s;
  for (std::string_view tag : {"<mark>", "</mark>", "…"}) {
    for (auto at = plain.find(tag); at != std::string::npos; at = plain.find(tag))
      plain.erase(at, tag.size());
  }
  EXPECT_LE(text::utf8_length(plain), 80u);
  // Whole words only: every word shown is one of the words of the text.
  EXPECT_EQ(plain.find("fille "), std::string::npos);
  EXPECT_TRUE(plain.starts_with("filler") || plain.starts_with("words") ||
              plain.starts_with("here") || plain.starts_with("the"))
      << plain;
}

TEST(Snippet, without_a_match_is_the_start_and_collapses_markdown) {
  auto s = snippet("**Bold** start\n\n- item", "en", parse("robotics"), analyzer(), thesaurus());
  EXPECT_EQ(s, "Bold start - item");
}

}  // namespace cps::retrieval
