// Expected failures as values: every service returns Result<T>; one table (in http) maps
// the kind to a status code and a problem type.
#pragma once

#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cps {

enum class ErrorKind {
  invalid,            // a parameter or the request is malformed or out of range
  unprocessable,      // a well-formed body whose content breaks a rule
  not_found,          // the thing asked for does not exist (or is not visible to the caller)
  unauthenticated,    // the caller must sign in first
  forbidden,          // the caller may not do this
  conflict,           // the state changed under the caller (stale edit, duplicate)
  payload_too_large,  // a body or upload over its limit
  rate_limited,       // too many attempts; retry_after says when to try again
  unsupported_media_type,
  unavailable,  // a dependency (the database) cannot be reached now
  internal,     // a bug or an unexpected failure; details go to the log only
};

struct Error {
  ErrorKind kind = ErrorKind::internal;
  // English sentence that is also the gettext message id shown to users.
  std::string message;
  // The query parameter, form field or setting at fault, when there is one.
  std::string field = {};
  // Detail for the log; never shown to users for internal errors.
  std::string detail = {};
  // Seconds until a rate-limited caller may try again.
  std::int64_t retry_after = 0;
  // Values for the message's "{name}" places: the message stays the gettext id, and each
  // reader fills the values in after translating it.
  std::vector<std::pair<std::string, std::string>> values = {};
};

template <class T>
using Result = std::expected<T, Error>;

using Status = Result<void>;

inline std::unexpected<Error> fail_later(std::int64_t retry_after, std::string message) {
  return std::unexpected(Error{ErrorKind::rate_limited, std::move(message), {}, {}, retry_after});
}

inline std::unexpected<Error> fail(ErrorKind kind, std::string message, std::string field = {},
                                   std::string detail = {}) {
  return std::unexpected(Error{kind, std::move(message), std::move(field), std::move(detail)});
}

// A failure whose message has "{name}" places, e.g. "Reporting periods {first} and {second}
// overlap.": translated whole, then filled.
inline std::unexpected<Error> fail_with(ErrorKind kind, std::string message,
                                        std::vector<std::pair<std::string, std::string>> values,
                                        std::string field = {}) {
  Error e{kind, std::move(message), std::move(field)};
  e.values = std::move(values);
  return std::unexpected(std::move(e));
}

// The message with its values filled in (as English, for logs and the API).
std::string filled_message(const Error& error);

std::string_view to_string(ErrorKind kind);

}  // namespace cps
