#include "security/password.hpp"

#include <gtest/gtest.h>

namespace cps::security {

TEST(Password, HashIsArgon2idAndVerifies) {
  auto hash = hash_password("correct horse battery staple");
  ASSERT_TRUE(hash);
  EXPECT_TRUE(hash->starts_with("$argon2id$v=19$m=65536,t=2,p=1$")) << *hash;
  EXPECT_EQ(verify_password(*hash, "correct horse battery staple"), PasswordMatch::matches);
  EXPECT_EQ(verify_password(*hash, "correct horse battery stapl"), PasswordMatch::differs);
  EXPECT_EQ(verify_password("", "anything"), PasswordMatch::differs);
  EXPECT_EQ(verify_password("not a hash", "anything"), PasswordMatch::differs);
  // Salted: the same password hashes differently each time.
  EXPECT_NE(*hash, *hash_password("correct horse battery staple"));
}

TEST(Password, RulesRefuseShortCommonAndPersonalPasswords) {
  PasswordRules rules({"password1234", "qwertyuiop"});
  auto field_of = [&](std::string_view pw) {
    auto r = rules.check(pw, "ana.popescu@example.org");
    return r ? std::string("ok") : r.error().field + ":" + r.error().message;
  };
  EXPECT_EQ(field_of("a long enough passphrase"), "ok");
  EXPECT_NE(field_of("short1!"), "ok");
  EXPECT_NE(field_of("ăîșțâăîșț"), "ok");  // 9 code points even though 18 bytes
  EXPECT_EQ(field_of("ăîșțâăîșțâ"), "ok");
  EXPECT_NE(field_of("QwertyUiop"), "ok");  // the common list ignores case
  EXPECT_NE(field_of("my ana.popescu secret"), "ok");
  EXPECT_NE(field_of("aaaaaaaaaaaaaa"), "ok");
  EXPECT_NE(field_of(std::string(PasswordRules::kMaxBytes + 1, 'x')), "ok");
  EXPECT_EQ(rules.check("short", "").error().field, "password");
}

}  // namespace cps::security
