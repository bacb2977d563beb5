// Endpoints for operators and integrators: liveness, readiness (database reachable),
// Prometheus metrics and the OpenAPI description of the API.
#pragma once

#include <filesystem>
#include <string>

#include "http/metrics.hpp"
#include "http/router.hpp"
#include "storage/database.hpp"

namespace cps::api {

class OpsEndpoints {
 public:
  // openapi_file: the OpenAPI 3.1 document shipped with the program.
  OpsEndpoints(storage::Database& db, const http::Metrics& metrics,
               const std::filesystem::path& openapi_file);
  void add_routes(http::Router& router);

 private:
  http::Response healthz(http::Request& r);
  http::Response readyz(http::Request& r);
  http::Response metrics(http::Request& r);
  http::Response openapi(http::Request& r);

  storage::Database& db_;
  const http::Metrics& metrics_;
  std::string openapi_;
};

}  // namespace cps::api
