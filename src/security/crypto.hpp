// Secrets the platform hands out (session ids, one-time links, API tokens) and how they are
// kept: only a digest is stored, so a copy of the database does not let anyone in.
#pragma once

#include <string>
#include <string_view>

namespace cps::security {

// 256 random bits from the operating system, as 43 URL-safe base64 characters.
std::string random_token();
// Hex SHA-256 of a token: what the database stores and looks tokens up by.
std::string token_digest(std::string_view token);
// Compares without leaking, through timing, where two secrets first differ.
bool equal_constant_time(std::string_view a, std::string_view b);

}  // namespace cps::security
