// The data epoch: a counter in the database that every content change increments, so that
// rendered-page caches in every app server sharing the database know when to drop pages.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>

#include "core/error.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class DataEpoch {
 public:
  // Reads the database at most once per `refresh` interval; between reads the last value is
  // served, so a change made by another app server is seen after at most `refresh`.
  DataEpoch(Database& db, std::chrono::milliseconds refresh);

  uint64_t current();
  // Increments the counter inside the caller's transaction.
  static void bump(soci::session& s);
  // Marks the local copy stale so the next current() reads the database.
  void invalidate();

 private:
  Database& db_;
  std::chrono::milliseconds refresh_;
  std::atomic<uint64_t> value_{0};
  std::atomic<int64_t> read_at_ns_{0};
  std::mutex refresh_mutex_;
};

// A repository's unit of work: `work` on a Store (the port's SQL implementation) of one
// session, in one transaction; a change that succeeds moves the data epoch with it.
template <class Store, class Port>
Status store_transaction(Database& db, const std::function<Status(Port&)>& work) {
  return db.transaction([&](soci::session& s) -> Status {
    Store store(s);
    auto done = work(store);
    if (done) DataEpoch::bump(s);
    return done;
  });
}

// The same for reading: `work` on a Store of one session, outside a transaction.
template <class Store, class Port>
Status store_read(Database& db, const std::function<Status(Port&)>& work) {
  return db.with_session([&](soci::session& s) -> Status {
    Store store(s);
    return work(store);
  });
}

}  // namespace cps::storage
