// Uploaded files kept on disk by the SHA-256 of their content: <root>/<first 2 hex>/<sha256>.
// The same content is stored once, whoever uploads it and to whichever item.
#pragma once

#include <filesystem>
#include <functional>
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
  // Deletes the content unless `still_needed` says otherwise. The file is moved aside before
  // `still_needed` is asked and moved back when it answers yes (or fails), so that a writer
  // who records a use and then calls put() again never loses the file.
  Status release(std::string_view sha256, const std::function<Result<bool>()>& still_needed) const;

 private:
  std::filesystem::path root_;
};

}  // namespace cps::files
