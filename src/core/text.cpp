#include "core/text.hpp"

#include <array>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>

namespace cps::text {

std::string escape_html(std::string_view in) {
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (char c : in) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {
constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
}

std::string encode_base64url(std::string_view in) {
  std::string out;
  out.reserve((in.size() * 4 + 2) / 3);
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t n = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8) | uint8_t(in[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
    out += kAlphabet[n & 63];
  }
  if (i + 1 == in.size()) {
    uint32_t n = uint8_t(in[i]) << 16;
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
  } else if (i + 2 == in.size()) {
    uint32_t n = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
  }
  return out;
}

std::optional<std::string> decode_base64url(std::string_view in) {
  if (in.size() % 4 == 1) return std::nullopt;
  std::array<int, 256> value{};
  value.fill(-1);
  for (size_t k = 0; k < kAlphabet.size(); ++k) value[uint8_t(kAlphabet[k])] = int(k);
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : in) {
    int v = value[uint8_t(c)];
    if (v < 0) return std::nullopt;
    acc = (acc << 6) | uint32_t(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += char((acc >> bits) & 0xFF);
    }
  }
  return out;
}

std::optional<long long> parse_int(std::string_view in) {
  long long value = 0;
  if (in.empty() || in.size() > 19) return std::nullopt;
  auto [end, ec] = std::from_chars(in.data(), in.data() + in.size(), value);
  if (ec != std::errc() || end != in.data() + in.size()) return std::nullopt;
  return value;
}

std::size_t utf8_length(std::string_view in) {
  std::size_t n = 0;
  for (unsigned char c : in) n += (c & 0xC0) != 0x80;
  return n;
}

bool has_control_characters(std::string_view in) {
  for (unsigned char c : in)
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return true;
  return false;
}

bool is_valid_utf8(std::string_view in) {
  size_t i = 0;
  while (i < in.size()) {
    uint8_t c = uint8_t(in[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > in.size()) return false;
    for (int k = 1; k < len; ++k) {
      uint8_t cc = uint8_t(in[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

std::string encode_uri_component(std::string_view in) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : in) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out += char(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string to_upper_ascii(std::string_view in) {
  std::string out(in);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
  return out;
}

std::string to_lower_ascii(std::string_view in) {
  std::string out(in);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

std::string_view trim_view(std::string_view in) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!in.empty() && space(in.front())) in.remove_prefix(1);
  while (!in.empty() && space(in.back())) in.remove_suffix(1);
  return in;
}

std::string trim(std::string_view in) {
  return std::string(trim_view(in));
}

std::string fill(std::string message,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  for (const auto& [name, value] : values) {
    // Appended, not "{" + name + "}": g++ 12 at -O3 warns wrongly of overlapping copies there.
    std::string key;
    key.reserve(name.size() + 2);
    key.append(1, '{').append(name).append(1, '}');
    for (std::size_t at = 0; (at = message.find(key, at)) != std::string::npos; at += value.size())
      message.replace(at, key.size(), value);
  }
  return message;
}

std::string fill(std::string message, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [name, value] : values) message = fill(std::move(message), {{name, value}});
  return message;
}

std::string utc_timestamp(long long seconds) {
  auto tp = std::chrono::sys_seconds(std::chrono::seconds(seconds));
  auto day = std::chrono::floor<std::chrono::days>(tp);
  std::chrono::year_month_day ymd(day);
  std::chrono::hh_mm_ss hms(tp - day);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02d:%02d:%02d UTC", int(ymd.year()),
                unsigned(ymd.month()), unsigned(ymd.day()), int(hms.hours().count()),
                int(hms.minutes().count()), int(hms.seconds().count()));
  return buf;
}

}  // namespace cps::text
