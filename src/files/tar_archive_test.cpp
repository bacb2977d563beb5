#include "files/tar_archive.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <sstream>

#include "files/content_store.hpp"

namespace cps::files {

namespace {

std::string archive_of(const std::vector<std::pair<std::string, std::string>>& members) {
  std::ostringstream out;
  TarWriter tar(out);
  for (const auto& [name, bytes] : members) EXPECT_TRUE(tar.add_bytes(name, bytes));
  EXPECT_TRUE(tar.finish());
  return out.str();
}

TEST(TarArchive, members_come_back_with_their_names_sizes_and_bytes) {
  std::string big(70000, 'x');
  big[12345] = '\0';
  std::string archive = archive_of({{"manifest.json", "{}"}, {"files/attachments/ab/abc", big}, {"empty", ""}});
  EXPECT_EQ(archive.size() % 512, 0u);
  std::istringstream in(archive);
  TarReader tar(in);
  std::vector<std::pair<std::string, std::string>> seen;
  while (true) {
    auto member = tar.next();
    ASSERT_TRUE(member) << member.error().detail;
    if (!*member) break;
    auto bytes = tar.read(1 << 20);
    ASSERT_TRUE(bytes);
    EXPECT_EQ(bytes->size(), (*member)->size);
    seen.emplace_back((*member)->name, *bytes);
  }
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0], (std::pair<std::string, std::string>{"manifest.json", "{}"}));
  EXPECT_EQ(seen[1].second, big);
  EXPECT_EQ(seen[2].second, "");
}

TEST(TarArchive, extract_returns_the_sha256_of_what_it_wrote_and_skipped_members_are_passed_over) {
  std::string archive = archive_of({{"a", "first"}, {"b", "second member"}});
  std::istringstream in(archive);
  TarReader tar(in);
  ASSERT_TRUE(tar.next());  // a, never read
  auto b = tar.next();
  ASSERT_TRUE(b && *b);
  EXPECT_EQ((*b)->name, "b");
  auto to = std::filesystem::temp_directory_path() / ("cps-tar-" + std::to_string(::getpid()));
  auto sha = tar.extract(to);
  ASSERT_TRUE(sha);
  EXPECT_EQ(*sha, sha256_hex("second member"));
  EXPECT_EQ(*sha256_of_file(to), *sha);
  std::filesystem::remove(to);
}

TEST(TarArchive, a_damaged_header_or_a_truncated_archive_is_refused_as_invalid) {
  std::string archive = archive_of({{"a", std::string(2000, 'y')}});
  std::string damaged = archive;
  damaged[10] ^= 1;  // inside the name: the header's checksum no longer matches
  std::istringstream in1(damaged);
  TarReader one(in1);
  auto refused = one.next();
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::invalid);

  std::istringstream in2(archive.substr(0, 1200));
  TarReader two(in2);
  ASSERT_TRUE(two.next());
  auto cut = two.read(1 << 20);
  ASSERT_FALSE(cut);
  EXPECT_EQ(cut.error().kind, ErrorKind::invalid);

  std::istringstream in3(archive);
  TarReader three(in3);
  ASSERT_TRUE(three.next());
  EXPECT_FALSE(three.read(100)) << "a member larger than the caller allows";
}

TEST(Sha256, pieces_hash_as_the_whole) {
  Sha256 h;
  h.update("hello, ");
  h.update("world");
  EXPECT_EQ(h.hex(), sha256_hex("hello, world"));
}

}  // namespace

}  // namespace cps::files
