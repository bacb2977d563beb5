// The HTTP/1.1 server: one coroutine per connection on a pool of threads, keep-alive,
// header and body limits, timeouts on every read and write, graceful shutdown.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "core/error.hpp"
#include "http/dispatcher.hpp"

namespace cps::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;  // 0: any free port (see bound_port)
  int threads = 2;
  std::size_t header_limit = 16 * 1024;
  // A client must send a whole request head within this time, and a body within body_timeout:
  // a slow client cannot hold a worker.
  std::chrono::seconds header_timeout{10};
  std::chrono::seconds body_timeout{30};
  std::chrono::seconds idle_timeout{30};  // between requests on a kept-alive connection
  std::chrono::seconds write_timeout{30};
  std::chrono::seconds shutdown_grace{20};  // in-flight requests get this long to finish
};

class Server {
 public:
  Server(ServerOptions options, Dispatcher& dispatcher);
  ~Server();

  // Binds and listens; fails with unavailable naming "listen" when the address is taken.
  Status listen();
  uint16_t bound_port() const;
  // Serves until SIGINT or SIGTERM (or stop()), then stops accepting, lets in-flight requests
  // finish, closes idle connections and returns.
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cps::http
