// Passwords: the rules a new one must meet, and Argon2id hashing.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/error.hpp"

namespace cps::security {

class PasswordRules {
 public:
  static constexpr std::size_t kMinLength = 10;    // characters (code points)
  static constexpr std::size_t kMaxBytes = 1024;   // bounds the hashing work an attacker can ask for

  PasswordRules() = default;
  // Reads a list of common passwords, one a line ('#!comment' lines skipped).
  static Result<PasswordRules> load(const std::filesystem::path& common_passwords);
  explicit PasswordRules(std::unordered_set<std::string> common) : common_(std::move(common)) {}

  // Fails with kind unprocessable and field "password" when the password is too short, too
  // long, common, or made from the e-mail address.
  Status check(std::string_view password, std::string_view email) const;
  std::size_t common_count() const { return common_.size(); }

 private:
  std::unordered_set<std::string> common_;  // lower case
};

// Argon2id in libsodium's encoded form (algorithm, parameters and salt travel with the hash).
Result<std::string> hash_password(std::string_view password);

enum class PasswordMatch { matches, differs };
PasswordMatch verify_password(std::string_view encoded_hash, std::string_view password);

// Spends the time a real verification would, for unknown accounts: the answer to a wrong
// e-mail address must not come back faster than to a wrong password.
void verify_password_decoy(std::string_view password);

}  // namespace cps::security
