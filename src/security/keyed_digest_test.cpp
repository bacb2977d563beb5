#include "security/keyed_digest.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>

namespace cps::security {
namespace {

TEST(KeyedDigest, matches_the_published_hmac_sha256_case) {
  // RFC 4231, test case 2.
  EXPECT_EQ(keyed_digest("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  EXPECT_NE(keyed_digest("Jefe", "study:1:user:2"), keyed_digest("Jeff", "study:1:user:2"));
}

TEST(KeyedDigest, a_secret_file_is_made_once_and_read_back) {
  auto dir = std::filesystem::temp_directory_path() / ("cps-keyed-digest-" + std::to_string(std::random_device{}()));
  auto file = dir / "delphi.key";
  auto made = secret_file(file);
  ASSERT_TRUE(made);
  auto again = secret_file(file);
  ASSERT_TRUE(again);
  EXPECT_EQ(*made, *again);
  EXPECT_EQ(std::filesystem::status(file).permissions() & std::filesystem::perms::others_read,
            std::filesystem::perms::none);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace cps::security
