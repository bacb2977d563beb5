// Delivering the outbox: mails are claimed by one app server at a time (several may share a
// database), sent, and retried with a growing delay when the mail server refuses them.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace cps::mail {

using Seconds = std::int64_t;

// A header beside those every mail has (Date, From, To, Subject …): newsletters carry
// List-Unsubscribe and List-Unsubscribe-Post (RFC 2369, RFC 8058).
struct Header {
  std::string name;
  std::string value;
  bool operator==(const Header&) const = default;
};

struct Mail {
  std::int64_t id = 0;
  std::string to;
  std::string subject;
  std::string body;  // plain text, UTF-8
  int attempts = 0;
  std::vector<Header> headers;
};

// Refuses a header that could forge others: a name that is not a plain field name (letters,
// digits and '-'), one of the headers the sender writes itself, or a value with a line break
// or a control character, or that is not ASCII (these headers carry URLs and fixed words).
Status check_header(const Header& header);

// The extra headers as the outbox keeps them, one "Name: value" per line, and back.
std::string headers_text(const std::vector<Header>& headers);
Result<std::vector<Header>> read_headers(std::string_view text);

// What delivery needs from storage.
class OutboxStore {
 public:
  virtual ~OutboxStore() = default;
  // Takes up to `limit` mails due at `now` for this server: each is leased until
  // `lease_until`, so another server does not send it too.
  virtual Result<std::vector<Mail>> claim_due(Seconds now, Seconds lease_until, std::size_t limit) = 0;
  virtual Status mark_sent(std::int64_t id, Seconds now) = 0;
  // Records a failed attempt; the mail is due again at `retry_at` (or never, when giving up).
  virtual Status mark_failed(std::int64_t id, const std::string& error, Seconds retry_at) = 0;
};

// Hands one mail to the world.
class Transport {
 public:
  virtual ~Transport() = default;
  virtual Status send(const Mail& mail) = 0;
};

struct DeliveryReport {
  std::size_t sent = 0;
  std::size_t failed = 0;
};

class OutboxDelivery {
 public:
  static constexpr int kMaxAttempts = 10;

  // first_retry: the wait after the first failure; it doubles with each further one.
  OutboxDelivery(OutboxStore& store, Transport& transport, std::function<Seconds()> clock,
                 Seconds first_retry = 60);

  // Sends what is due now. Fails only when the outbox cannot be read.
  Result<DeliveryReport> deliver_due();

  // The wait after `attempts` failures: `first`, doubling, at most six hours.
  static Seconds backoff(int attempts, Seconds first = 60);

 private:
  OutboxStore& store_;
  Transport& transport_;
  std::function<Seconds()> clock_;
  Seconds first_retry_;
};

}  // namespace cps::mail
