#include "core/text.hpp"

#include "core/error.hpp"

#include <gtest/gtest.h>

namespace cps::text {

TEST(Text, escape_html_neutralises_markup_and_quotes) {
  EXPECT_EQ(escape_html("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
}

TEST(Text, base64url_round_trips_every_length) {
  std::string s;
  for (int n = 0; n < 40; ++n) {
    EXPECT_EQ(decode_base64url(encode_base64url(s)), s) << n;
    s += char(n * 37);
  }
}

TEST(Text, base64url_rejects_foreign_characters_and_lengths) {
  EXPECT_FALSE(decode_base64url("ab+c").has_value());
  EXPECT_FALSE(decode_base64url("abcde").has_value());
  EXPECT_FALSE(decode_base64url("a=").has_value());
}

TEST(Text, utf8_validation_accepts_region_scripts_and_rejects_broken_bytes) {
  EXPECT_TRUE(is_valid_utf8("Ελλάδα, Ținutul Secuiesc, Shqipëria, Győr"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(is_valid_utf8("abc\xE2\x82"));   // truncated
}

TEST(Text, trim_removes_surrounding_white_space_only) {
  EXPECT_EQ(trim("  a b \n"), "a b");
  EXPECT_EQ(trim(""), "");
}

TEST(Fill, replaces_every_named_placeholder_and_leaves_unknown_ones) {
  EXPECT_EQ(fill("rank {rank} of {of} in {country}; {rank}", {{"rank", "2"}, {"of", "{of}"}, {"country", "Ελλάδα"}}),
            "rank 2 of {of} in Ελλάδα; 2");
  EXPECT_EQ(fill("{x}", {{"y", "1"}}), "{x}");
}

// An error keeps its message as the catalogue's id and its values beside it, so that a page
// translates the sentence whole before filling it.
TEST(Text, an_error_with_values_keeps_its_id_and_fills_on_demand) {
  auto e = fail_with(ErrorKind::unprocessable, "Reporting periods {first} and {second} overlap.",
                     {{"first", "2"}, {"second", "3"}}, "periods.2.starts")
               .error();
  EXPECT_EQ(e.message, "Reporting periods {first} and {second} overlap.");
  EXPECT_EQ(filled_message(e), "Reporting periods 2 and 3 overlap.");
  EXPECT_EQ(e.field, "periods.2.starts");
}

}  // namespace cps::text
