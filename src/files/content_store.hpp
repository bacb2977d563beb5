// Uploaded files kept on disk by the SHA-256 of their content: <root>/<first 2 hex>/<sha256>.
// The same content is stored once, whoever uploads it and to whichever item.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace cps::files {

// The SHA-256 of `bytes`, 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

class ContentStore {
 public:
  explicit ContentStore(std::filesystem::path root) : root_(std::move(root)) {}

  // Writes `bytes` (to a temporary file renamed into place, so a reader never sees half a
  // file) unless that content is already stored; returns its SHA-256. Fails with unavailable
  // when the disk refuses.
  Result<std::string> put(std::string_view bytes) const;
  // Where the content with this digest is (or would be); empty for a malformed digest.
  std::filesystem::path path_of(std::string_view sha256) const;

 private:
  std::filesystem::path root_;
};

}  // namespace cps::files
