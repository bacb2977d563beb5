// Accounts: the person's own account — the profile, what the platform keeps about them
// (the personal data export) and deleting the account.
#include "domain/accounts/account_service.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"
#include "domain/accounts/account_service/internal.hpp"

namespace cps::accounts {

using i18n::N_;
using namespace account_parts;

namespace {

bool valid_language_tag(std::string_view tag) {
  if (tag.size() < 2 || tag.size() > 12) return false;
  std::size_t i = 0;
  while (i < tag.size() && tag[i] >= 'a' && tag[i] <= 'z') ++i;
  if (i < 2 || i > 3) return false;
  if (i == tag.size()) return true;
  if (tag[i] != '-') return false;
  for (++i; i < tag.size(); ++i)
    if (!std::isalnum(static_cast<unsigned char>(tag[i]))) return false;
  return true;
}

}  // namespace

Result<User> AccountService::me(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  std::optional<UserCredentials> u;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto r = store.user(*who.user);
    if (!r) return std::unexpected(r.error());
    u = std::move(*r);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!u) return fail(ErrorKind::not_found, "Not found.");
  return u->user;
}

Status AccountService::update_profile(const Principal& who, UserId id, const ProfileInput& input) {
  if (auto w = require_write(who); !w) return w;
  // Only the person edits their own profile; an id in a form is not a way into another's.
  if (auto r = require(who, Action::manage_own_account, Target{.user = id}); !r) {
    if (who.signed_in()) return fail(ErrorKind::not_found, "Not found.");
    return r;
  }
  auto name = checked_text(input.display_name, "display_name", 1, 120,
                           N_("The name must have between 1 and 120 characters."));
  if (!name) return std::unexpected(name.error());
  auto bio = checked_text(input.bio, "bio", 0, 2000, N_("The text is too long."));
  if (!bio && bio.error().message == N_("The text is too long."))
    return fail(ErrorKind::unprocessable, "The short biography may have up to 2000 characters.",
                "bio");
  if (!bio) {
    // Line breaks are allowed in a biography; other control characters are not.
    return std::unexpected(bio.error());
  }
  if (!i18n::parse_language(input.ui_language))
    return fail(ErrorKind::unprocessable, "Choose one of the languages of the interface.",
                "ui_language");
  std::vector<std::string> languages;
  for (const auto& raw : input.languages) {
    std::string tag = text::to_lower_ascii(text::trim(raw));
    if (tag.empty()) continue;
    if (!valid_language_tag(tag))
      return fail(ErrorKind::unprocessable,
                  "Write languages as codes such as en, ro, sq, hu or el, separated by commas.",
                  "languages");
    if (std::find(languages.begin(), languages.end(), tag) == languages.end())
      languages.push_back(tag);
  }
  if (languages.size() > 12)
    return fail(ErrorKind::unprocessable, "List at most 12 languages.", "languages");
  std::vector<AreaCode> expertise;
  for (const auto& code : input.expertise) {
    if (!is_working_group(code))
      return fail(ErrorKind::unprocessable, "This thematic area does not exist.", "expertise");
    if (std::find(expertise.begin(), expertise.end(), AreaCode(code)) == expertise.end())
      expertise.push_back(AreaCode(code));
  }
  return repository_.transaction([&](AccountStore& store) -> Status {
    auto u = store.user(id);
    if (!u) return std::unexpected(u.error());
    if (!*u) return fail(ErrorKind::not_found, "Not found.");
    User updated = (*u)->user;
    updated.display_name = *name;
    updated.ui_language = input.ui_language;
    updated.languages = languages;
    updated.bio = *bio;
    updated.expertise = expertise;
    if (auto ok = store.update_profile(updated, clock_()); !ok) return ok;
    return store.append_audit(
        audit_record(who, "profile.updated", "user:" + std::to_string(id.value())));
  });
}

Result<PersonalData> AccountService::personal_data(const Principal& who) {
  if (auto r = require(who, Action::manage_own_account, Target{.user = who.user}); !r)
    return std::unexpected(r.error());
  PersonalData out;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto u = store.user(*who.user);
    if (!u) return std::unexpected(u.error());
    if (!*u) return fail(ErrorKind::not_found, "Not found.");
    out.user = (*u)->user;
    if (out.user.organisation) {
      auto o = store.organisation(*out.user.organisation);
      if (!o) return std::unexpected(o.error());
      out.organisation = std::move(*o);
    }
    auto sessions = store.sessions_of(*who.user);
    if (!sessions) return std::unexpected(sessions.error());
    for (auto& s : *sessions) {
      s.id_digest.clear();  // secrets stay out of exports
      s.csrf_token.clear();
      out.sessions.push_back(std::move(s));
    }
    auto tokens = store.api_tokens_of(*who.user);
    if (!tokens) return std::unexpected(tokens.error());
    out.tokens = std::move(*tokens);
    auto activity = store.audit(AuditFilter{.actor = who.user, .limit = 1000});
    if (!activity) return std::unexpected(activity.error());
    out.activity = std::move(*activity);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Status AccountService::delete_account(const Principal& who, std::string_view password) {
  if (auto b = require_browser(who); !b) return b;
  if (auto c = check_password(who, password); !c) return c;
  return repository_.transaction([&](AccountStore& store) -> Status {
    auto users = store.users();
    if (!users) return std::unexpected(users.error());
    bool admin = who.has(Role::platform_admin);
    bool other_admin = std::any_of(users->begin(), users->end(), [&](const User& u) {
      return u.id != *who.user && u.status == UserStatus::active &&
             std::any_of(u.roles.begin(), u.roles.end(),
                         [](auto& r) { return r.role == Role::platform_admin; });
    });
    if (admin && !other_admin)
      return fail(ErrorKind::conflict,
                  "The platform must keep at least one administrator; appoint another first.");
    if (auto e = store.erase_personal_data(*who.user, clock_()); !e) return e;
    Principal former = who;
    former.label = "former member";
    return store.append_audit(
        audit_record(former, "account.deleted", "user:" + std::to_string(who.user->value())));
  });
}

}  // namespace cps::accounts
