#include "api/paging.hpp"

#include <gtest/gtest.h>

#include "core/text.hpp"

namespace cps::api {

namespace {
http::Request with_target(std::string target) {
  http::Request r;
  r.raw.target(target);
  EXPECT_TRUE(http::parse_target(r));
  return r;
}
const std::string kCursorOf2 = text::encode_base64url("2");
}  // namespace

TEST(PageRequest, without_parameters_is_the_first_page_of_the_default_size) {
  auto page = page_request(with_target("/api/v1/organisations"), kWholeList);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->limit, 500u);
  EXPECT_EQ(page->offset, 0u);
}

TEST(PageRequest, takes_a_limit_within_the_list_maximum_and_a_cursor_it_issued) {
  auto page = page_request(with_target("/api/v1/areas?limit=2&cursor=" + kCursorOf2), kWholeList);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->limit, 2u);
  EXPECT_EQ(page->offset, 2u);
  EXPECT_EQ(next_cursor(*page, 5), text::encode_base64url("4"));
  EXPECT_EQ(next_cursor(*page, 4), std::nullopt);
}

TEST(PageRequest, refuses_a_bad_limit_naming_it_with_the_list_maximum) {
  for (const char* bad : {"0", "-1", "501", "ten", "", "1.5"}) {
    auto page = page_request(with_target(std::string("/api/v1/areas?limit=") + bad), kWholeList);
    ASSERT_FALSE(page) << bad;
    EXPECT_EQ(page.error().kind, ErrorKind::invalid);
    EXPECT_EQ(page.error().field, "limit");
    ASSERT_EQ(page.error().values.size(), 1u);
    EXPECT_EQ(page.error().values[0].second, "500");
  }
  auto knowledge = page_request(with_target("/api/v1/knowledge?limit=101"), PageLimits{20, 100, true});
  ASSERT_FALSE(knowledge);
  EXPECT_EQ(knowledge.error().values[0].second, "100");
}

TEST(PageRequest, refuses_a_cursor_it_did_not_issue) {
  for (std::string bad : {std::string("%%%"), text::encode_base64url("two"), text::encode_base64url("-2"),
                          text::encode_base64url("2000000")}) {
    auto page = page_request(with_target("/api/v1/areas?cursor=" + text::encode_uri_component(bad)), kWholeList);
    ASSERT_FALSE(page) << bad;
    EXPECT_EQ(page.error().field, "cursor");
  }
  // A list paged by page number takes only cursors on a page boundary.
  EXPECT_FALSE(page_request(with_target("/api/v1/knowledge?limit=20&cursor=" + kCursorOf2), PageLimits{20, 100, true}));
  EXPECT_TRUE(page_request(with_target("/api/v1/knowledge?limit=2&cursor=" + kCursorOf2), PageLimits{20, 100, true}));
}

}  // namespace cps::api
