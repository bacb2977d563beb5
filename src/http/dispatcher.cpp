#include "http/dispatcher.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <boost/asio/ip/address.hpp>
#include <random>

#include "http/request.hpp"
#include "i18n/catalogue.hpp"

namespace cps::http {

namespace {

constexpr std::size_t kDefaultBodyLimit = 16 * 1024;

std::string new_request_id() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  return fmt::format("{:016x}", rng());
}

// A caller's X-Request-Id is kept when it is short and plain, so traces can be joined.
bool acceptable_request_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '_'))
      return false;
  return true;
}

std::string json_escape(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c < 0x20) {
      out += fmt::format("\\u{:04x}", c);
    } else {
      out += char(c);
    }
  }
  return out;
}

}  // namespace

Dispatcher::Dispatcher(const Router& router, Metrics& metrics,
                       std::shared_ptr<spdlog::logger> access_log, ErrorRenderer render_error,
                       DispatcherOptions options)
    : router_(router),
      metrics_(metrics),
      access_log_(std::move(access_log)),
      render_error_(std::move(render_error)),
      options_(options) {}

std::size_t Dispatcher::body_limit(bhttp::verb method, std::string_view target) const {
  std::string_view path = target.substr(0, target.find('?'));
  auto match = router_.match(method, path);
  return match.route ? match.route->options.body_limit : kDefaultBodyLimit;
}

Response Dispatcher::route(Request& request) {
  if (auto ok = parse_target(request); !ok)
    return render_error_(request, Problem{problem_type(TransportFailure::malformed_request),
                                          ok.error().message, ok.error().field});
  auto match = router_.match(request.method(), request.path);
  if (!match.route) {
    if (match.allowed.empty())
      return render_error_(request, to_problem(Error{ErrorKind::not_found, "Not found."}));
    std::string allow;
    for (auto verb : match.allowed)
      allow += (allow.empty() ? "" : ", ") + std::string(bhttp::to_string(verb));
    Response res =
        render_error_(request, Problem{problem_type(TransportFailure::method_not_allowed), {}, {}});
    res.set(bhttp::field::allow, allow);
    return res;
  }
  request.route = match.route->pattern;
  request.params = std::move(match.params);
  // Bodies are accepted only in the forms the route family speaks: JSON for the API,
  // form encodings for pages.
  bool carries_body = request.method() == bhttp::verb::post ||
                      request.method() == bhttp::verb::put ||
                      request.method() == bhttp::verb::patch || !request.raw.body().empty();
  if (carries_body && match.route->options.body_types == BodyTypes::of_family) {
    std::string_view type = request.header(bhttp::field::content_type);
    bool api = request.path.starts_with("/api/");
    bool ok = api ? media_type_is(type, "application/json")
                  : (media_type_is(type, "application/x-www-form-urlencoded") ||
                     media_type_is(type, "multipart/form-data"));
    if (!ok)
      return render_error_(request,
                           to_problem(Error{ErrorKind::unsupported_media_type,
                                            api ? i18n::N_("Send the body as application/json.")
                                                : i18n::N_("Send the form as a normal web form."),
                                            "Content-Type"}));
  }
  try {
    return match.route->handler(request);
  } catch (const std::exception& e) {
    spdlog::error("request {} {} failed: {}", request.request_id, request.path, e.what());
    return render_error_(request, to_problem(Error{ErrorKind::internal, {}}));
  }
}

Response Dispatcher::handle(RawRequest&& raw, std::string client) {
  auto start = std::chrono::steady_clock::now();
  Request request;
  request.raw = std::move(raw);
  request.client = options_.transport == DispatcherOptions::Transport::behind_tls_proxy
                       ? client_address(request.raw, client, options_.trusted_proxies)
                       : std::move(client);
  auto it = request.raw.find("X-Request-Id");
  if (it != request.raw.end() && acceptable_request_id({it->value().data(), it->value().size()}))
    request.request_id = std::string(it->value());
  else
    request.request_id = new_request_id();
  Response response;
  try {
    response = route(request);
  } catch (const std::exception& e) {
    spdlog::error("request {} failed while rendering an error: {}", request.request_id, e.what());
    response = problem_response(request, to_problem(Error{ErrorKind::internal, {}}));
  }
  finish(request, response, start);
  return response;
}

Response Dispatcher::reject(TransportFailure failure, std::string_view target, unsigned version,
                            std::string client) {
  auto start = std::chrono::steady_clock::now();
  Request request;
  request.raw.version(version == 10 ? 10 : 11);
  request.raw.target(target);
  request.client = std::move(client);
  request.request_id = new_request_id();
  if (!target.empty()) (void)parse_target(request);
  Response response = render_error_(request, Problem{problem_type(failure), {}, {}});
  response.keep_alive(false);
  finish(request, response, start);
  return response;
}

void Dispatcher::finish(Request& request, Response& response,
                        std::chrono::steady_clock::time_point start) {
  response.set(bhttp::field::server, "ClusterPoliSEE");
  response.set("X-Request-Id", request.request_id);
  response.set("X-Content-Type-Options", "nosniff");
  response.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.set("X-Frame-Options", "DENY");
  response.set("Cross-Origin-Opener-Policy", "same-origin");
  response.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  response.set("Content-Security-Policy",
               "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
               "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
  if (options_.transport == DispatcherOptions::Transport::behind_tls_proxy)
    response.set(bhttp::field::strict_transport_security, "max-age=31536000");
  // The server sends only the header for HEAD; the body stays so Content-Length is right.
  std::size_t bytes = request.method() == bhttp::verb::head ? 0 : response.body().size();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::string_view method(bhttp::to_string(request.method()).data(),
                          bhttp::to_string(request.method()).size());
  unsigned status = response.result_int();
  metrics_.observe(request.route.empty() ? std::string_view("(unmatched)") : request.route, method,
                   status, seconds);
  if (options_.access_log == AccessLog::on && access_log_) {
    // The path only: query strings may carry tokens, and the access log must not hold secrets.
    access_log_->info(
        R"({{"id":"{}","client":"{}","method":"{}","path":"{}","route":"{}","status":{},"bytes":{},"ms":{:.3f}}})",
        request.request_id, json_escape(request.client), method, json_escape(request.path),
        json_escape(request.route), status, bytes, seconds * 1000);
  }
}

}  // namespace cps::http
