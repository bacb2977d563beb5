// What happens to every parsed request: request id, routing (404, 405 with Allow), body
// content-type rules, the handler, error rendering, security headers, HEAD bodies dropped,
// metrics and the structured access log.
#pragma once

#include <spdlog/logger.h>

#include <chrono>
#include <functional>
#include <memory>

#include "http/metrics.hpp"
#include "http/problem.hpp"
#include "http/router.hpp"
#include "http/proxies.hpp"
#include "http/types.hpp"

namespace cps::http {

// Renders a failure for a request: problem+json for the API, a page for people.
using ErrorRenderer = std::function<Response(const Request&, const Problem&)>;

enum class AccessLog { on, off };

struct DispatcherOptions {
  AccessLog access_log = AccessLog::on;
  // Set when a TLS proxy sits in front: adds Strict-Transport-Security.
  enum class Transport { plain, behind_tls_proxy } transport = Transport::plain;
  // Behind a proxy, the peers whose X-Forwarded-For names the client.
  TrustedProxies trusted_proxies;
};

class Dispatcher {
 public:
  Dispatcher(const Router& router, Metrics& metrics, std::shared_ptr<spdlog::logger> access_log,
             ErrorRenderer render_error, DispatcherOptions options);

  // The body limit of the route the request is for (the default when none matches).
  std::size_t body_limit(bhttp::verb method, std::string_view target) const;

  // Handles one complete request; never throws.
  Response handle(RawRequest&& raw, std::string client);

  // The response to a request the transport could not read: malformed, headers or body over
  // the limit. target may be empty when the request line was unreadable.
  Response reject(TransportFailure failure, std::string_view target, unsigned version,
                  std::string client);

 private:
  Response route(Request& request);
  void finish(Request& request, Response& response, std::chrono::steady_clock::time_point start);

  const Router& router_;
  Metrics& metrics_;
  std::shared_ptr<spdlog::logger> access_log_;
  ErrorRenderer render_error_;
  DispatcherOptions options_;
};

}  // namespace cps::http
