#include "http/request.hpp"

#include <gtest/gtest.h>

namespace cps::http {

namespace {
Request with_target(std::string target) {
  Request r;
  r.raw.target(target);
  return r;
}
}  // namespace

TEST(ParseTarget, decodes_path_and_query) {
  auto r = with_target("/ro/regions?q=%C8%9Aara+Secuiasc%C4%83&country=RO&q=2");
  ASSERT_TRUE(parse_target(r));
  EXPECT_EQ(r.path, "/ro/regions");
  EXPECT_EQ(r.query_value("q"), "Țara Secuiască");
  EXPECT_EQ(r.query_count("q"), 2u);
  EXPECT_EQ(r.query_value("missing"), std::nullopt);
}

TEST(YearParameter, absent_or_empty_is_none_and_only_plausible_years_pass) {
  auto year = [](std::string target) {
    auto r = with_target(std::move(target));
    EXPECT_TRUE(parse_target(r));
    return year_parameter(r);
  };
  EXPECT_EQ(*year("/en/map"), std::nullopt);
  EXPECT_EQ(*year("/en/map?year="), std::nullopt);
  EXPECT_EQ(*year("/en/map?year=2014"), std::optional<int>(2014));
  for (const char* bad : {"/en/map?year=1899", "/en/map?year=2101", "/en/map?year=20x4", "/en/map?year=-5"}) {
    auto refused = year(bad);
    ASSERT_FALSE(refused) << bad;
    EXPECT_EQ(refused.error().kind, ErrorKind::invalid);
    EXPECT_EQ(refused.error().field, "year");
  }
}

TEST(ParseTarget, rejects_nul_bytes_broken_escapes_and_invalid_utf8) {
  for (const char* bad : {"/a%00b", "/x?q=%zz", "/x?q=%4", "/%C0%AF", "http://evil/x", "*"}) {
    auto r = with_target(bad);
    EXPECT_FALSE(parse_target(r)) << bad;
  }
}

TEST(ParseTarget, keeps_encoded_traversal_visible_to_the_router) {
  auto r = with_target("/static/%2e%2e/%2e%2e/etc/passwd");
  ASSERT_TRUE(parse_target(r));
  EXPECT_EQ(r.path, "/static/../../etc/passwd");
}

TEST(ParseForm, empty_values_and_keys_without_equals_are_kept) {
  auto f = parse_form("a=&b&c=1");
  ASSERT_TRUE(f);
  ASSERT_EQ(f->size(), 3u);
  EXPECT_EQ((*f)[1].first, "b");
  EXPECT_EQ((*f)[1].second, "");
}

}  // namespace cps::http

TEST(RequestCookie, finds_a_cookie_among_several_headers_and_pairs) {
  cps::http::Request r;
  r.raw.insert(cps::http::bhttp::field::cookie, "a=1; cps_session=abc");
  r.raw.insert(cps::http::bhttp::field::cookie, "other=x");
  EXPECT_EQ(r.cookie("cps_session").value_or(""), "abc");
  EXPECT_EQ(r.cookie("other").value_or(""), "x");
  EXPECT_FALSE(r.cookie("session").has_value());
  EXPECT_FALSE(r.cookie("cps").has_value());
}
