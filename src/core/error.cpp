#include "core/error.hpp"

#include "core/text.hpp"

namespace cps {

std::string_view to_string(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::invalid:
      return "invalid";
    case ErrorKind::unprocessable:
      return "unprocessable";
    case ErrorKind::not_found:
      return "not_found";
    case ErrorKind::unauthenticated:
      return "unauthenticated";
    case ErrorKind::forbidden:
      return "forbidden";
    case ErrorKind::conflict:
      return "conflict";
    case ErrorKind::payload_too_large:
      return "payload_too_large";
    case ErrorKind::rate_limited:
      return "rate_limited";
    case ErrorKind::unsupported_media_type:
      return "unsupported_media_type";
    case ErrorKind::unavailable:
      return "unavailable";
    case ErrorKind::internal:
      return "internal";
  }
  return "internal";
}

std::string filled_message(const Error& error) {
  return text::fill(error.message, error.values);
}

}  // namespace cps
