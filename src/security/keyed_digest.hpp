// A keyed digest (HMAC-SHA-256): the same message and key always give the same digest, and
// without the key nobody can compute it or tell which message gave it. Used for the respondent
// keys of Delphi studies, whose key stays outside the database.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace cps::security {

// Hex HMAC-SHA-256 of message under key.
std::string keyed_digest(std::string_view key, std::string_view message);

// The secret kept in `file`: read when it exists, otherwise made (256 random bits) and written
// readable by the owner only.
Result<std::string> secret_file(const std::filesystem::path& file);

}  // namespace cps::security
