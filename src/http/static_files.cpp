#include "http/static_files.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace cps::http {

namespace fs = std::filesystem;

namespace {

uint64_t fnv1a(std::string_view data, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

std::string_view content_type_for(std::string_view name) {
  auto ends = [&](std::string_view ext) { return name.ends_with(ext); };
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".json") || ends(".geojson")) return "application/json";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".ico")) return "image/x-icon";
  if (ends(".woff2")) return "font/woff2";
  if (ends(".txt")) return "text/plain; charset=utf-8";
  if (ends(".map")) return "application/json";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(const fs::path& root) {
  std::error_code ec;
  uint64_t all = fnv1a("");
  if (!fs::is_directory(root, ec)) {
    version_ = "0";
    return;
  }
  std::vector<fs::path> paths;
  for (const auto& entry : fs::recursive_directory_iterator(root, ec))
    if (entry.is_regular_file()) paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string relative = fs::relative(path, root).generic_string();
    if (relative.ends_with(".stamp")) continue;
    File f{std::make_shared<const std::string>(buf.str()),
           std::string(content_type_for(relative)),
           {}};
    uint64_t h = fnv1a(*f.content);
    f.etag = fmt::format("\"{:016x}\"", h);
    all = fnv1a(relative, all ^ h);
    files_.emplace(relative, std::move(f));
  }
  version_ = fmt::format("{:08x}", uint32_t(all ^ (all >> 32)));
}

Result<Response> StaticFiles::serve(const Request& request, std::string_view relative) const {
  std::string_view rest = relative;
  while (true) {
    size_t slash = rest.find('/');
    std::string_view seg = rest.substr(0, slash);
    if (seg.empty() || seg == "." || seg == ".." || seg.find('\\') != std::string_view::npos)
      return fail(ErrorKind::invalid, "The file path is not allowed.", "path");
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  auto it = files_.find(std::string(relative));
  if (it == files_.end()) return fail(ErrorKind::not_found, "Not found.");
  const File& f = it->second;
  bool versioned = request.query_value("v") == version_;
  const char* cache = versioned ? "public, max-age=31536000, immutable" : "public, max-age=300";
  if (request.header(bhttp::field::if_none_match) == f.etag) {
    Response res = make_response(request, bhttp::status::not_modified, f.content_type, "");
    res.set(bhttp::field::etag, f.etag);
    res.set(bhttp::field::cache_control, cache);
    return res;
  }
  Response res = make_response(request, bhttp::status::ok, f.content_type, "");
  res.body().share(f.content);
  res.prepare_payload();
  res.set(bhttp::field::etag, f.etag);
  res.set(bhttp::field::cache_control, cache);
  return res;
}

}  // namespace cps::http
