#include "files/tar_archive.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace cps::files {

namespace {

constexpr std::size_t kBlock = 512;
constexpr std::size_t kChunk = 1 << 16;

std::unexpected<Error> broken(std::string detail) {
  return fail(ErrorKind::invalid, "The backup file is damaged or is not a backup of this program.", "file",
              std::move(detail));
}

crypto_hash_sha256_state& state_of(unsigned char* bytes) {
  return *reinterpret_cast<crypto_hash_sha256_state*>(bytes);
}

void put_octal(char* field, std::size_t width, std::uint64_t value) {
  // width - 1 digits and a NUL, as every tar reads it.
  std::snprintf(field, width, "%0*llo", int(width - 1), static_cast<unsigned long long>(value));
}

// Sizes of 8 GiB and more in the base-256 form of GNU tar and POSIX.1-2001 readers.
void put_size(char* field, std::uint64_t size) {
  if (size < (1ull << 33)) return put_octal(field, 12, size);
  field[0] = char(0x80);
  for (int i = 11; i >= 4; --i, size >>= 8) field[i] = char(size & 0xff);
}

std::optional<std::uint64_t> read_number(const char* field, std::size_t width) {
  if (static_cast<unsigned char>(field[0]) == 0x80) {
    std::uint64_t v = 0;
    for (std::size_t i = 1; i < width; ++i) v = (v << 8) | static_cast<unsigned char>(field[i]);
    return v;
  }
  std::uint64_t v = 0;
  std::size_t i = 0;
  while (i < width && field[i] == ' ') ++i;
  bool any = false;
  for (; i < width && field[i] >= '0' && field[i] <= '7'; ++i, any = true) v = v * 8 + std::uint64_t(field[i] - '0');
  for (; i < width; ++i)
    if (field[i] != ' ' && field[i] != '\0') return std::nullopt;
  if (!any) return std::nullopt;
  return v;
}

unsigned checksum_of(const char* block) {
  unsigned sum = 0;
  for (std::size_t i = 0; i < kBlock; ++i)
    sum += (i >= 148 && i < 156) ? unsigned(' ') : static_cast<unsigned char>(block[i]);
  return sum;
}

}  // namespace

Sha256::Sha256() {
  static_assert(sizeof(crypto_hash_sha256_state) <= sizeof(state_));
  crypto_hash_sha256_init(&state_of(state_));
}

void Sha256::update(std::string_view bytes) {
  crypto_hash_sha256_update(&state_of(state_), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string Sha256::hex() {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state_of(state_), digest);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : digest) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

Result<std::string> sha256_of_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(ErrorKind::unavailable, "A file cannot be read.", "file", file.string());
  Sha256 hash;
  std::vector<char> buffer(kChunk);
  while (in) {
    in.read(buffer.data(), std::streamsize(buffer.size()));
    hash.update({buffer.data(), std::size_t(in.gcount())});
  }
  if (in.bad()) return fail(ErrorKind::unavailable, "A file cannot be read.", "file", file.string());
  return hash.hex();
}

Status TarWriter::header(std::string_view name, std::uint64_t size) {
  if (name.empty() || name.size() > 100 || name.front() == '/')
    return fail(ErrorKind::internal, "A member name does not fit a tar header.", {}, std::string(name));
  std::array<char, kBlock> block{};
  std::memcpy(block.data(), name.data(), name.size());
  put_octal(block.data() + 100, 8, 0644);
  put_octal(block.data() + 108, 8, 0);
  put_octal(block.data() + 116, 8, 0);
  put_size(block.data() + 124, size);
  put_octal(block.data() + 136, 12, 0);
  block[156] = '0';
  std::memcpy(block.data() + 257, "ustar", 6);
  std::memcpy(block.data() + 263, "00", 2);
  std::snprintf(block.data() + 148, 8, "%06o", checksum_of(block.data()));
  block[155] = ' ';
  out_.write(block.data(), kBlock);
  if (!out_) return fail(ErrorKind::unavailable, "The backup file cannot be written.", "file");
  return {};
}

