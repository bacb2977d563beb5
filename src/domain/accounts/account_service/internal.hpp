// What the parts of AccountService share: the checks of who acts and of what they typed, and
// how an account becomes a principal, a throttling key or the language of an e-mail. Only the
// files of AccountService include it.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/accounts/policy.hpp"
#include "i18n/catalogue.hpp"
#include "i18n/languages.hpp"

namespace cps::accounts::account_parts {

inline constexpr const char* kBadLink =
    i18n::N_("This link is not valid any more. Ask for a new one.");

// The key failed sign-ins of one account are counted under.
std::string account_key(std::string_view email);
i18n::Language language_of(const User& u);
std::string replace_all(std::string s, std::string_view from, std::string_view to);
Principal principal_of(const User& u, Principal::Via via, std::string_view client);

// State changes through an API token need a token with the write scope.
Status require_write(const Principal& who);
// Only a signed-in browser, not an API token.
Status require_browser(const Principal& who);
// The policy's answer as a failure: unauthenticated for visitors, forbidden for members.
Status require(const Principal& who, Action action, const Target& target = {});
// Trimmed text of min..max characters without control characters; unprocessable naming
// `field` (with `message` for the length) otherwise.
Result<std::string> checked_text(std::string_view raw, std::string_view field, std::size_t min,
                                 std::size_t max, const char* message);
// What every new account gives about its person, checked: the address (normalised), the
// name (trimmed) and a language of the interface; fails naming the field otherwise.
Result<CheckedInvitation> check_person(std::string_view email, std::string_view display_name,
                                       std::string_view ui_language);

}  // namespace cps::accounts::account_parts
