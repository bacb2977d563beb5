#include "http/server.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <limits>
#include <list>
#include <mutex>
#include <thread>
#include <vector>

namespace cps::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;

namespace {
constexpr auto nothrow = asio::as_tuple(asio::use_awaitable);
}

struct Connection {
  explicit Connection(tcp::socket socket) : stream(std::move(socket)) {}
  beast::tcp_stream stream;
  bool idle = false;  // waiting for the next request; touched only on the connection's strand
};

// One io_context per worker thread, each run by exactly that thread: a connection lives on
// one context, so its handlers never run concurrently and need no strand. The first context
// also runs accepting, signals and the shutdown timer.
struct Server::Impl {
  using WorkGuard = asio::executor_work_guard<asio::io_context::executor_type>;

  ServerOptions options;
  Dispatcher& dispatcher;
  std::vector<std::unique_ptr<asio::io_context>> contexts;
  std::vector<WorkGuard> guards;  // keep idle workers running until shutdown
  std::unique_ptr<tcp::acceptor> acceptor;
  std::unique_ptr<asio::signal_set> signals;
  std::unique_ptr<asio::steady_timer> grace_timer;
  std::size_t next_context = 0;  // touched only on the first context
  std::atomic<bool> stopping{false};
  std::mutex connections_mutex;
  std::list<std::weak_ptr<Connection>> connections;

  Impl(ServerOptions o, Dispatcher& d) : options(std::move(o)), dispatcher(d) {
    int n = std::max(1, options.threads);
    for (int i = 0; i < n; ++i) {
      contexts.push_back(std::make_unique<asio::io_context>(1));
      guards.push_back(asio::make_work_guard(*contexts.back()));
    }
    acceptor = std::make_unique<tcp::acceptor>(control());
    signals = std::make_unique<asio::signal_set>(control(), SIGINT, SIGTERM);
    grace_timer = std::make_unique<asio::steady_timer>(control());
  }

  asio::io_context& control() { return *contexts.front(); }
  asio::awaitable<void> accept_loop();
  asio::awaitable<void> serve(std::shared_ptr<Connection> connection,
                              std::list<std::weak_ptr<Connection>>::iterator self);
  void begin_shutdown();
  // Runs on the first context once no connection is left after shutdown began.
  void finish_shutdown() {
    grace_timer->cancel();
    for (auto& g : guards) g.reset();
  }
};

Server::Server(ServerOptions options, Dispatcher& dispatcher)
    : impl_(std::make_unique<Impl>(std::move(options), dispatcher)) {}

Server::~Server() = default;

Status Server::listen() {
  auto& a = *impl_->acceptor;
  boost::system::error_code ec;
  auto address = asio::ip::make_address(impl_->options.host, ec);
  if (ec)
    return fail(ErrorKind::invalid, "The listen address is not an IP address.", "listen",
                ec.message());
  tcp::endpoint endpoint{address, impl_->options.port};
  a.open(endpoint.protocol(), ec);
  if (!ec) a.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) a.bind(endpoint, ec);
  if (!ec) a.listen(asio::socket_base::max_listen_connections, ec);
  if (ec)
    return fail(
        ErrorKind::unavailable, "The server cannot listen on this address.", "listen",
        impl_->options.host + ":" + std::to_string(impl_->options.port) + ": " + ec.message());
  return {};
}

uint16_t Server::bound_port() const {
  boost::system::error_code ec;
  auto ep = impl_->acceptor->local_endpoint(ec);
  return ec ? 0 : ep.port();
}

void Server::stop() {
  asio::post(impl_->control(), [impl = impl_.get()] { impl->begin_shutdown(); });
}

void Server::Impl::begin_shutdown() {
  if (stopping.exchange(true)) return;
  spdlog::info("shutting down: no new connections, finishing requests in flight");
  boost::system::error_code ec;
  acceptor->close(ec);
  signals->cancel(ec);
  bool none_left;
  {
    std::lock_guard lock(connections_mutex);
    none_left = connections.empty();
    for (auto& weak : connections) {
      if (auto c = weak.lock()) {
        // The connection may have closed its socket before this runs.
        asio::post(c->stream.get_executor(), [c] {
          boost::system::error_code cancel_ec;
          if (c->idle && c->stream.socket().is_open()) c->stream.socket().cancel(cancel_ec);
        });
      }
    }
  }
  if (none_left) {
    finish_shutdown();
    return;
  }
  // Requests still running after the grace period are abandoned.
  grace_timer->expires_after(options.shutdown_grace);
  grace_timer->async_wait([this](boost::system::error_code wait_ec) {
    if (!wait_ec) {
      spdlog::warn("shutdown grace period over; closing the remaining connections");
      for (auto& c : contexts) c->stop();
    }
  });
}

asio::awaitable<void> Server::Impl::accept_loop() {
  while (!stopping) {
    auto& target = *contexts[next_context++ % contexts.size()];
    auto [ec, socket] = co_await acceptor->async_accept(target.get_executor(), nothrow);
    if (ec) {
      if (stopping || ec == asio::error::operation_aborted) break;
      spdlog::warn("accept failed: {}", ec.message());
      continue;
    }
    socket.set_option(tcp::no_delay(true), ec);
    auto connection = std::make_shared<Connection>(std::move(socket));
    std::list<std::weak_ptr<Connection>>::iterator self;
    {
      std::lock_guard lock(connections_mutex);
      self = connections.insert(connections.end(), connection);
    }
    auto executor = connection->stream.get_executor();
    asio::co_spawn(executor, serve(std::move(connection), self), asio::detached);
  }
}

