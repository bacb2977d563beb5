// Rendered public pages, kept while the data epoch is unchanged. Any write that changes
// what pages show increments the epoch in the database, so every app server sharing it drops
// its pages (within the epoch's refresh interval).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "http/types.hpp"

namespace cps::web {

class PageCache {
 public:
  using EpochSource = std::function<uint64_t()>;
  PageCache(EpochSource epoch, std::size_t max_entries);

  // Wraps a GET handler: serves a cached 200 response (or 304 for a matching ETag) when the
  // epoch is unchanged; otherwise runs the handler and keeps its 200 response. Requests with
  // a session cookie always run the handler and are not kept.
  http::Handler cached(http::Handler handler);

  std::size_t size() const;

 private:
  struct Entry {
    uint64_t epoch;
    std::shared_ptr<const http::Response> response;
  };
  EpochSource epoch_;
  std::size_t max_entries_;
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace cps::web
