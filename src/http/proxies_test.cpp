#include "http/proxies.hpp"

#include <gtest/gtest.h>

namespace cps::http {

namespace {

RawRequest with_forwarded(std::initializer_list<std::string> lines) {
  RawRequest raw;
  for (const auto& l : lines) raw.insert("X-Forwarded-For", l);
  return raw;
}

TrustedProxies proxies(std::string_view list) {
  auto p = TrustedProxies::parse(list);
  EXPECT_TRUE(p.has_value()) << (p ? "" : p.error().message);
  return p.value_or(TrustedProxies{});
}

}  // namespace

TEST(TrustedProxies, reads_addresses_and_networks_and_names_a_bad_entry) {
  auto p = proxies("127.0.0.1, ::1 10.0.0.0/8,fd00::/8");
  EXPECT_TRUE(p.contains(boost::asio::ip::make_address("10.20.30.40")));
  EXPECT_TRUE(p.contains(boost::asio::ip::make_address("::ffff:127.0.0.1")));
  EXPECT_TRUE(p.contains(boost::asio::ip::make_address("fd00::5")));
  EXPECT_FALSE(p.contains(boost::asio::ip::make_address("11.0.0.1")));
  EXPECT_TRUE(proxies("").empty());
  auto bad = TrustedProxies::parse("127.0.0.1, proxy.example");
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("proxy.example"), std::string::npos);
  EXPECT_FALSE(TrustedProxies::parse("10.0.0.0/33").has_value());
}

TEST(ClientAddress, believes_only_a_trusted_peer) {
  auto p = proxies("127.0.0.1");
  auto raw = with_forwarded({"198.51.100.7"});
  EXPECT_EQ(client_address(raw, "127.0.0.1", p), "198.51.100.7");
  // Anybody else may send the header: it proves nothing.
  EXPECT_EQ(client_address(raw, "203.0.113.5", p), "203.0.113.5");
  EXPECT_EQ(client_address(RawRequest{}, "127.0.0.1", p), "127.0.0.1");
}

TEST(ClientAddress, takes_the_right_most_address_that_is_not_a_proxy) {
  auto p = proxies("127.0.0.1, 10.0.0.0/8");
  // The client wrote a made-up first entry; the edge proxy appended the real one; an inner
  // proxy appended the edge's.
  auto raw = with_forwarded({"192.0.2.66, 198.51.100.7", "10.1.1.1"});
  EXPECT_EQ(client_address(raw, "127.0.0.1", p), "198.51.100.7");
  // Through proxies only: the left-most proxy is the client as far as anyone knows.
  EXPECT_EQ(client_address(with_forwarded({"10.0.0.9, 10.1.1.1"}), "127.0.0.1", p), "10.0.0.9");
  // A hop that is not an address stops the reading.
  EXPECT_EQ(client_address(with_forwarded({"198.51.100.7, unknown"}), "127.0.0.1", p), "127.0.0.1");
  EXPECT_EQ(client_address(with_forwarded({" 198.51.100.7 ,  "}), "127.0.0.1", p), "127.0.0.1");
}

}  // namespace cps::http
