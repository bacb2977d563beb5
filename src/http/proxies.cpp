#include "http/proxies.hpp"

#include <algorithm>

namespace cps::http {

namespace ip = boost::asio::ip;

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// An IPv4 peer on a dual-stack socket reads as ::ffff:a.b.c.d; it is the IPv4 address.
ip::address plain(const ip::address& a) {
  if (a.is_v6() && a.to_v6().is_v4_mapped()) return ip::make_address_v4(ip::v4_mapped, a.to_v6());
  return a;
}

}  // namespace

Result<TrustedProxies> TrustedProxies::parse(std::string_view list) {
  TrustedProxies out;
  std::string entry;
  auto take = [&]() -> Status {
    if (entry.empty()) return {};
    boost::system::error_code ec;
    if (entry.find('/') == std::string::npos) {
      auto a = ip::make_address(entry, ec);
      if (!ec && a.is_v4()) out.v4_.push_back(ip::network_v4(a.to_v4(), 32));
      if (!ec && a.is_v6()) out.v6_.push_back(ip::network_v6(a.to_v6(), 128));
    } else if (entry.find(':') == std::string::npos) {
      auto n = ip::make_network_v4(entry, ec);
      if (!ec) out.v4_.push_back(n.canonical());
    } else {
      auto n = ip::make_network_v6(entry, ec);
      if (!ec) out.v6_.push_back(n.canonical());
    }
    if (ec) return fail(ErrorKind::invalid, "'" + entry + "' is not an address or a network such as 10.0.0.0/8");
    entry.clear();
    return {};
  };
  for (char c : list) {
    if (c == ',' || c == ' ' || c == '\t') {
      if (auto ok = take(); !ok) return std::unexpected(ok.error());
    } else {
      entry += c;
    }
  }
  if (auto ok = take(); !ok) return std::unexpected(ok.error());
  return out;
}

bool TrustedProxies::contains(const ip::address& address) const {
  auto a = plain(address);
  if (a.is_v4())
    return std::any_of(v4_.begin(), v4_.end(), [&](const ip::network_v4& n) {
      return ip::network_v4(a.to_v4(), 32).is_subnet_of(n) || n.address() == a.to_v4();
    });
  return std::any_of(v6_.begin(), v6_.end(), [&](const ip::network_v6& n) {
    return ip::network_v6(a.to_v6(), 128).is_subnet_of(n) || n.address() == a.to_v6();
  });
}

std::string client_address(const RawRequest& raw, const std::string& peer, const TrustedProxies& proxies) {
  boost::system::error_code ec;
  auto peer_address = ip::make_address(peer, ec);
  if (ec || !proxies.contains(peer_address)) return peer;
  // Every X-Forwarded-For line, in order, as one list.
  std::vector<std::string_view> hops;
  auto [from, to] = raw.equal_range("X-Forwarded-For");
  for (auto it = from; it != to; ++it) {
    std::string_view line(it->value().data(), it->value().size());
    for (std::size_t start = 0; start <= line.size();) {
      auto comma = line.find(',', start);
      if (comma == std::string_view::npos) comma = line.size();
      hops.push_back(trim(line.substr(start, comma - start)));
      start = comma + 1;
    }
  }
  std::string client = plain(peer_address).to_string();
  for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
    auto address = ip::make_address(std::string(*hop), ec);
    // A hop that is not an address (a proxy that writes "unknown"): nothing left of it can be
    // believed, so the last address believed is the client.
    if (ec) break;
    client = plain(address).to_string();
    if (!proxies.contains(address)) break;
  }
  return client;
}

}  // namespace cps::http
