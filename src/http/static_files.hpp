// Static files (bundled scripts, styles, images, map boundaries), read into memory once at
// start-up and served with ETag and Cache-Control. Only files found at start-up exist, so
// no request path can reach outside the folder.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/error.hpp"
#include "http/types.hpp"

namespace cps::http {

class StaticFiles {
 public:
  explicit StaticFiles(const std::filesystem::path& root);

  // relative: the path below the static root. Fails with invalid for "..", "." or empty
  // segments and backslashes, not_found for anything not loaded.
  Result<Response> serve(const Request& request, std::string_view relative) const;

  // Changes whenever any file changes: appended as ?v= to asset URLs in pages.
  const std::string& version() const { return version_; }
  std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::shared_ptr<const std::string> content;
    std::string content_type;
    std::string etag;
  };
  std::unordered_map<std::string, File> files_;
  std::string version_;
};

std::string_view content_type_for(std::string_view filename);

}  // namespace cps::http
