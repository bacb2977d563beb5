#include "mail/outbox.hpp"

#include <algorithm>
#include <cctype>

namespace cps::mail {

namespace {
constexpr Seconds kLease = 5 * 60;  // a server that dies mid-delivery frees its mails after this
constexpr std::size_t kBatch = 50;
constexpr Seconds kNever = Seconds(1) << 62;
}  // namespace

Status check_header(const Header& header) {
  static constexpr std::string_view kOwn[] = {"date", "from", "to", "cc", "bcc", "message-id", "subject",
                                              "mime-version", "content-type", "content-transfer-encoding",
                                              "auto-submitted", "sender", "reply-to"};
  const auto refused = [&] {
    return fail(ErrorKind::invalid, "A mail header may not carry line breaks or replace the sender's own.",
                "headers", header.name);
  };
  if (header.name.empty() || header.name.size() > 76) return refused();
  std::string lower;
  for (unsigned char c : header.name) {
    if (!(std::isalnum(c) || c == '-')) return refused();
    lower += char(std::tolower(c));
  }
  for (auto own : kOwn)
    if (lower == own) return refused();
  if (header.value.size() > 900) return refused();
  for (unsigned char c : header.value)
    if (c < 0x20 || c >= 0x7f) return refused();
  return {};
}

std::string headers_text(const std::vector<Header>& headers) {
  std::string out;
  for (const auto& h : headers) out += h.name + ": " + h.value + "\n";
  return out;
}

Result<std::vector<Header>> read_headers(std::string_view text) {
  std::vector<Header> out;
  while (!text.empty()) {
    auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (line.empty()) continue;
    auto colon = line.find(": ");
    if (colon == std::string_view::npos)
      return fail(ErrorKind::invalid, "A mail header may not carry line breaks or replace the sender's own.", "headers");
    Header h{std::string(line.substr(0, colon)), std::string(line.substr(colon + 2))};
    if (auto ok = check_header(h); !ok) return std::unexpected(ok.error());
    out.push_back(std::move(h));
  }
  return out;
}

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
