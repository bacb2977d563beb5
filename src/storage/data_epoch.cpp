#include "storage/data_epoch.hpp"

namespace cps::storage {

DataEpoch::DataEpoch(Database& db, std::chrono::milliseconds refresh)
    : db_(db), refresh_(refresh) {}

uint64_t DataEpoch::current() {
  using clock = std::chrono::steady_clock;
  int64_t now = clock::now().time_since_epoch().count();
  int64_t read_at = read_at_ns_.load(std::memory_order_acquire);
  if (read_at != 0 && now - read_at < std::chrono::nanoseconds(refresh_).count())
    return value_.load(std::memory_order_acquire);
  // One thread refreshes; the others keep serving the last value meanwhile.
  std::unique_lock lock(refresh_mutex_, std::try_to_lock);
  if (!lock.owns_lock() && read_at != 0) return value_.load(std::memory_order_acquire);
  if (!lock.owns_lock()) lock.lock();
  auto v = db_.with_session([](soci::session& s) {
    long long version = 0;
    s << "SELECT version FROM data_epoch WHERE id = 1", soci::into(version);
    return uint64_t(version);
  });
  // Without a readable epoch, caching is unsafe: return a value no cached page carries.
  if (!v) {
    read_at_ns_.store(0, std::memory_order_release);
    return 0;
  }
  value_.store(*v, std::memory_order_release);
  read_at_ns_.store(now == 0 ? 1 : now, std::memory_order_release);
  return *v;
}

void DataEpoch::bump(soci::session& s) {
  s << "UPDATE data_epoch SET version = version + 1 WHERE id = 1";
}

void DataEpoch::invalidate() {
  read_at_ns_.store(0, std::memory_order_release);
}

}  // namespace cps::storage
