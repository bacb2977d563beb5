#include "api/ops_endpoints.hpp"

#include <fstream>
#include <sstream>

#include "api/guard.hpp"
#include "api/json.hpp"

namespace cps::api {

namespace json = boost::json;

OpsEndpoints::OpsEndpoints(ReadinessCheck ready, const http::Metrics& metrics,
                           const std::filesystem::path& openapi_file)
    : ready_(std::move(ready)), metrics_(metrics) {
  std::ifstream in(openapi_file, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  openapi_ = buf.str();
}

void OpsEndpoints::add_routes(http::Router& router) {
  using E = OpsEndpoints;
  router.get("/healthz", for_anyone(this, &E::healthz));
  router.get("/readyz", for_anyone(this, &E::readyz));
  router.get("/metrics", for_anyone(this, &E::metrics));
  router.get("/api/v1/openapi.json", for_anyone(this, &E::openapi));
}

http::Response OpsEndpoints::healthz(http::Request& r) {
  auto res = json_response(r, json::object{{"status", "ok"}});
  res.set(http::bhttp::field::cache_control, "no-store");
  return res;
}

http::Response OpsEndpoints::readyz(http::Request& r) {
  auto ready = ready_();
  json::object body{{"status", ready ? "ready" : "unavailable"},
                    {"database", ready ? "reachable" : "unreachable"}};
  auto res = json_response(
      r, body, ready ? http::bhttp::status::ok : http::bhttp::status::service_unavailable);
  res.set(http::bhttp::field::cache_control, "no-store");
  return res;
}

http::Response OpsEndpoints::metrics(http::Request& r) {
  auto res = http::make_response(r, http::bhttp::status::ok,
                                 "text/plain; version=0.0.4; charset=utf-8", metrics_.render());
  res.set(http::bhttp::field::cache_control, "no-store");
  return res;
}

http::Response OpsEndpoints::openapi(http::Request& r) {
  if (openapi_.empty())
    return error_response(r, Error{ErrorKind::internal, {}, {}, "the OpenAPI document was not found"});
  return http::make_response(r, http::bhttp::status::ok, "application/json", openapi_);
}

}  // namespace cps::api
