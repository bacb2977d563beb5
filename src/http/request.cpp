#include "http/request.hpp"

#include <cctype>

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

#include "core/text.hpp"

namespace cps::http {

std::optional<std::string> Request::query_value(std::string_view name) const {
  for (const auto& [k, v] : query)
    if (k == name) return v;
  return std::nullopt;
}

std::size_t Request::query_count(std::string_view name) const {
  std::size_t n = 0;
  for (const auto& [k, v] : query) n += (k == name);
  return n;
}

std::string Request::param(std::string_view name) const {
  for (const auto& [k, v] : params)
    if (k == name) return v;
  return {};
}

std::string_view Request::header(bhttp::field field) const {
  auto it = raw.find(field);
  if (it == raw.end()) return {};
  return {it->value().data(), it->value().size()};
}

std::optional<std::string_view> Request::cookie(std::string_view name) const {
  auto [first, last] = raw.equal_range(bhttp::field::cookie);
  for (auto it = first; it != last; ++it) {
    std::string_view rest(it->value().data(), it->value().size());
    while (!rest.empty()) {
      std::size_t end = rest.find(';');
      std::string_view pair = rest.substr(0, end);
      rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
      while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
      std::size_t eq = pair.find('=');
      if (eq != std::string_view::npos && pair.substr(0, eq) == name) return pair.substr(eq + 1);
    }
  }
  return std::nullopt;
}

bool media_type_is(std::string_view header, std::string_view type) {
  std::string_view base = header.substr(0, header.find(';'));
  while (!base.empty() && base.back() == ' ') base.remove_suffix(1);
  if (base.size() != type.size()) return false;
  for (std::size_t i = 0; i < base.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(base[i])) != type[i]) return false;
  return true;
}

Response make_response(const Request& request, bhttp::status status, std::string_view content_type,
                       std::string body) {
  Response res{status, request.raw.version()};
  res.set(bhttp::field::content_type, content_type);
  res.body() = std::move(body);
  res.keep_alive(request.raw.keep_alive());
  res.prepare_payload();
  return res;
}

Response redirect(const Request& request, bhttp::status status, std::string location) {
  Response res = make_response(request, status, "text/plain; charset=utf-8", "");
  res.set(bhttp::field::location, location);
  return res;
}

namespace {

bool acceptable(std::string_view decoded) {
  return decoded.find('\0') == std::string_view::npos && text::is_valid_utf8(decoded);
}

}  // namespace

Status parse_target(Request& request) {
  std::string_view target(request.raw.target().data(), request.raw.target().size());
  auto parsed = boost::urls::parse_origin_form(target);
  if (!parsed) return fail(ErrorKind::invalid, "The request target is malformed.", "target");
  const boost::urls::url_view& u = *parsed;
  std::string path = u.path();
  // Assigning a literal to the member trips GCC 12's false -Wrestrict; push_back does not.
  if (path.empty()) path.push_back('/');
  request.path = std::move(path);
  if (!acceptable(request.path))
    return fail(ErrorKind::invalid, "The request target is malformed.", "target");
  request.query.clear();
  if (u.has_query()) {
    auto form = parse_form(u.encoded_query());
    if (!form) return std::unexpected(form.error());
    request.query = std::move(*form);
  }
  return {};
}

Result<std::vector<std::pair<std::string, std::string>>> parse_form(std::string_view encoded) {
  std::vector<std::pair<std::string, std::string>> out;
  auto hex = [](char h) -> int {
    if (h >= '0' && h <= '9') return h - '0';
    if (h >= 'a' && h <= 'f') return h - 'a' + 10;
    if (h >= 'A' && h <= 'F') return h - 'A' + 10;
    return -1;
  };
  auto decode = [&](std::string_view in) -> std::optional<std::string> {
    std::string s;
    s.reserve(in.size());
    for (size_t i = 0; i < in.size(); ++i) {
      char c = in[i];
      if (c == '+') {
        s += ' ';
      } else if (c == '%') {
        if (i + 2 >= in.size()) return std::nullopt;
        int hi = hex(in[i + 1]), lo = hex(in[i + 2]);
        if (hi < 0 || lo < 0) return std::nullopt;
        s += char(hi * 16 + lo);
        i += 2;
      } else {
        s += c;
      }
    }
    return s;
  };
  while (!encoded.empty()) {
    size_t amp = encoded.find('&');
    std::string_view pair = encoded.substr(0, amp);
    encoded = amp == std::string_view::npos ? std::string_view() : encoded.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    auto key = decode(pair.substr(0, eq));
    auto value = decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
    if (!key || !value || !acceptable(*key) || !acceptable(*value))
      return fail(ErrorKind::invalid, "The query string is malformed.", "query");
    out.emplace_back(std::move(*key), std::move(*value));
  }
  return out;
}

Result<std::optional<int>> year_parameter(const Request& request) {
  auto text = request.query_value("year");
  if (!text || text->empty()) return std::optional<int>{};
  auto year = text::parse_int(*text);
  if (!year || *year < 1900 || *year > 2100)
    return fail(ErrorKind::invalid, "The year must be a whole number from 1900 to 2100.", "year");
  return std::optional<int>(int(*year));
}

}  // namespace cps::http
