// Accounts: the person's password and e-mail address — asking for the password again,
// changing it, and changing the address through a confirmation link.
#include "domain/accounts/account_service.hpp"

#include "domain/accounts/account_service/internal.hpp"
#include "security/crypto.hpp"

namespace cps::accounts {

using i18n::N_;
using namespace account_parts;

// Asking for the current password again is a sign-in of its own: wrong answers count
// towards the same lock, or a stolen session could guess the password without limit.
Status AccountService::check_password(const Principal& who, std::string_view password) {
  Seconds now = clock_();
  std::string akey = account_key(who.label);
  std::optional<UserCredentials> user;
  Seconds blocked_until = 0;
  auto read = repository_.read([&](AccountStore& store) -> Status {
    auto t = store.throttle(akey);
    if (!t) return std::unexpected(t.error());
    blocked_until = t->blocked_until;
    auto u = store.user(*who.user);
    if (!u) return std::unexpected(u.error());
    user = std::move(*u);
    return {};
  });
  if (!read) return read;
  if (blocked_until > now)
    return fail_later(blocked_until - now,
                      N_("Too many failed attempts. Wait a little, then try again."));
  if (user && security::verify_password(user->password_hash, password) ==
                  security::PasswordMatch::matches)
    return {};
  Seconds wait = 0;
  auto counted = repository_.transaction([&](AccountStore& store) -> Status {
    auto failures = store.record_failure(akey, now, now - settings_.failure_window);
    if (!failures) return std::unexpected(failures.error());
    if (*failures >= settings_.lock_after) {
      wait = settings_.lock_duration;
      if (auto b = store.block(akey, now + wait); !b) return b;
    }
    return store.append_audit(audit_record(who, "password.check_failed",
                                           "user:" + std::to_string(who.user->value())));
  });
  if (!counted) return counted;
  if (wait > 0)
    return fail_later(wait, N_("Too many failed attempts. Wait a little, then try again."));
  return fail(ErrorKind::unprocessable, "The current password is wrong.", "current_password");
}

Result<SignedIn> AccountService::change_password(const Principal& who, std::string_view current,
                                                 std::string_view replacement) {
  if (auto b = require_browser(who); !b) return std::unexpected(b.error());
  auto me_now = me(who);
  if (!me_now) return std::unexpected(me_now.error());
  if (auto checked = check_password(who, current); !checked)
    return std::unexpected(checked.error());
  if (auto ok = rules_.check(replacement, me_now->email); !ok) {
    Error e = ok.error();
    e.field = "new_password";
    return std::unexpected(e);
  }
  auto hash = security::hash_password(replacement);
  if (!hash) return std::unexpected(hash.error());
  Result<SignedIn> session = fail(ErrorKind::internal, "");
  auto ok = repository_.transaction([&](AccountStore& store) -> Status {
    Seconds now = clock_();
    if (auto s = store.set_password(*who.user, *hash, now); !s) return s;
    if (auto d = store.delete_sessions_of(*who.user); !d) return d;
    auto u = store.user(*who.user);
    if (!u) return std::unexpected(u.error());
    if (!*u) return fail(ErrorKind::not_found, "Not found.");
    session = start_session(store, **u, who.client);
    if (!session) return std::unexpected(session.error());
    if (auto m = mail_user(store, (*u)->user, (*u)->user.email,
                           N_("Your ClusterPoliSEE password was changed"),
                           N_("Hello {name},\n\nthe password of your ClusterPoliSEE account was "
                              "changed just now, and every other session was signed out. If this "
                              "was not you, reset your password at once and tell the platform "
                              "administrator."),
                           now);
        !m)
      return m;
    return store.append_audit(
        audit_record(who, "password.changed", "user:" + std::to_string(who.user->value())));
  });
  if (!ok) return std::unexpected(ok.error());
  return session;
}

Status AccountService::request_email_change(const Principal& who, std::string_view password,
                                            std::string_view new_email) {
  if (auto b = require_browser(who); !b) return b;
  auto email = normalise_email(new_email);
  if (!email) return std::unexpected(email.error());
  if (auto c = check_password(who, password); !c) return c;
  return repository_.transaction([&](AccountStore& store) -> Status {
    auto taken = store.user_by_email(*email);
    if (!taken) return std::unexpected(taken.error());
    if (*taken)
      return fail(ErrorKind::conflict, "Another account uses this e-mail address.", "email");
    auto u = store.user(*who.user);
    if (!u) return std::unexpected(u.error());
    if (!*u) return fail(ErrorKind::not_found, "Not found.");
    if (auto s = send_link(store, (*u)->user, OneTimePurpose::email_change, who.user, *email, *email);
        !s)
      return s;
    return store.append_audit(audit_record(who, "email.change_requested",
                                           "user:" + std::to_string(who.user->value())));
  });
}

Status AccountService::confirm_email_change(std::string_view token, std::string_view client) {
  return repository_.transaction([&](AccountStore& store) -> Status {
    auto u = consume_link(store, token, OneTimePurpose::email_change);
    if (!u) return std::unexpected(u.error());
    auto taken = store.user_by_email(u->user.email);
    if (!taken) return std::unexpected(taken.error());
    if (*taken)
      return fail(ErrorKind::conflict, "Another account uses this e-mail address.", "email");
    if (auto s = store.set_email(u->user.id, u->user.email, clock_()); !s) return s;
    Principal who = principal_of(u->user, Principal::Via::anonymous, client);
    return store.append_audit(
        audit_record(who, "email.changed", "user:" + std::to_string(u->user.id.value())));
  });
}

}  // namespace cps::accounts
