// The one table from failures to HTTP: every error kind, and the few failures only the
// transport knows (malformed request, unknown method, oversized headers), has one status
// and one stable problem type (RFC 9457).
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "http/types.hpp"

namespace cps::http {

struct ProblemType {
  bhttp::status status;
  std::string_view slug;  // the type URI is "/problems/<slug>"
  const char* title;      // English; a gettext message id for pages
};

enum class TransportFailure {
  malformed_request,
  method_not_allowed,
  headers_too_large,
  body_too_large
};

const ProblemType& problem_type(ErrorKind kind);
const ProblemType& problem_type(TransportFailure failure);

struct Problem {
  ProblemType type;
  std::string detail;  // English sentence (message id) safe to show; empty for internal errors
  std::string field;   // offending parameter, when known
  std::int64_t retry_after = 0;  // seconds, for rate-limited requests
  std::vector<std::pair<std::string, std::string>> values = {};  // for the detail's "{name}" places
};

Problem to_problem(const Error& error);
std::string problem_type_uri(const ProblemType& type);
// The problem type with this slug (the last segment of its URI), if there is one.
const ProblemType* find_problem_type(std::string_view slug);

// application/problem+json with type, title, status, detail, instance (the request id) and
// the offending parameter.
Response problem_response(const Request& request, const Problem& problem);

}  // namespace cps::http