// After refusing a request whose body was not read, stop sending and read what the client
// still sends for a moment, so that closing does not reset the connection before the client
// has read the refusal.
asio::awaitable<void> linger_close(beast::tcp_stream& stream) {
  boost::system::error_code ec;
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  // Bounded in bytes and time; an upload several times over the limit must still see its 413.
  stream.expires_after(std::chrono::seconds(5));
  std::array<char, 16384> sink;
  for (std::size_t total = 0; total < (64u << 20);) {
    auto [read_ec, n] = co_await stream.async_read_some(asio::buffer(sink), nothrow);
    if (read_ec) break;
    total += n;
  }
}

asio::awaitable<void> Server::Impl::serve(std::shared_ptr<Connection> connection,
                                          std::list<std::weak_ptr<Connection>>::iterator self) {
  auto& stream = connection->stream;
  beast::flat_buffer buffer;
  boost::system::error_code ec;
  std::string client;
  {
    auto remote = stream.socket().remote_endpoint(ec);
    if (!ec) client = remote.address().to_string();
  }
  bool first = true;
  for (;;) {
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(std::uint32_t(options.header_limit));
    // The route's own limit is applied once the target is known; until then Beast must not
    // judge the declared Content-Length on its own.
    parser.body_limit(std::numeric_limits<std::uint64_t>::max());
    connection->idle = true;
    if (stopping) break;
    stream.expires_after(first ? options.header_timeout : options.idle_timeout);
    first = false;
    auto [head_ec, head_bytes] = co_await bhttp::async_read_header(stream, buffer, parser, nothrow);
    connection->idle = false;
    (void)head_bytes;
    if (head_ec) {
      if (head_ec == bhttp::error::end_of_stream || head_ec == beast::error::timeout ||
          head_ec == asio::error::operation_aborted || head_ec == asio::error::connection_reset ||
          head_ec == asio::error::eof)
        break;
      // Headers over the limit, or bytes that are not HTTP: answer once and close.
      bool too_large = head_ec == bhttp::error::header_limit;
      Response res = dispatcher.reject(
          too_large ? TransportFailure::headers_too_large : TransportFailure::malformed_request, {},
          11, client);
      stream.expires_after(options.write_timeout);
      co_await bhttp::async_write(stream, res, nothrow);
      co_await linger_close(stream);
      break;
    }
    auto& head = parser.get();
    std::string target(head.target());
    if (head.version() != 10 && head.version() != 11) {
      Response res = dispatcher.reject(TransportFailure::malformed_request, {}, 11, client);
      stream.expires_after(options.write_timeout);
      co_await bhttp::async_write(stream, res, nothrow);
      co_await linger_close(stream);
      break;
    }
    // A request without a body (most GETs) is complete already: no route lookup for a limit.
    std::size_t limit = parser.is_done() ? 0 : dispatcher.body_limit(head.method(), target);
    if (!parser.is_done()) parser.body_limit(limit);
    if (auto length = parser.content_length(); !parser.is_done() && length && *length > limit) {
      Response res =
          dispatcher.reject(TransportFailure::body_too_large, target, head.version(), client);
      stream.expires_after(options.write_timeout);
      co_await bhttp::async_write(stream, res, nothrow);
      co_await linger_close(stream);
      break;
    }
    if (!parser.is_done()) {
      stream.expires_after(options.body_timeout);
      auto [body_ec, body_bytes] = co_await bhttp::async_read(stream, buffer, parser, nothrow);
      (void)body_bytes;
      if (body_ec) {
        if (body_ec == bhttp::error::body_limit) {
          Response res =
              dispatcher.reject(TransportFailure::body_too_large, target, head.version(), client);
          stream.expires_after(options.write_timeout);
          co_await bhttp::async_write(stream, res, nothrow);
          co_await linger_close(stream);
        } else if (body_ec != beast::error::timeout && body_ec != asio::error::operation_aborted &&
                   body_ec != bhttp::error::end_of_stream) {
          Response res = dispatcher.reject(TransportFailure::malformed_request, target,
                                           head.version(), client);
          stream.expires_after(options.write_timeout);
          co_await bhttp::async_write(stream, res, nothrow);
        }
        break;
      }
    }
    RawRequest request = parser.release();
    bool head_only = request.method() == bhttp::verb::head;
    bool keep_alive = request.keep_alive();
    Response response = dispatcher.handle(std::move(request), client);
    response.keep_alive(keep_alive && !stopping);
    stream.expires_after(options.write_timeout);
    if (head_only) {
      bhttp::response_serializer<SharedBody> serializer(response);
      auto [write_ec, n] = co_await bhttp::async_write_header(stream, serializer, nothrow);
      (void)n;
      if (write_ec) break;
    } else {
      auto [write_ec, n] = co_await bhttp::async_write(stream, response, nothrow);
      (void)n;
      if (write_ec) break;
    }
    if (!response.keep_alive()) break;
  }
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  stream.close();
  std::lock_guard lock(connections_mutex);
  connections.erase(self);
  if (stopping && connections.empty()) asio::post(control(), [this] { finish_shutdown(); });
}

void Server::run() {
  auto& impl = *impl_;
  impl.signals->async_wait([&impl](boost::system::error_code ec, int) {
    if (!ec) impl.begin_shutdown();
  });
  asio::co_spawn(impl.control(), impl.accept_loop(), asio::detached);
  std::vector<std::jthread> workers;
  for (std::size_t i = 1; i < impl.contexts.size(); ++i)
    workers.emplace_back([&impl, i] { impl.contexts[i]->run(); });
  impl.control().run();
  for (auto& w : workers) w.join();
  spdlog::info("server stopped");
}

}  // namespace cps::http
