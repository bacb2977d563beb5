#include "security/password.hpp"

#include <sodium.h>

#include <algorithm>
#include <fstream>

#include "core/text.hpp"

namespace cps::security {

namespace detail {
void ensure_sodium();
}

namespace {

// Argon2id at libsodium's "interactive" level: 2 passes over 64 MiB. That is above OWASP's
// minimum for Argon2id (19 MiB, 2 passes) and takes about 0.1 s on one core of the 2-core
// reference machine, so a login stays quick while each guess against a stolen hash costs the
// same. Memory is bounded by the worker threads: at most threads × 64 MiB at once.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

}  // namespace

Result<PasswordRules> PasswordRules::load(const std::filesystem::path& common_passwords) {
  std::ifstream in(common_passwords);
  if (!in)
    return fail(ErrorKind::internal, "The list of common passwords cannot be read.", {},
                common_passwords.string());
  std::unordered_set<std::string> common;
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("#!comment")) continue;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) common.insert(text::to_lower_ascii(line));
  }
  return PasswordRules(std::move(common));
}

Status PasswordRules::check(std::string_view password, std::string_view email) const {
  if (password.size() > kMaxBytes)
    return fail(ErrorKind::unprocessable, "The password is too long.", "password");
  if (!text::is_valid_utf8(password))
    return fail(ErrorKind::unprocessable, "The password is not valid text.", "password");
  if (text::utf8_length(password) < kMinLength)
    return fail(ErrorKind::unprocessable, "The password must have at least 10 characters.",
                "password");
  std::string lower = text::to_lower_ascii(password);
  if (common_.contains(lower))
    return fail(ErrorKind::unprocessable,
                "This password is one of the most common ones; choose another.", "password");
  std::string mail = text::to_lower_ascii(email);
  std::string local = mail.substr(0, mail.find('@'));
  if (!mail.empty() && (lower == mail || (local.size() >= 4 && lower.find(local) != std::string::npos)))
    return fail(ErrorKind::unprocessable, "The password must not contain your e-mail address.",
                "password");
  bool one_character = std::all_of(password.begin(), password.end(),
                                   [&](char c) { return c == password.front(); });
  if (one_character)
    return fail(ErrorKind::unprocessable,
                "This password is one of the most common ones; choose another.", "password");
  return {};
}

Result<std::string> hash_password(std::string_view password) {
  detail::ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    return fail(ErrorKind::internal, "A password cannot be hashed now.", {},
                "crypto_pwhash_str_alg failed (out of memory?)");
  return std::string(out);
}

PasswordMatch verify_password(std::string_view encoded_hash, std::string_view password) {
  detail::ensure_sodium();
  std::string hash(encoded_hash);  // libsodium wants a NUL-terminated string
  if (hash.empty() || password.size() > PasswordRules::kMaxBytes) return PasswordMatch::differs;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0
             ? PasswordMatch::matches
             : PasswordMatch::differs;
}

void verify_password_decoy(std::string_view password) {
  static const std::string decoy = [] {
    auto h = hash_password("a decoy that matches nobody's password");
    return h ? *h : std::string();
  }();
  (void)verify_password(decoy, password);
}

}  // namespace cps::security
