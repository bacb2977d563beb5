// Small text functions shared by every layer: escaping and encodings.
#pragma once

#include <optional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cps::text {

// Escapes & < > " ' for HTML text and double- or single-quoted attributes.
std::string escape_html(std::string_view in);

// Base64url without padding (RFC 4648 §5); used for opaque pagination cursors.
std::string encode_base64url(std::string_view in);
// Returns nullopt for any character outside the alphabet or an impossible length.
std::optional<std::string> decode_base64url(std::string_view in);

// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view in);

// A whole decimal integer (optional minus sign, digits only, no overflow), or nullopt.
std::optional<long long> parse_int(std::string_view in);

// Code points in well-formed UTF-8.
std::size_t utf8_length(std::string_view in);
// True when the text has control characters other than tab, line feed and carriage return.
bool has_control_characters(std::string_view in);

// Percent-encodes everything but RFC 3986 unreserved characters.
std::string encode_uri_component(std::string_view in);

// Unix seconds as "2026-05-01 09:30:00 UTC".
std::string utc_timestamp(long long seconds);

std::string to_upper_ascii(std::string_view in);
std::string to_lower_ascii(std::string_view in);
// Without surrounding spaces, tabs and line breaks.
std::string_view trim_view(std::string_view in);
std::string trim(std::string_view in);
// A translated message with each "{name}" replaced by its value (every occurrence); names it
// does not hold are left alone, so a translation that drops one still reads.
std::string fill(std::string message, std::initializer_list<std::pair<std::string_view, std::string_view>> values);
std::string fill(std::string message, const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace cps::text
