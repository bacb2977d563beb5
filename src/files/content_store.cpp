#include "files/content_store.hpp"

#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <system_error>

namespace cps::files {

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : digest) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

std::filesystem::path ContentStore::path_of(std::string_view sha256) const {
  if (sha256.size() != 64 || !std::all_of(sha256.begin(), sha256.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
      }))
    return {};
  return root_ / std::string(sha256.substr(0, 2)) / std::string(sha256);
}

Status ContentStore::release(std::string_view sha256, const std::function<Result<bool>()>& still_needed) const {
  auto target = path_of(sha256);
  if (target.empty()) return fail(ErrorKind::invalid, "Not a content digest.", "sha256");
  static std::atomic<unsigned> counter{0};
  auto aside = target.parent_path() / ("." + std::string(sha256) + "." + std::to_string(::getpid()) + "." +
                                       std::to_string(counter++) + ".released");
  std::error_code ec;
  std::filesystem::rename(target, aside, ec);
  if (ec) return {};  // already gone (or never stored)
  auto needed = still_needed();
  if (!needed || *needed) {
    // A put() since the move wrote the same bytes again; either copy will do.
    std::filesystem::rename(aside, target, ec);
    if (ec) std::filesystem::remove(aside, ec);
    if (!needed) return std::unexpected(needed.error());
    return {};
  }
  std::filesystem::remove(aside, ec);
  return {};
}

Result<std::string> ContentStore::put(std::string_view bytes) const {
  std::string digest = sha256_hex(bytes);
  auto target = path_of(digest);
  std::error_code ec;
  if (std::filesystem::exists(target, ec) && std::filesystem::file_size(target, ec) == bytes.size())
    return digest;
  std::filesystem::create_directories(target.parent_path(), ec);
  if (ec)
    return fail(ErrorKind::unavailable, "The file cannot be stored now.", "file", ec.message());
  static std::atomic<unsigned> counter{0};
  auto temporary = target.parent_path() / ("." + digest + "." + std::to_string(::getpid()) + "." +
                                           std::to_string(counter++) + ".tmp");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    out.flush();
    if (!out) {
      std::filesystem::remove(temporary, ec);
      return fail(ErrorKind::unavailable, "The file cannot be stored now.", "file", "write failed");
    }
  }
  std::filesystem::rename(temporary, target, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    return fail(ErrorKind::unavailable, "The file cannot be stored now.", "file", ec.message());
  }
  return digest;
}

}  // namespace cps::files
