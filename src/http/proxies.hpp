// Who the client is when proxies stand in front: the addresses whose X-Forwarded-For is
// believed, and the client read from that header. Only a trusted proxy's word counts —
// anybody can send the header, so an untrusted peer is the client itself.
#pragma once

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/network_v4.hpp>
#include <boost/asio/ip/network_v6.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "http/types.hpp"

namespace cps::http {

class TrustedProxies {
 public:
  // A list of addresses and networks separated by commas or spaces: "127.0.0.1, ::1,
  // 10.0.0.0/8, fd00::/8". Fails, naming the entry, on one that is neither.
  static Result<TrustedProxies> parse(std::string_view list);

  bool contains(const boost::asio::ip::address& address) const;
  bool empty() const { return v4_.empty() && v6_.empty(); }

 private:
  std::vector<boost::asio::ip::network_v4> v4_;
  std::vector<boost::asio::ip::network_v6> v6_;
};

// The client of a request whose socket peer is `peer`: when the peer is a trusted proxy, the
// right-most X-Forwarded-For address that is not itself a trusted proxy (entries left of it
// were written by whoever sent the request and prove nothing); otherwise, or when the header
// is absent or unreadable, the peer.
std::string client_address(const RawRequest& raw, const std::string& peer, const TrustedProxies& proxies);

}  // namespace cps::http