Result<std::string> TarWriter::add_file(std::string_view name, const std::filesystem::path& from) {
  std::ifstream in(from, std::ios::binary);
  std::error_code ec;
  auto size = std::filesystem::file_size(from, ec);
  if (!in || ec) return fail(ErrorKind::unavailable, "A file cannot be read.", "file", from.string());
  if (auto ok = header(name, size); !ok) return std::unexpected(ok.error());
  Sha256 hash;
  std::vector<char> buffer(kChunk);
  std::uint64_t written = 0;
  while (written < size) {
    in.read(buffer.data(), std::streamsize(std::min<std::uint64_t>(buffer.size(), size - written)));
    auto got = std::size_t(in.gcount());
    if (got == 0) break;
    hash.update({buffer.data(), got});
    out_.write(buffer.data(), std::streamsize(got));
    written += got;
  }
  // A file that shrank while it was copied would leave the archive unreadable.
  if (written != size)
    return fail(ErrorKind::unavailable, "A file changed while it was copied.", "file", from.string());
  static const std::array<char, kBlock> zeros{};
  if (size % kBlock) out_.write(zeros.data(), std::streamsize(kBlock - size % kBlock));
  if (!out_) return fail(ErrorKind::unavailable, "The backup file cannot be written.", "file");
  return hash.hex();
}

Status TarWriter::add_bytes(std::string_view name, std::string_view bytes) {
  if (auto ok = header(name, bytes.size()); !ok) return ok;
  static const std::array<char, kBlock> zeros{};
  out_.write(bytes.data(), std::streamsize(bytes.size()));
  if (bytes.size() % kBlock) out_.write(zeros.data(), std::streamsize(kBlock - bytes.size() % kBlock));
  if (!out_) return fail(ErrorKind::unavailable, "The backup file cannot be written.", "file");
  return {};
}

Status TarWriter::finish() {
  static const std::array<char, 2 * kBlock> zeros{};
  out_.write(zeros.data(), zeros.size());
  out_.flush();
  if (!out_) return fail(ErrorKind::unavailable, "The backup file cannot be written.", "file");
  return {};
}

Result<std::optional<TarMember>> TarReader::next() {
  if (pending_)
    if (auto ok = skip(); !ok) return std::unexpected(ok.error());
  std::array<char, kBlock> block{};
  in_.read(block.data(), kBlock);
  if (std::size_t(in_.gcount()) != kBlock) return broken("the archive ends inside a header");
  if (std::all_of(block.begin(), block.end(), [](char c) { return c == 0; })) return std::nullopt;
  auto recorded = read_number(block.data() + 148, 8);
  if (!recorded || *recorded != checksum_of(block.data())) return broken("a header's checksum is wrong");
  if (std::memcmp(block.data() + 257, "ustar", 5) != 0) return broken("not a ustar archive");
  if (block[156] != '0' && block[156] != '\0') return broken("a member is not a regular file");
  auto size = read_number(block.data() + 124, 12);
  if (!size) return broken("a member's size is unreadable");
  TarMember member;
  member.name.assign(block.data(), strnlen(block.data(), 100));
  std::size_t prefix = strnlen(block.data() + 345, 155);
  if (prefix) member.name = std::string(block.data() + 345, prefix) + "/" + member.name;
  member.size = *size;
  remaining_ = *size;
  pending_ = true;
  return member;
}

template <class Sink>
Status TarReader::copy_content(Sink&& sink) {
  std::vector<char> buffer(kChunk);
  std::uint64_t padding = (kBlock - remaining_ % kBlock) % kBlock;
  while (remaining_ > 0) {
    in_.read(buffer.data(), std::streamsize(std::min<std::uint64_t>(buffer.size(), remaining_)));
    auto got = std::size_t(in_.gcount());
    if (got == 0) return broken("the archive ends inside a member");
    if (auto ok = sink(std::string_view(buffer.data(), got)); !ok) return ok;
    remaining_ -= got;
  }
  in_.read(buffer.data(), std::streamsize(padding));
  if (std::uint64_t(in_.gcount()) != padding) return broken("the archive ends inside a member");
  pending_ = false;
  return {};
}

Result<std::string> TarReader::extract(const std::filesystem::path& to) {
  std::ofstream out(to, std::ios::binary | std::ios::trunc);
  if (!out) return fail(ErrorKind::unavailable, "A file cannot be written.", "file", to.string());
  Sha256 hash;
  auto ok = copy_content([&](std::string_view bytes) -> Status {
    hash.update(bytes);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    if (!out) return fail(ErrorKind::unavailable, "A file cannot be written.", "file", to.string());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  out.close();
  if (!out) return fail(ErrorKind::unavailable, "A file cannot be written.", "file", to.string());
  return hash.hex();
}

Result<std::string> TarReader::read(std::size_t limit) {
  if (remaining_ > limit) return broken("a member is larger than it may be");
  std::string content;
  auto ok = copy_content([&](std::string_view bytes) -> Status {
    content.append(bytes);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return content;
}

Status TarReader::skip() {
  return copy_content([](std::string_view) -> Status { return {}; });
}

}  // namespace cps::files
