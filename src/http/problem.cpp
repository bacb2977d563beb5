#include "http/problem.hpp"

#include <boost/json.hpp>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::http {

using i18n::N_;
using s = bhttp::status;

const ProblemType& problem_type(ErrorKind kind) {
  static const ProblemType table[] = {
      {s::bad_request, "invalid-parameter", N_("A parameter of the request is not valid.")},
      {s::unprocessable_entity, "unprocessable-content",
       N_("The content of the request breaks a rule.")},
      {s::not_found, "not-found", N_("Not found.")},
      {s::unauthorized, "unauthenticated", N_("Please sign in first.")},
      {s::forbidden, "forbidden", N_("You may not do this.")},
      {s::conflict, "conflict", N_("The data changed in the meantime.")},
      {s::payload_too_large, "payload-too-large", N_("The request body is too large.")},
      {s::unsupported_media_type, "unsupported-media-type",
       N_("The request body has a content type this address does not accept.")},
      {s::too_many_requests, "too-many-attempts", N_("Too many attempts; please wait.")},
      {s::service_unavailable, "unavailable", N_("The service is temporarily unavailable.")},
      {s::internal_server_error, "internal-error", N_("Something went wrong on our side.")},
  };
  switch (kind) {
    case ErrorKind::invalid:
      return table[0];
    case ErrorKind::unprocessable:
      return table[1];
    case ErrorKind::not_found:
      return table[2];
    case ErrorKind::unauthenticated:
      return table[3];
    case ErrorKind::forbidden:
      return table[4];
    case ErrorKind::conflict:
      return table[5];
    case ErrorKind::payload_too_large:
      return table[6];
    case ErrorKind::unsupported_media_type:
      return table[7];
    case ErrorKind::rate_limited:
      return table[8];
    case ErrorKind::unavailable:
      return table[9];
    case ErrorKind::internal:
      return table[10];
  }
  return table[10];
}

const ProblemType& problem_type(TransportFailure failure) {
  static const ProblemType table[] = {
      {s::bad_request, "malformed-request", N_("The request is malformed.")},
      {s::method_not_allowed, "method-not-allowed",
       N_("This address does not accept this method.")},
      {s::request_header_fields_too_large, "headers-too-large",
       N_("The request headers are too large.")},
      {s::payload_too_large, "payload-too-large", N_("The request body is too large.")},
  };
  return table[std::size_t(failure)];
}

const ProblemType* find_problem_type(std::string_view slug) {
  for (auto kind : {ErrorKind::invalid, ErrorKind::unprocessable, ErrorKind::not_found,
                    ErrorKind::unauthenticated, ErrorKind::forbidden, ErrorKind::conflict,
                    ErrorKind::payload_too_large, ErrorKind::unsupported_media_type,
                    ErrorKind::rate_limited, ErrorKind::unavailable, ErrorKind::internal})
    if (problem_type(kind).slug == slug) return &problem_type(kind);
  for (auto failure : {TransportFailure::malformed_request, TransportFailure::method_not_allowed,
                       TransportFailure::headers_too_large, TransportFailure::body_too_large})
    if (problem_type(failure).slug == slug) return &problem_type(failure);
  return nullptr;
}

Problem to_problem(const Error& error) {
  Problem p{problem_type(error.kind), error.message, error.field, error.retry_after};
  p.values = error.values;
  if (error.kind == ErrorKind::internal) p.detail.clear();
  return p;
}

std::string problem_type_uri(const ProblemType& type) {
  return "/problems/" + std::string(type.slug);
}

Response problem_response(const Request& request, const Problem& problem) {
  boost::json::object body;
  body["type"] = problem_type_uri(problem.type);
  body["title"] = problem.type.title;
  body["status"] = int(problem.type.status);
  if (!problem.detail.empty()) body["detail"] = text::fill(problem.detail, problem.values);
  if (!problem.field.empty()) body["parameter"] = problem.field;
  if (!request.request_id.empty()) body["instance"] = "urn:request:" + request.request_id;
  if (problem.retry_after > 0) body["retry_after"] = problem.retry_after;
  Response res = make_response(request, problem.type.status, "application/problem+json",
                               boost::json::serialize(body));
  if (problem.retry_after > 0) res.set(bhttp::field::retry_after, std::to_string(problem.retry_after));
  return res;
}

}  // namespace cps::http
