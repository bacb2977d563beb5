#include "web/downloads.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/text.hpp"

namespace cps::web {

namespace bhttp = http::bhttp;

namespace {

// The page's address with its query, without a download's own parameters.
std::string page_address(const http::Request& request) {
  std::string out = text::encode_uri_component(request.path);
  // Slashes stay as they are in a path.
  for (std::size_t at = 0; (at = out.find("%2F", at)) != std::string::npos;)
    out.replace(at, 3, "/");
  char sep = '?';
  for (const auto& [name, value] : request.query) {
    if (name == "table" || name == "format") continue;
    out += sep + text::encode_uri_component(name) + "=" + text::encode_uri_component(value);
    sep = '&';
  }
  return out + sep;
}

bool file_name_safe(std::string_view s) {
  return !s.empty() && s.size() <= 80 && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
}

}  // namespace

std::string plain_figure(double value) {
  return fmt::format("{:.10g}", value);
}

Object download_links(const http::Request& request, std::string_view name) {
  std::string base =
      page_address(request) + "table=" + text::encode_uri_component(name) + "&format=";
  return Object{
      {"csv_href", base + "csv"}, {"xlsx_href", base + "xlsx"}, {"json_href", base + "json"}};
}

std::optional<http::Response> table_download(const Site& site, const http::Request& request,
                                             const std::vector<exports::Table>& tables,
                                             std::string_view stem) {
  auto name = request.query_value("table");
  auto format = request.query_value("format");
  if (!name && !format) return std::nullopt;
  const exports::Table* table = nullptr;
  for (const auto& t : tables)
    if (name && t.name == *name) table = &t;
  if (!table)
    return site.error_page(request,
                           Error{ErrorKind::invalid, "This page has no such table.", "table"});
  std::string body, type, extension;
  if (format == "csv") {
    body = exports::to_csv(*table);
    type = "text/csv; charset=utf-8";
    extension = "csv";
  } else if (format == "xlsx") {
    auto bytes = exports::to_xlsx(*table);
    if (!bytes) return site.error_page(request, bytes.error());
    body = std::move(*bytes);
    type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    extension = "xlsx";
  } else if (format == "json") {
    body = exports::to_json(*table);
    type = "application/json";
    extension = "json";
  } else {
    return site.error_page(request,
                           Error{ErrorKind::invalid, "Choose CSV, XLSX or JSON.", "format"});
  }
  http::Response res = http::make_response(request, bhttp::status::ok, type, std::move(body));
  std::string file =
      "clusterpolisee-" + std::string(file_name_safe(stem) ? stem : "table") + "-" + table->name;
  res.set(bhttp::field::content_disposition,
          "attachment; filename=\"" + file + "." + extension + "\"");
  return res;
}

}  // namespace cps::web
