// A stored file sent as a download: its type as recorded, the name people gave it (an ASCII
// fallback and the UTF-8 original, RFC 6266), and no type sniffing by the browser.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "http/types.hpp"

namespace cps::http {

// `attachment; filename="ascii-fallback"; filename*=UTF-8''percent-encoded`.
std::string content_disposition(std::string_view file_name);

// The file at `path` as the response body, streamed from disk in 64 KiB chunks as the
// response is written (with its Content-Length); files over `max_bytes` are refused
// (unavailable): nothing larger was ever accepted.
Result<Response> file_download(const Request& request, const std::filesystem::path& path,
                               std::string_view media_type, std::string_view file_name,
                               std::size_t max_bytes);

}  // namespace cps::http
