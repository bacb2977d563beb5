// A POSIX ustar archive of regular files, written and read as a stream: the container of a
// backup, so that `tar -tvf` lists it and `tar -xf` unpacks it without this program.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace cps::files {

// The SHA-256 of bytes given in pieces.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  std::string hex();  // 64 lower-case hex digits; the object is spent after this

 private:
  alignas(64) unsigned char state_[128];
};

// The SHA-256 of a file's content; fails with unavailable when it cannot be read.
Result<std::string> sha256_of_file(const std::filesystem::path& file);

class TarWriter {
 public:
  explicit TarWriter(std::ostream& out) : out_(out) {}
  // Adds the file `from` as the member `name` (at most 100 bytes, relative); returns the
  // SHA-256 of what was written. Fails when the file cannot be read or the stream written.
  Result<std::string> add_file(std::string_view name, const std::filesystem::path& from);
  Status add_bytes(std::string_view name, std::string_view bytes);
  // The two zero blocks that end an archive.
  Status finish();

 private:
  Status header(std::string_view name, std::uint64_t size);
  std::ostream& out_;
};

struct TarMember {
  std::string name;
  std::uint64_t size = 0;
};

class TarReader {
 public:
  explicit TarReader(std::istream& in) : in_(in) {}
  // The next member (nullopt at the end of the archive). Fails with kind invalid on a header
  // whose checksum is wrong, a member that is not a regular file, or a truncated archive.
  Result<std::optional<TarMember>> next();
  // The current member's content written to `to`; returns its SHA-256.
  Result<std::string> extract(const std::filesystem::path& to);
  // The current member's content, refused when longer than `limit`.
  Result<std::string> read(std::size_t limit);
  // Passes over the current member's content.
  Status skip();

 private:
  template <class Sink>
  Status copy_content(Sink&& sink);
  std::istream& in_;
  std::uint64_t remaining_ = 0;  // content bytes of the current member not yet read
  bool pending_ = false;
};

}  // namespace cps::files
