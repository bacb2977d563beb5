#include "mail/outbox.hpp"

#include <gtest/gtest.h>

#include <map>

#include "mail/transports.hpp"

namespace cps::mail {

TEST(OutboxDelivery, backoff_doubles_from_a_minute_to_at_most_six_hours) {
  EXPECT_EQ(OutboxDelivery::backoff(1), 60);
  EXPECT_EQ(OutboxDelivery::backoff(2), 120);
  EXPECT_EQ(OutboxDelivery::backoff(5), 960);
  EXPECT_EQ(OutboxDelivery::backoff(30), 6 * 60 * 60);
}

TEST(SmtpFormat, encodes_non_ascii_subjects_and_bodies_and_strips_header_breaks) {
  Mail m{1, "ana@example.org", "Parolă nouă\r\nBcc: victim@example.org", "Bună ziua,\nlink", 0};
  std::string text = SmtpTransport::format(m, "ClusterPoliSEE <no-reply@cps.example>",
                                           "Wed, 25 Nov 2026 10:00:00 +0000", "<x@cps.example>");
  EXPECT_NE(text.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_EQ(text.find("\r\nBcc:"), std::string::npos);
  EXPECT_NE(text.find("To: <ana@example.org>\r\n"), std::string::npos);
  EXPECT_NE(text.find("From: ClusterPoliSEE <no-reply@cps.example>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Content-Transfer-Encoding: base64\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\n\r\nQnVuxIMgeml1YSwKbGluaw==\r\n"),
            std::string::npos);
  EXPECT_EQ(address_of("Name <a@b.example>"), "a@b.example");
}

}  // namespace cps::mail
