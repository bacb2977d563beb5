// Accounts: signing in (with the growing wait and the lock after failures), resuming and
// ending a browser session, and who an API token (Authorization: Bearer) belongs to.
#include "domain/accounts/account_service.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "domain/accounts/account_service/internal.hpp"
#include "security/crypto.hpp"

namespace cps::accounts {

using i18n::N_;
using namespace account_parts;

namespace {

constexpr int kDelayAfter = 3;          // failures before each attempt has to wait
constexpr int kClientFactor = 5;        // a client address may fail this many times more
constexpr Seconds kTouchEvery = 60;     // last-seen times are written at most once a minute

const char* const kWrongCredentials = N_("The e-mail address or the password is wrong.");

std::string client_key(std::string_view client) {
  return "client:" + std::string(client);
}

}  // namespace

Result<SignedIn> AccountService::sign_in(std::string_view email, std::string_view password,
                                         std::string_view client) {
  Seconds now = clock_();
  std::string akey = account_key(email), ckey = client_key(client);
  std::optional<UserCredentials> found;
  Seconds blocked_until = 0;
  auto read = repository_.read([&](AccountStore& store) -> Status {
    auto a = store.throttle(akey);
    auto c = store.throttle(ckey);
    if (!a || !c) return std::unexpected(!a ? a.error() : c.error());
    blocked_until = std::max(a->blocked_until, c->blocked_until);
    if (blocked_until > now) return {};
    auto normal = normalise_email(email);
    if (!normal) return {};
    auto u = store.user_by_email(*normal);
    if (!u) return std::unexpected(u.error());
    found = std::move(*u);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (blocked_until > now)
    return fail_later(blocked_until - now,
                      N_("Too many failed attempts. Wait a little, then try again."));

  // The hash is checked outside any transaction: it takes a tenth of a second.
  bool matches = false;
  if (found && !found->password_hash.empty())
    matches = security::verify_password(found->password_hash, password) ==
              security::PasswordMatch::matches;
  else
    security::verify_password_decoy(password);

  Principal who;
  who.client = std::string(client);
  if (found) {
    who.user = found->user.id;
    who.label = found->user.email;
  } else {
    who.label = text::trim(email).substr(0, 254);
  }

  if (matches && found->user.status == UserStatus::active) {
    Result<SignedIn> session = fail(ErrorKind::internal, "");
    auto ok = repository_.transaction([&](AccountStore& store) -> Status {
      if (auto c = store.clear_throttle(akey); !c) return c;
      session = start_session(store, *found, client);
      if (!session) return std::unexpected(session.error());
      return store.append_audit(audit_record(who, "login.succeeded", "user:" +
                                             std::to_string(found->user.id.value())));
    });
    if (!ok) return std::unexpected(ok.error());
    return session;
  }
  if (matches && found->user.status == UserStatus::unverified)
    return fail(ErrorKind::forbidden,
                "Confirm your e-mail address first: open the link we sent you.");
  if (matches && found->user.status == UserStatus::disabled)
    return fail(ErrorKind::forbidden, "This account is disabled. Ask the platform administrator.");

  Seconds wait = 0;
  auto counted = repository_.transaction([&](AccountStore& store) -> Status {
    auto af = store.record_failure(akey, now, now - settings_.failure_window);
    auto cf = store.record_failure(ckey, now, now - settings_.failure_window);
    if (!af || !cf) return std::unexpected(!af ? af.error() : cf.error());
    std::string target = found ? "user:" + std::to_string(found->user.id.value()) : "";
    if (auto a = store.append_audit(audit_record(who, "login.failed", target)); !a) return a;
    // A growing wait (1, 2, 4 … seconds) from the third failure, then a lock.
    auto delay = [&](int failures, int lock_after) -> Seconds {
      if (failures >= lock_after) return settings_.lock_duration;
      if (failures >= kDelayAfter) return Seconds(1) << std::min(failures - kDelayAfter, 10);
      return 0;
    };
    Seconds account_wait = delay(*af, settings_.lock_after);
    Seconds client_wait = delay(*cf / kClientFactor, settings_.lock_after);
    if (account_wait > 0)
      if (auto b = store.block(akey, now + account_wait); !b) return b;
    if (client_wait > 0)
      if (auto b = store.block(ckey, now + client_wait); !b) return b;
    if (*af == settings_.lock_after)
      if (auto a = store.append_audit(audit_record(who, "login.locked", target,
                                                   "account, " + std::to_string(*af) + " failures"));
          !a)
        return a;
    if (*cf == settings_.lock_after * kClientFactor)
      if (auto a = store.append_audit(audit_record(
              who, "login.locked", "client:" + std::string(client),
              "client address, " + std::to_string(*cf) + " failures"));
          !a)
        return a;
    wait = std::max(account_wait, client_wait);
    return {};
  });
  if (!counted) return std::unexpected(counted.error());
  if (wait >= settings_.lock_duration)
    return fail_later(wait, N_("Too many failed attempts. Wait a little, then try again."));
  return fail(ErrorKind::unauthenticated, kWrongCredentials, "password");
}

Result<ResumedSession> AccountService::resume_session(std::string_view token,
                                                      std::string_view client) {
  Seconds now = clock_();
  if (token.size() != 43) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  std::string digest = security::token_digest(token);
  std::optional<SessionRecord> session;
  std::optional<UserCredentials> user;
  auto read = repository_.read([&](AccountStore& store) -> Status {
    auto s = store.session(digest);
    if (!s) return std::unexpected(s.error());
    session = std::move(*s);
    if (!session) return {};
    auto u = store.user(session->user);
    if (!u) return std::unexpected(u.error());
    user = std::move(*u);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (!session) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  bool ended = !user || user->user.status != UserStatus::active ||
               session->created_at < user->sessions_valid_after ||
               now - session->last_seen_at > settings_.session_idle ||
               now - session->created_at > settings_.session_absolute;
  if (ended) {
    (void)repository_.transaction(
        [&](AccountStore& store) { return store.delete_session(digest); });
    return fail(ErrorKind::unauthenticated, "Your session has ended. Please sign in again.");
  }
  ResumedSession out;
  out.principal = principal_of(user->user, Principal::Via::session, client);
  out.csrf_token = session->csrf_token;
  bool rotate = session->created_at < user->privileges_changed_at;
  if (rotate || now - session->last_seen_at >= kTouchEvery) {
    auto written = repository_.transaction([&](AccountStore& store) -> Status {
      if (!rotate) return store.touch_session(digest, now);
      // New rights, new session id: a copied old id does not carry them.
      std::string fresh = security::random_token();
      SessionRecord r = *session;
      r.id_digest = security::token_digest(fresh);
      r.created_at = now;
      r.last_seen_at = now;
      if (auto d = store.delete_session(digest); !d) return d;
      if (auto i = store.insert_session(r); !i) return i;
      out.new_token = fresh;
      return {};
    });
    if (!written) return std::unexpected(written.error());
  }
  return out;
}

Status AccountService::sign_out(std::string_view token, const Principal& who) {
  std::string digest = security::token_digest(token);
  return repository_.transaction([&](AccountStore& store) -> Status {
    auto s = store.session(digest);
    if (!s) return std::unexpected(s.error());
    if (!*s || !who.user || (*s)->user != *who.user) return {};
    if (auto d = store.delete_session(digest); !d) return d;
    return store.append_audit(
        audit_record(who, "logout", "user:" + std::to_string(who.user->value())));
  });
}

Result<Principal> AccountService::authenticate_token(std::string_view secret,
                                                     std::string_view client) {
  Seconds now = clock_();
  if (secret.size() > 200) return fail(ErrorKind::unauthenticated, "This API token is not valid.");
  std::string digest = security::token_digest(secret);
  std::optional<ApiToken> token;
  std::optional<UserCredentials> user;
  auto read = repository_.read([&](AccountStore& store) -> Status {
    auto t = store.api_token_by_digest(digest);
    if (!t) return std::unexpected(t.error());
    token = std::move(*t);
    if (!token) return {};
    auto u = store.user(token->user);
    if (!u) return std::unexpected(u.error());
    user = std::move(*u);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (!token || token->revoked_at || !user || user->user.status != UserStatus::active)
    return fail(ErrorKind::unauthenticated, "This API token is not valid.");
  if (!token->last_used_at || now - *token->last_used_at >= kTouchEvery) {
    auto touched = repository_.transaction(
        [&](AccountStore& store) { return store.touch_api_token(token->id, now); });
    if (!touched) return std::unexpected(touched.error());
  }
  Principal p = principal_of(user->user, Principal::Via::api_token, client);
  p.token_scope = token->scope;
  return p;
}

}  // namespace cps::accounts
