#include "web/page_cache.hpp"

#include <fmt/format.h>

#include "auth/authenticator.hpp"

namespace cps::web {

namespace {

std::string etag_of(std::string_view body, uint64_t epoch) {
  uint64_t h = 1469598103934665603ull ^ epoch;
  for (unsigned char c : body) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return fmt::format("\"p{:016x}\"", h);
}

http::Response from_entry(const http::Request& request, const http::Response& stored) {
  if (request.header(http::bhttp::field::if_none_match) == stored[http::bhttp::field::etag]) {
    http::Response res{http::bhttp::status::not_modified, request.raw.version()};
    for (auto field : {http::bhttp::field::etag, http::bhttp::field::cache_control,
                       http::bhttp::field::content_language, http::bhttp::field::vary})
      if (auto it = stored.find(field); it != stored.end()) res.set(field, it->value());
    res.keep_alive(request.raw.keep_alive());
    return res;
  }
  http::Response res = stored;
  res.version(request.raw.version());
  res.keep_alive(request.raw.keep_alive());
  return res;
}

}  // namespace

PageCache::PageCache(EpochSource epoch, std::size_t max_entries)
    : epoch_(std::move(epoch)), max_entries_(max_entries) {}

std::size_t PageCache::size() const {
  std::shared_lock lock(mutex_);
  return entries_.size();
}

http::Handler PageCache::cached(http::Handler handler) {
  return [this, handler = std::move(handler)](http::Request& request) -> http::Response {
    // A signed-in person's pages name them: never served from or kept in the shared cache.
    if (request.cookie(auth::kSessionCookie)) return handler(request);
    uint64_t epoch = epoch_();
    std::string key(request.raw.target());
    if (epoch != 0) {
      std::shared_lock lock(mutex_);
      auto it = entries_.find(key);
      if (it != entries_.end() && it->second.epoch == epoch) {
        auto response = it->second.response;
        lock.unlock();
        return from_entry(request, *response);
      }
    }
    http::Response response = handler(request);
    if (response.result() != http::bhttp::status::ok) return response;
    response.set(http::bhttp::field::etag, etag_of(response.body().view(), epoch));
    response.set(http::bhttp::field::cache_control, "no-cache");
    if (epoch != 0) {
      response.body().freeze();
      auto stored = std::make_shared<const http::Response>(response);
      std::unique_lock lock(mutex_);
      // Arbitrary query strings could grow the cache without bound; start afresh when full.
      if (entries_.size() >= max_entries_) entries_.clear();
      entries_[key] = Entry{epoch, std::move(stored)};
    }
    return from_entry(request, response);
  };
}

}  // namespace cps::web
