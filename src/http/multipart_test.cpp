#include "http/multipart.hpp"

#include <gtest/gtest.h>

namespace cps::http {

namespace {
const std::string kType = "multipart/form-data; boundary=----cps7MA4YWxk";
std::string body(std::initializer_list<std::string> parts) {
  std::string out;
  for (const auto& p : parts) out += "------cps7MA4YWxk\r\n" + p + "\r\n";
  return out + "------cps7MA4YWxk--\r\n";
}
}  // namespace

TEST(Multipart, reads_fields_and_files_with_their_bytes_untouched) {
  std::string file = "region,sector\r\n\r\n------cps7 not a delimiter\r\n\0x";
  file += '\0';
  auto b = body(
      {"Content-Disposition: form-data; name=\"csrf\"\r\n\r\nabc",
       "Content-Disposition: form-data; name=\"file\"; filename=\"C:\\\\data\\\\slice.csv\"\r\n"
       "Content-Type: text/csv\r\n\r\n" +
           file,
       "content-disposition: form-data; name=\"empty\"\r\n\r\n"});
  auto parts = parse_multipart(kType, b);
  ASSERT_TRUE(parts) << parts.error().detail;
  ASSERT_EQ(parts->size(), 3u);
  EXPECT_EQ((*parts)[0].name, "csrf");
  EXPECT_EQ((*parts)[0].data, "abc");
  EXPECT_FALSE((*parts)[0].is_file);
  EXPECT_EQ((*parts)[1].name, "file");
  EXPECT_TRUE((*parts)[1].is_file);
  EXPECT_EQ((*parts)[1].file_name, "slice.csv");
  EXPECT_EQ((*parts)[1].content_type, "text/csv");
  EXPECT_EQ((*parts)[1].data, file);
  EXPECT_EQ((*parts)[2].data, "");
}

TEST(Multipart, the_boundary_may_be_quoted_and_a_preamble_is_skipped) {
  auto parts = parse_multipart(
      "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"",
      "preamble\r\n--a b\r\nContent-Disposition: form-data; name=x\r\n\r\n1\r\n--a b--");
  ASSERT_TRUE(parts) << parts.error().detail;
  ASSERT_EQ(parts->size(), 1u);
  EXPECT_EQ((*parts)[0].data, "1");
}

TEST(Multipart, malformed_and_cut_off_bodies_are_refused) {
  std::string whole =
      body({"Content-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n12345"});
  EXPECT_TRUE(parse_multipart(kType, whole));
  for (std::size_t keep : {std::size_t(0), std::size_t(10), whole.size() / 2, whole.size() - 25}) {
    auto cut = parse_multipart(kType, whole.substr(0, keep));
    ASSERT_FALSE(cut) << keep;
    EXPECT_EQ(cut.error().kind, ErrorKind::invalid);
  }
  EXPECT_FALSE(parse_multipart("multipart/form-data", whole));
  EXPECT_FALSE(
      parse_multipart("application/x-www-form-urlencoded; boundary=----cps7MA4YWxk", whole));
  EXPECT_FALSE(
      parse_multipart(kType, body({"Content-Disposition: attachment; name=\"x\"\r\n\r\n1"})));
  EXPECT_FALSE(parse_multipart(kType, body({"Content-Disposition: form-data\r\n\r\n1"})));
  EXPECT_FALSE(parse_multipart(kType, body({"no colon here\r\n\r\n1"})));
  std::string many;
  for (int i = 0; i < 5; ++i)
    many += "------cps7MA4YWxk\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nx\r\n";
  many += "------cps7MA4YWxk--";
  EXPECT_TRUE(parse_multipart(kType, many));
  EXPECT_FALSE(parse_multipart(kType, many, MultipartLimits{4, 8192}));
  std::string long_header =
      "Content-Disposition: form-data; name=\"" + std::string(9000, 'x') + "\"\r\n\r\n1";
  EXPECT_FALSE(parse_multipart(kType, body({long_header})));
}

TEST(Multipart, the_boundary_comes_from_the_content_type) {
  EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=abc"), "abc");
  EXPECT_EQ(multipart_boundary("multipart/form-data;boundary=\"x;y\""), "x;y");
  EXPECT_EQ(multipart_boundary("multipart/mixed; boundary=abc"), std::nullopt);
  EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=" + std::string(71, 'a')),
            std::nullopt);
}

// Found by fuzz/multipart_fuzz: names went on as sent, whatever their bytes.
TEST(Multipart, a_field_or_file_name_that_is_not_utf8_is_refused) {
  for (std::string disposition : {std::string("name=\"f\xC3(\""), std::string("name=\"file\"; filename=\"a\xFF.csv\""),
                                  std::string("name=\"file\"; filename=\"a") + '\0' + ".csv\""}) {
    auto parts = parse_multipart(kType, body({"Content-Disposition: form-data; " + disposition + "\r\n\r\nx"}));
    ASSERT_FALSE(parts) << disposition;
    EXPECT_EQ(parts.error().message, "The form data is malformed.");
  }
  auto greek = parse_multipart(kType, body({"Content-Disposition: form-data; name=\"file\"; "
                                            "filename=\"\u0388\u03BA\u03B8\u03B5\u03C3\u03B7.pdf\"\r\n\r\nx"}));
  ASSERT_TRUE(greek) << greek.error().detail;
  EXPECT_EQ((*greek)[0].file_name, "\u0388\u03BA\u03B8\u03B5\u03C3\u03B7.pdf");
}

}  // namespace cps::http
