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
  Mail m{1, "ana@example.org", "Parolă nouă\r\nBcc: victim@example.org", "Bună ziua,\nlink", 0, {}};
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

TEST(SmtpFormat, writes_the_list_unsubscribe_headers_of_rfc_8058) {
  Mail m{1, "ana@example.org", "News", "Text", 0,
         {{"List-Unsubscribe", "<https://cps.example/en/newsletter/unsubscribe/abc>"},
          {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}}};
  std::string text = SmtpTransport::format(m, "no-reply@cps.example", "Wed, 25 Nov 2026 10:00:00 +0000",
                                           "<x@cps.example>");
  EXPECT_NE(text.find("\r\nList-Unsubscribe: <https://cps.example/en/newsletter/unsubscribe/abc>\r\n"),
            std::string::npos);
  EXPECT_NE(text.find("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"), std::string::npos);
  // The headers end before the body's blank line.
  EXPECT_LT(text.find("List-Unsubscribe-Post"), text.find("\r\n\r\n"));
}

TEST(MailHeaders, refuse_line_breaks_and_the_senders_own_headers) {
  EXPECT_TRUE(check_header({"List-Unsubscribe", "<https://cps.example/u/1>"}));
  EXPECT_FALSE(check_header({"List-Unsubscribe", "<https://x>\r\nBcc: victim@example.org"}));
  EXPECT_FALSE(check_header({"List-Unsubscribe", "<https://x>\nBcc: victim@example.org"}));
  EXPECT_FALSE(check_header({"Bcc", "victim@example.org"}));
  EXPECT_FALSE(check_header({"X-Bad Name", "v"}));
  EXPECT_FALSE(check_header({"X-Bad:", "v"}));
  EXPECT_FALSE(check_header({"", "v"}));
}

TEST(MailHeaders, survive_the_outbox_text_and_refuse_forged_rows) {
  std::vector<Header> headers{{"List-Unsubscribe", "<https://cps.example/u/1>"},
                              {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}};
  auto back = read_headers(headers_text(headers));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, headers);
  EXPECT_TRUE(read_headers("")->empty());
  EXPECT_FALSE(read_headers("Bcc: victim@example.org\n"));
  EXPECT_FALSE(read_headers("no colon here\n"));
}

}  // namespace cps::mail
