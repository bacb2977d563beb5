#include "mail/outbox.hpp"

#include <algorithm>

namespace cps::mail {

namespace {
constexpr Seconds kLease = 5 * 60;  // a server that dies mid-delivery frees its mails after this
constexpr std::size_t kBatch = 50;
constexpr Seconds kNever = Seconds(1) << 62;
}  // namespace

OutboxDelivery::OutboxDelivery(OutboxStore& store, Transport& transport,
                               std::function<Seconds()> clock, Seconds first_retry)
    : store_(store), transport_(transport), clock_(std::move(clock)), first_retry_(first_retry) {}

Seconds OutboxDelivery::backoff(int attempts, Seconds first) {
  Seconds wait = first << std::clamp(attempts - 1, 0, 20);
  return std::min<Seconds>(wait, 6 * 60 * 60);
}

Result<DeliveryReport> OutboxDelivery::deliver_due() {
  DeliveryReport report;
  Seconds now = clock_();
  auto due = store_.claim_due(now, now + kLease, kBatch);
  if (!due) return std::unexpected(due.error());
  for (const auto& m : *due) {
    auto sent = transport_.send(m);
    if (sent) {
      if (auto ok = store_.mark_sent(m.id, clock_()); !ok) return std::unexpected(ok.error());
      ++report.sent;
      continue;
    }
    int attempts = m.attempts + 1;
    Seconds retry = attempts >= kMaxAttempts ? kNever : clock_() + backoff(attempts, first_retry_);
    std::string why = sent.error().detail.empty() ? sent.error().message : sent.error().detail;
    if (auto ok = store_.mark_failed(m.id, why, retry); !ok) return std::unexpected(ok.error());
    ++report.failed;
  }
  return report;
}

}  // namespace cps::mail
