#include "http/file_download.hpp"

#include <fstream>
#include <system_error>

#include "core/text.hpp"

namespace cps::http {

std::string content_disposition(std::string_view file_name) {
  std::string ascii;
  for (unsigned char c : file_name) {
    if (c >= 0x80) {
      // One '_' per character, not per byte.
      if ((c & 0xC0) != 0x80) ascii += '_';
    } else if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
      ascii += '_';
    } else {
      ascii += char(c);
    }
  }
  if (ascii.empty()) ascii = "download";
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" +
         text::encode_uri_component(file_name);
}

Result<Response> file_download(const Request& request, const std::filesystem::path& path,
                               std::string_view media_type, std::string_view file_name,
                               std::size_t max_bytes) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) return fail(ErrorKind::unavailable, "The file cannot be read now.", {}, ec.message());
  if (size > max_bytes)
    return fail(ErrorKind::unavailable, "The file is too large to send.", {}, path.string());
  if (std::ifstream probe(path, std::ios::binary); !probe)
    return fail(ErrorKind::unavailable, "The file cannot be read now.", {}, path.string());
  auto res = make_response(request, bhttp::status::ok, media_type, std::string());
  res.body().stream(path, size);
  res.prepare_payload();
  res.set(bhttp::field::content_disposition, content_disposition(file_name));
  res.set("X-Content-Type-Options", "nosniff");
  res.set(bhttp::field::cache_control, "private, no-cache");
  return res;
}

}  // namespace cps::http
