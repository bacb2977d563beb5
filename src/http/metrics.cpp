#include "http/metrics.hpp"

#include <fmt/format.h>

namespace cps::http {

namespace {

// Label values escape backslash, quote and newline (Prometheus exposition format).
std::string label(std::string_view v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

void Metrics::observe(std::string_view route, std::string_view method, unsigned status,
                      double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{route, method, status}];
  Histogram& h = latency_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::render() const {
  std::lock_guard lock(mutex_);
  std::string out;
  out += "# HELP cps_http_requests_total HTTP requests by route pattern, method and status.\n";
  out += "# TYPE cps_http_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    const auto& [route, method, status] = key;
    out += fmt::format("cps_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {}\n",
                       label(route), label(method), status, n);
  }
  out += "# HELP cps_http_request_duration_seconds Time from a parsed request to its response.\n";
  out += "# TYPE cps_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
      out += fmt::format("cps_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n",
                         label(route), kBuckets[i], h.buckets[i]);
    out += fmt::format("cps_http_request_duration_seconds_bucket{{route=\"{}\",le=\"+Inf\"}} {}\n",
                       label(route), h.count);
    out += fmt::format("cps_http_request_duration_seconds_sum{{route=\"{}\"}} {}\n", label(route),
                       h.sum);
    out += fmt::format("cps_http_request_duration_seconds_count{{route=\"{}\"}} {}\n", label(route),
                       h.count);
  }
  return out;
}

}  // namespace cps::http
