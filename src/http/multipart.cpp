#include "http/multipart.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/text.hpp"

namespace cps::http {

namespace {

std::unexpected<Error> malformed(std::string detail) {
  return fail(ErrorKind::invalid, "The form data is malformed.", "Content-Type", std::move(detail));
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The parameters after the first ';' of a header value: key=value or key="quoted \" value".
std::vector<std::pair<std::string, std::string>> parameters(std::string_view value) {
  std::vector<std::pair<std::string, std::string>> out;
  std::size_t i = value.find(';');
  while (i != std::string_view::npos && i < value.size()) {
    ++i;
    while (i < value.size() && (value[i] == ' ' || value[i] == '\t')) ++i;
    std::size_t eq = value.find('=', i);
    std::size_t semi = value.find(';', i);
    if (eq == std::string_view::npos || (semi != std::string_view::npos && semi < eq)) {
      i = semi;
      continue;
    }
    std::string key(trim(value.substr(i, eq - i)));
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    std::size_t j = eq + 1;
    std::string v;
    if (j < value.size() && value[j] == '"') {
      ++j;
      while (j < value.size() && value[j] != '"') {
        if (value[j] == '\\' && j + 1 < value.size()) ++j;
        v += value[j++];
      }
      semi = value.find(';', j);
    } else {
      semi = value.find(';', j);
      v = std::string(trim(
          value.substr(j, semi == std::string_view::npos ? std::string_view::npos : semi - j)));
    }
    out.emplace_back(std::move(key), std::move(v));
    i = semi;
  }
  return out;
}

}  // namespace

std::optional<std::string> multipart_boundary(std::string_view content_type) {
  std::string_view type = trim(content_type.substr(0, content_type.find(';')));
  if (!iequals(type, "multipart/form-data")) return std::nullopt;
  for (auto& [k, v] : parameters(content_type))
    if (k == "boundary" && !v.empty() && v.size() <= 70) return v;
  return std::nullopt;
}

Result<std::vector<MultipartPart>> parse_multipart(std::string_view content_type,
                                                   std::string_view body,
                                                   const MultipartLimits& limits) {
  auto boundary = multipart_boundary(content_type);
  if (!boundary) return malformed("no boundary");
  const std::string delimiter = "--" + *boundary;
  // The first delimiter may follow a preamble; every later one follows a CRLF.
  std::size_t at = body.starts_with(delimiter) ? 0 : body.find("\r\n" + delimiter);
  if (at == std::string_view::npos) return malformed("no first delimiter");
  at += body.starts_with(delimiter) ? delimiter.size() : delimiter.size() + 2;
  const std::string next_delimiter = "\r\n" + delimiter;
  std::vector<MultipartPart> parts;
  for (;;) {
    if (body.substr(at).starts_with("--")) return parts;  // the closing delimiter
    // Transport padding, then the line end of the delimiter.
    while (at < body.size() && (body[at] == ' ' || body[at] == '\t')) ++at;
    if (!body.substr(at).starts_with("\r\n")) return malformed("delimiter line");
    at += 2;
    if (parts.size() == limits.max_parts) return malformed("too many parts");
    std::size_t headers_end = body.find("\r\n\r\n", at);
    // A part without headers starts with the blank line at once.
    bool no_headers = body.substr(at).starts_with("\r\n");
    if (no_headers) headers_end = at - 2;
    if (headers_end == std::string_view::npos || headers_end - at > limits.max_header_bytes)
      return malformed("part headers");
    MultipartPart part;
    bool form_data = false, named = false;
    std::string_view headers = no_headers ? std::string_view() : body.substr(at, headers_end - at);
    while (!headers.empty()) {
      std::size_t eol = headers.find("\r\n");
      std::string_view line = headers.substr(0, eol);
      headers = eol == std::string_view::npos ? std::string_view() : headers.substr(eol + 2);
      std::size_t colon = line.find(':');
      if (colon == std::string_view::npos) return malformed("header line");
      std::string_view name = trim(line.substr(0, colon)), value = trim(line.substr(colon + 1));
      if (iequals(name, "Content-Disposition")) {
        form_data = iequals(trim(value.substr(0, value.find(';'))), "form-data");
        for (auto& [k, v] : parameters(value)) {
          if (k == "name") {
            part.name = v;
            named = true;
          } else if (k == "filename") {
            // Some browsers send the whole path; only the last segment is the file's name.
            auto slash = v.find_last_of("/\\");
            part.file_name = slash == std::string::npos ? v : v.substr(slash + 1);
            part.is_file = true;
          }
        }
      } else if (iequals(name, "Content-Type")) {
        part.content_type = std::string(value);
      }
    }
    if (!form_data || !named) return malformed("Content-Disposition");
    // Field and file names reach pages, logs and the database: UTF-8 without NUL, as
    // parse_form asks of a urlencoded form's names.
    for (const std::string* text : {&part.name, &part.file_name})
      if (!text::is_valid_utf8(*text) || text->find('\0') != std::string::npos)
        return malformed("a name that is not UTF-8");
    std::size_t data_start = headers_end + 4;
    std::size_t data_end = body.find(next_delimiter, data_start);
    if (data_end == std::string_view::npos) return malformed("no closing delimiter");
    part.data = body.substr(data_start, data_end - data_start);
    parts.push_back(std::move(part));
    at = data_end + next_delimiter.size();
  }
}

}  // namespace cps::http
