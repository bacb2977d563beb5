// Request counts by route and status and a latency histogram, in Prometheus text format.
#pragma once

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

namespace cps::http {

class Metrics {
 public:
  static constexpr std::array<double, 12> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                   0.05,   0.1,   0.25,   0.5,   1.0,  5.0};

  // route must outlive the metrics (a router pattern or a literal).
  void observe(std::string_view route, std::string_view method, unsigned status, double seconds);
  std::string render() const;

 private:
  struct Histogram {
    std::array<unsigned long long, kBuckets.size()> buckets{};
    unsigned long long count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string_view, std::string_view, unsigned>, unsigned long long> requests_;
  std::map<std::string_view, Histogram> latency_;
};

}  // namespace cps::http
