#include "security/crypto.hpp"

#include <gtest/gtest.h>

#include <set>

namespace cps::security {

TEST(Crypto, RandomTokensAre256BitsUrlSafeAndDistinct) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    std::string t = random_token();
    EXPECT_EQ(t.size(), 43u);  // 32 bytes in base64url without padding
    EXPECT_EQ(t.find_first_not_of(
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 200u);
}

TEST(Crypto, DigestIsHexSha256) {
  EXPECT_EQ(token_digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_NE(token_digest("abc"), token_digest("abd"));
}

TEST(Crypto, ConstantTimeEquality) {
  EXPECT_TRUE(equal_constant_time("same-secret", "same-secret"));
  EXPECT_FALSE(equal_constant_time("same-secret", "same-secreT"));
  EXPECT_FALSE(equal_constant_time("short", "longer one"));
  EXPECT_FALSE(equal_constant_time("", ""));  // an empty secret never matches
}

}  // namespace cps::security
