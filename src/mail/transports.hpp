// The two ways mail leaves the platform: an SMTP server, or (in development) a log file
// holding each message whole, so links in it can be opened by hand.
#pragma once

#include <filesystem>
#include <mutex>
#include <string>

#include "mail/outbox.hpp"

namespace cps::mail {

struct SmtpSettings {
  // smtp://host:port or smtps://host:port; user and password may be given in the URL.
  std::string url;
  std::string from;  // "Name <address>" or an address
};

class SmtpTransport final : public Transport {
 public:
  explicit SmtpTransport(SmtpSettings settings);
  Status send(const Mail& mail) override;

  // The message as sent: headers (subject encoded per RFC 2047) and the body as UTF-8.
  static std::string format(const Mail& mail, const std::string& from, const std::string& date,
                            const std::string& message_id);

 private:
  SmtpSettings settings_;
};

class LogTransport final : public Transport {
 public:
  LogTransport(std::filesystem::path file, std::string from);
  Status send(const Mail& mail) override;

 private:
  std::filesystem::path file_;
  std::string from_;
  std::mutex mutex_;
};

// The address part of "Name <address>".
std::string address_of(const std::string& mailbox);

}  // namespace cps::mail
