// Endpoints for operators and integrators: liveness, readiness (the services can answer),
// Prometheus metrics and the OpenAPI description of the API.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "core/error.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"

namespace cps::api {

// Whether the services can answer requests now; fails (kind unavailable) when their database
// cannot be reached.
using ReadinessCheck = std::function<Status()>;

class OpsEndpoints {
 public:
  // openapi_file: the OpenAPI 3.1 document shipped with the program.
  OpsEndpoints(ReadinessCheck ready, const http::Metrics& metrics,
               const std::filesystem::path& openapi_file);
  void add_routes(http::Router& router);

 private:
  http::Response healthz(http::Request& r);
  http::Response readyz(http::Request& r);
  http::Response metrics(http::Request& r);
  http::Response openapi(http::Request& r);

  ReadinessCheck ready_;
  const http::Metrics& metrics_;
  std::string openapi_;
};

}  // namespace cps::api
