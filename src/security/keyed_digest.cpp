#include "security/keyed_digest.hpp"

#include <sodium.h>

#include <array>
#include <fstream>
#include <sstream>

#include "core/text.hpp"
#include "security/crypto.hpp"

namespace cps::security {

namespace detail {
void ensure_sodium();
}

std::string keyed_digest(std::string_view key, std::string_view message) {
  detail::ensure_sodium();
  std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac;
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()), message.size());
  crypto_auth_hmacsha256_final(&state, mac.data());
  std::string hex(mac.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), mac.data(), mac.size());
  hex.pop_back();
  return hex;
}

Result<std::string> secret_file(const std::filesystem::path& file) {
  std::error_code ec;
  if (std::filesystem::exists(file, ec)) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    std::string secret = cps::text::trim(text.str());
    if (!in || secret.size() < 32)
      return fail(ErrorKind::internal, "The secret file cannot be read.", "", file.string());
    return secret;
  }
  std::filesystem::create_directories(file.parent_path(), ec);
  std::string secret = random_token();
  {
    std::ofstream out(file, std::ios::trunc);
    out << secret << "\n";
    if (!out) return fail(ErrorKind::internal, "The secret file cannot be written.", "", file.string());
  }
  std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::replace, ec);
  return secret;
}

}  // namespace cps::security
