#include "http/router.hpp"

#include <gtest/gtest.h>

namespace cps::http {

namespace {
Handler named(std::string name) {
  return [name](Request& r) { return make_response(r, bhttp::status::ok, "text/plain", name); };
}
std::string body_of(const RouteMatch& m) {
  Request r;
  return m.route ? std::string(m.route->handler(r).body().view()) : "";
}
}  // namespace

TEST(Router, literal_segments_win_over_parameters) {
  Router router;
  router.get("/{lang}/regions/{code}", named("region"));
  router.get("/api/v1/regions/{code}", named("api-region"));
  router.get("/api/v1/{x}/{code}", named("api-any"));
  EXPECT_EQ(body_of(router.match(bhttp::verb::get, "/en/regions/RO11")), "region");
  auto m = router.match(bhttp::verb::get, "/api/v1/regions/RO11");
  EXPECT_EQ(body_of(m), "api-region");
  ASSERT_EQ(m.params.size(), 1u);
  EXPECT_EQ(m.params[0].second, "RO11");
}

TEST(Router, unknown_method_reports_the_allowed_ones_and_head_uses_get) {
  Router router;
  router.get("/healthz", named("health"));
  auto post = router.match(bhttp::verb::post, "/healthz");
  EXPECT_EQ(post.route, nullptr);
  ASSERT_EQ(post.allowed.size(), 2u);
  EXPECT_EQ(body_of(router.match(bhttp::verb::head, "/healthz")), "health");
  EXPECT_TRUE(router.match(bhttp::verb::get, "/nothing").allowed.empty());
}

TEST(Router, rest_parameter_takes_the_remaining_path_and_trailing_slash_is_a_segment) {
  Router router;
  router.get("/static/{file...}", named("static"));
  router.get("/{lang}/", named("home"));
  auto m = router.match(bhttp::verb::get, "/static/img/logo.svg");
  ASSERT_EQ(m.params.size(), 1u);
  EXPECT_EQ(m.params[0].second, "img/logo.svg");
  EXPECT_EQ(body_of(router.match(bhttp::verb::get, "/ro/")), "home");
  EXPECT_EQ(router.match(bhttp::verb::get, "/ro").route, nullptr);
  EXPECT_EQ(body_of(router.match(bhttp::verb::get, "/static/")), "home");  // {lang} = "static"
}

}  // namespace cps::http
