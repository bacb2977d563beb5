#include "http/metrics.hpp"

#include <gtest/gtest.h>

namespace cps::http {

TEST(Metrics, counts_by_route_and_status_and_fills_cumulative_buckets) {
  Metrics m;
  m.observe("/{lang}/regions", "GET", 200, 0.003);
  m.observe("/{lang}/regions", "GET", 200, 0.2);
  m.observe("/{lang}/regions", "GET", 404, 0.0001);
  std::string text = m.render();
  EXPECT_NE(
      text.find(
          "cps_http_requests_total{route=\"/{lang}/regions\",method=\"GET\",status=\"200\"} 2"),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("le=\"0.005\"} 2"), std::string::npos) << text;
  EXPECT_NE(text.find("le=\"+Inf\"} 3"), std::string::npos) << text;
  EXPECT_NE(text.find("cps_http_request_duration_seconds_count{route=\"/{lang}/regions\"} 3"),
            std::string::npos);
}

}  // namespace cps::http
