#include "domain/accounts/account_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "core/text.hpp"
#include "security/crypto.hpp"

namespace cps::accounts {

using i18n::N_;

Seconds system_clock_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

namespace {

constexpr int kDelayAfter = 3;          // failures before each attempt has to wait
constexpr int kClientFactor = 5;        // a client address may fail this many times more
constexpr std::size_t kMaxTokensPerUser = 20;
constexpr Seconds kTouchEvery = 60;     // last-seen times are written at most once a minute
constexpr int kResetMailsPerWindow = 3;

const char* const kWrongCredentials = N_("The e-mail address or the password is wrong.");
const char* const kBadLink = N_("This link is not valid any more. Ask for a new one.");

std::string account_key(std::string_view email) {
  return "account:" + text::to_lower_ascii(text::trim(email));
}
std::string client_key(std::string_view client) {
  return "client:" + std::string(client);
}

i18n::Language language_of(const User& u) {
  return i18n::parse_language(u.ui_language).value_or(i18n::Language::en);
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
    s.replace(pos, from.size(), to);
  return s;
}

Principal principal_of(const User& u, Principal::Via via, std::string_view client) {
  Principal p;
  p.via = via;
  p.user = u.id;
  p.label = u.email;
  p.display_name = u.display_name;
  p.organisation = u.organisation;
  p.roles = u.roles;
  p.client = std::string(client);
  return p;
}

// State changes through an API token need a token with the write scope.
Status require_write(const Principal& who) {
  if (who.via == Principal::Via::api_token && who.token_scope != TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

Status require_browser(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (who.via != Principal::Via::session)
    return fail(ErrorKind::forbidden, "Only a signed-in browser may do this, not an API token.");
  return {};
}

Status require(const Principal& who, Action action, const Target& target = {}) {
  if (allowed(who, action, target)) return {};
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  return fail(ErrorKind::forbidden, "You may not do this.");
}

Result<std::string> checked_text(std::string_view raw, std::string_view field, std::size_t min,
                                 std::size_t max, const char* message) {
  std::string value = text::trim(raw);
  if (!text::is_valid_utf8(value) || text::has_control_characters(value))
    return fail(ErrorKind::unprocessable, "The text contains characters that are not allowed.",
                std::string(field));
  std::size_t n = text::utf8_length(value);
  if (n < min || n > max) return fail(ErrorKind::unprocessable, message, std::string(field));
  return value;
}

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

AccountService::AccountService(AccountRepository& repository, const security::PasswordRules& rules,
                               const i18n::Catalogue& catalogue, AccountSettings settings,
                               Clock clock)
    : repository_(repository),
      rules_(rules),
      catalogue_(catalogue),
      settings_(std::move(settings)),
      clock_(std::move(clock)) {}

Result<std::string> AccountService::normalise_email(std::string_view email) {
  std::string e = text::to_lower_ascii(text::trim(email));
  auto at = e.find('@');
  bool ok = e.size() >= 3 && e.size() <= 254 && at != std::string::npos && at > 0 && at <= 64 &&
            e.find('@', at + 1) == std::string::npos &&
            e.find('.', at + 2) != std::string::npos && e.back() != '.' &&
            text::is_valid_utf8(e);
  for (unsigned char c : e)
    if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == ',' || c == ';' || c == '(' ||
        c == ')' || c == '\\' || c == 0x7F)
      ok = false;
  if (!ok) return fail(ErrorKind::unprocessable, "Enter a valid e-mail address.", "email");
  return e;
}

Result<RoleAssignment> AccountService::parse_assignment(std::string_view text) {
  auto colon = text.find(':');
  auto role = parse_role(text.substr(0, colon));
  if (!role) return fail(ErrorKind::unprocessable, "This role does not exist.", "role");
  std::string group = colon == std::string_view::npos ? "" : std::string(text.substr(colon + 1));
  if (role_has_working_group(*role) != !group.empty() ||
      (!group.empty() && !is_working_group(group)))
    return fail(ErrorKind::unprocessable,
                "Working-group roles need a working group (WG1 to WG6); other roles take none.",
                "role");
  return RoleAssignment{*role, group};
}

AuditRecord AccountService::audit_record(const Principal& who, std::string action,
                                         std::string target, std::string detail) const {
  AuditRecord r;
  r.actor = who.user;
  r.actor_label = who.label.empty() ? (who.signed_in() ? "" : "anonymous") : who.label;
  r.action = std::move(action);
  r.target = std::move(target);
  r.detail = std::move(detail);
  r.client = who.client;
  r.at = clock_();
  return r;
}

std::string AccountService::link(std::string_view language, std::string_view path,
                                 std::string_view token) const {
  std::string base = settings_.public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return fmt::format("{}/{}/{}?token={}", base, language, path, token);
}

// Sends the e-mail with a one-time link of this purpose; `address` is where it goes.
Status AccountService::send_link(AccountStore& store, const User& user, OneTimePurpose purpose,
                                 std::optional<UserId> created_by, const std::string& address,
                                 const std::string& new_email) {
  Seconds now = clock_();
  std::string token = security::random_token();
  OneTimeToken t;
  t.digest = security::token_digest(token);
  t.purpose = purpose;
  t.user = user.id;
  t.new_email = new_email;
  const char* subject = nullptr;
  const char* body = nullptr;
  std::string path;
  switch (purpose) {
    case OneTimePurpose::invitation:
      t.expires_at = now + settings_.invitation_ttl;
      path = "invitation";
      subject = N_("You are invited to ClusterPoliSEE");
      body = N_("Hello {name},\n\nyou are invited to join ClusterPoliSEE, the platform for mutual "
                "policy learning on regional cluster policies in South East Europe.\n\nOpen this "
                "link within seven days to choose your password:\n\n{link}\n\nIf you did not "
                "expect this invitation, you can ignore this message.");
      break;
    case OneTimePurpose::password_reset:
      t.expires_at = now + settings_.reset_ttl;
      path = "password-reset";
      subject = N_("Choose a new ClusterPoliSEE password");
      body = N_("Hello {name},\n\nsomebody, hopefully you, asked to reset the password of your "
                "ClusterPoliSEE account. Open this link within one hour to choose a new "
                "password:\n\n{link}\n\nIf you did not ask for this, ignore this message; your "
                "password stays as it is.");
      break;
    case OneTimePurpose::email_verification:
      t.expires_at = now + settings_.verification_ttl;
      path = "verify-email";
      subject = N_("Confirm your e-mail address for ClusterPoliSEE");
      body = N_("Hello {name},\n\nplease confirm that this is your e-mail address by opening this "
                "link within two days:\n\n{link}\n\nIf you did not register, ignore this "
                "message.");
      break;
    case OneTimePurpose::email_change:
      t.expires_at = now + settings_.verification_ttl;
      path = "confirm-email";
      subject = N_("Confirm your new e-mail address for ClusterPoliSEE");
      body = N_("Hello {name},\n\nplease confirm that you want to use this e-mail address for "
                "your ClusterPoliSEE account by opening this link within two days:\n\n{link}\n\n"
                "If you did not ask for this, ignore this message.");
      break;
  }
  if (auto ok = store.insert_one_time(t, created_by, now); !ok) return ok;
  i18n::Language lang = language_of(user);
  std::string text = catalogue_.translate(lang, body);
  text = replace_all(text, "{name}", user.display_name);
  text = replace_all(text, "{link}", link(i18n::code(lang), path, token));
  return store.enqueue_mail({address, catalogue_.translate(lang, subject), text}, now);
}

Result<SignedIn> AccountService::start_session(AccountStore& store, const UserCredentials& user,
                                               std::string_view client) {
  Seconds now = clock_();
  SignedIn out;
  out.session_token = security::random_token();
  out.csrf_token = security::random_token();
  out.user = user.user;
  SessionRecord r{security::token_digest(out.session_token), user.user.id, out.csrf_token, now,
                  now, std::string(client)};
  if (auto ok = store.insert_session(r); !ok) return std::unexpected(ok.error());
  return out;
}

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
    i18n::Language lang = language_of((*u)->user);
    std::string body = replace_all(
        catalogue_.translate(lang, N_("Hello {name},\n\nthe password of your ClusterPoliSEE "
                                      "account was changed just now, and every other session was "
                                      "signed out. If this was not you, reset your password at "
                                      "once and tell the platform administrator.")),
        "{name}", (*u)->user.display_name);
    if (auto m = store.enqueue_mail(
            {(*u)->user.email,
             catalogue_.translate(lang, N_("Your ClusterPoliSEE password was changed")), body},
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

Result<UserCredentials> AccountService::consume_link(AccountStore& store, std::string_view token,
                                                     OneTimePurpose purpose) {
  Seconds now = clock_();
  if (token.size() != 43) return fail(ErrorKind::not_found, kBadLink, "token");
  std::string digest = security::token_digest(token);
  auto t = store.one_time(digest);
  if (!t) return std::unexpected(t.error());
  if (!*t || (*t)->purpose != purpose || (*t)->used_at || (*t)->expires_at < now)
    return fail(ErrorKind::not_found, kBadLink, "token");
  auto used = store.use_one_time(digest, now);
  if (!used) return std::unexpected(used.error());
  if (!*used) return fail(ErrorKind::not_found, kBadLink, "token");
  auto u = store.user((*t)->user);
  if (!u) return std::unexpected(u.error());
  if (!*u || (*u)->user.status == UserStatus::deleted)
    return fail(ErrorKind::not_found, kBadLink, "token");
  if (purpose == OneTimePurpose::email_change) (*u)->user.email = (*t)->new_email;
  return std::move(**u);
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

Result<CreatedToken> AccountService::create_api_token(const Principal& who, std::string_view name,
                                                      std::string_view scope) {
  if (auto b = require_browser(who); !b) return std::unexpected(b.error());
  auto label = checked_text(name, "name", 1, 80,
                            N_("The name must have between 1 and 80 characters."));
  if (!label) return std::unexpected(label.error());
  auto parsed_scope = parse_token_scope(scope);
  if (!parsed_scope)
    return fail(ErrorKind::unprocessable, "Choose read or write access.", "scope");
  CreatedToken out;
  auto ok = repository_.transaction([&](AccountStore& store) -> Status {
    auto existing = store.api_tokens_of(*who.user);
    if (!existing) return std::unexpected(existing.error());
    std::size_t active = std::count_if(existing->begin(), existing->end(),
                                       [](const ApiToken& t) { return !t.revoked_at; });
    if (active >= kMaxTokensPerUser)
      return fail(ErrorKind::conflict, "You have 20 active tokens; revoke one first.");
    out.secret = "cps_" + security::random_token();
    out.token.user = *who.user;
    out.token.name = *label;
    out.token.prefix = out.secret.substr(0, 10);
    out.token.scope = *parsed_scope;
    out.token.created_at = clock_();
    auto id = store.insert_api_token(out.token, security::token_digest(out.secret));
    if (!id) return std::unexpected(id.error());
    out.token.id = *id;
    return store.append_audit(audit_record(who, "token.created",
                                           "token:" + std::to_string(id->value()),
                                           std::string(to_string(*parsed_scope))));
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<ApiToken>> AccountService::api_tokens(const Principal& who) {
  if (auto r = require(who, Action::manage_own_account, Target{.user = who.user}); !r)
    return std::unexpected(r.error());
  std::vector<ApiToken> out;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto t = store.api_tokens_of(*who.user);
    if (!t) return std::unexpected(t.error());
    out = std::move(*t);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Status AccountService::revoke_api_token(const Principal& who, TokenId id) {
  if (auto w = require_write(who); !w) return w;
  if (auto r = require(who, Action::manage_own_account, Target{.user = who.user}); !r) return r;
  return repository_.transaction([&](AccountStore& store) -> Status {
    auto tokens = store.api_tokens_of(*who.user);
    if (!tokens) return std::unexpected(tokens.error());
    // Somebody else's token is as good as none: 404, not 403.
    auto it = std::find_if(tokens->begin(), tokens->end(),
                           [&](const ApiToken& t) { return t.id == id; });
    if (it == tokens->end()) return fail(ErrorKind::not_found, "Not found.");
    if (it->revoked_at) return {};
    if (auto r = store.revoke_api_token(id, clock_()); !r) return r;
    return store.append_audit(
        audit_record(who, "token.revoked", "token:" + std::to_string(id.value())));
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

Status AccountService::request_password_reset(std::string_view email, std::string_view client) {
  auto normal = normalise_email(email);
  if (!normal) return std::unexpected(normal.error());
  Seconds now = clock_();
  return repository_.transaction([&](AccountStore& store) -> Status {
    // A few mails per address and quarter of an hour: the form is no way to flood a mailbox.
    auto sent = store.record_failure("reset:" + *normal, now, now - settings_.failure_window);
    if (!sent) return std::unexpected(sent.error());
    if (*sent > kResetMailsPerWindow) return {};
    auto u = store.user_by_email(*normal);
    if (!u) return std::unexpected(u.error());
    if (!*u || (*u)->user.status != UserStatus::active) return {};
    if (auto s = send_link(store, (*u)->user, OneTimePurpose::password_reset, std::nullopt,
                           (*u)->user.email, "");
        !s)
      return s;
    Principal who = principal_of((*u)->user, Principal::Via::anonymous, client);
    return store.append_audit(audit_record(who, "password.reset_requested",
                                           "user:" + std::to_string((*u)->user.id.value())));
  });
}

Result<User> AccountService::check_link(std::string_view token, OneTimePurpose purpose) {
  if (token.size() != 43) return fail(ErrorKind::not_found, kBadLink, "token");
  std::optional<User> out;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto t = store.one_time(security::token_digest(token));
    if (!t) return std::unexpected(t.error());
    if (!*t || (*t)->purpose != purpose || (*t)->used_at || (*t)->expires_at < clock_())
      return {};
    auto u = store.user((*t)->user);
    if (!u) return std::unexpected(u.error());
    if (*u && (*u)->user.status != UserStatus::deleted) out = (*u)->user;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!out) return fail(ErrorKind::not_found, kBadLink, "token");
  return *out;
}

Result<SignedIn> AccountService::reset_password(std::string_view token, std::string_view password,
                                                std::string_view client) {
  auto user = check_link(token, OneTimePurpose::password_reset);
  if (!user) return std::unexpected(user.error());
  if (auto ok = rules_.check(password, user->email); !ok) return std::unexpected(ok.error());
  auto hash = security::hash_password(password);
  if (!hash) return std::unexpected(hash.error());
  Result<SignedIn> session = fail(ErrorKind::internal, "");
  auto ok = repository_.transaction([&](AccountStore& store) -> Status {
    auto u = consume_link(store, token, OneTimePurpose::password_reset);
    if (!u) return std::unexpected(u.error());
    Seconds now = clock_();
    if (auto s = store.set_password(u->user.id, *hash, now); !s) return s;
    if (auto d = store.delete_sessions_of(u->user.id); !d) return d;
    // Whoever can read the mailbox is the owner: the lock has done its work.
    if (auto c = store.clear_throttle(account_key(u->user.email)); !c) return c;
    session = start_session(store, *u, client);
    if (!session) return std::unexpected(session.error());
    Principal who = principal_of(u->user, Principal::Via::anonymous, client);
    return store.append_audit(
        audit_record(who, "password.reset", "user:" + std::to_string(u->user.id.value())));
  });
  if (!ok) return std::unexpected(ok.error());
  return session;
}

Result<SignedIn> AccountService::accept_invitation(std::string_view token,
                                                   std::string_view password,
                                                   std::string_view client) {
  auto user = check_link(token, OneTimePurpose::invitation);
  if (!user) return std::unexpected(user.error());
  if (auto ok = rules_.check(password, user->email); !ok) return std::unexpected(ok.error());
  auto hash = security::hash_password(password);
  if (!hash) return std::unexpected(hash.error());
  Result<SignedIn> session = fail(ErrorKind::internal, "");
  auto ok = repository_.transaction([&](AccountStore& store) -> Status {
    auto u = consume_link(store, token, OneTimePurpose::invitation);
    if (!u) return std::unexpected(u.error());
    if (u->user.status != UserStatus::invited) return fail(ErrorKind::not_found, kBadLink, "token");
    Seconds now = clock_();
    if (auto s = store.set_password(u->user.id, *hash, now); !s) return s;
    if (auto s = store.set_status(u->user.id, UserStatus::active, now); !s) return s;
    u->user.status = UserStatus::active;
    session = start_session(store, *u, client);
    if (!session) return std::unexpected(session.error());
    Principal who = principal_of(u->user, Principal::Via::anonymous, client);
    return store.append_audit(audit_record(who, "invitation.accepted",
                                           "user:" + std::to_string(u->user.id.value())));
  });
  if (!ok) return std::unexpected(ok.error());
  return session;
}

Status AccountService::register_stakeholder(const RegistrationInput& input,
                                            std::string_view client) {
  if (settings_.self_registration != SelfRegistration::on)
    return fail(ErrorKind::forbidden, "Registration is closed; ask a partner for an invitation.");
  auto email = normalise_email(input.email);
  if (!email) return std::unexpected(email.error());
  auto name = checked_text(input.display_name, "display_name", 1, 120,
                           N_("The name must have between 1 and 120 characters."));
  if (!name) return std::unexpected(name.error());
  if (!i18n::parse_language(input.ui_language))
    return fail(ErrorKind::unprocessable, "Choose one of the languages of the interface.",
                "ui_language");
  if (auto ok = rules_.check(input.password, *email); !ok) return std::unexpected(ok.error());
  auto hash = security::hash_password(input.password);
  if (!hash) return std::unexpected(hash.error());
  return repository_.transaction([&](AccountStore& store) -> Status {
    Seconds now = clock_();
    auto existing = store.user_by_email(*email);
    if (!existing) return std::unexpected(existing.error());
    if (*existing) {
      // The same answer as for a new address; the owner learns of the attempt by mail.
      i18n::Language lang = language_of((*existing)->user);
      std::string body = replace_all(
          catalogue_.translate(lang, N_("Hello {name},\n\nsomebody tried to register a new "
                                        "ClusterPoliSEE account with this e-mail address, which "
                                        "already has one. If it was you, sign in or reset your "
                                        "password. Otherwise you can ignore this message.")),
          "{name}", (*existing)->user.display_name);
      return store.enqueue_mail(
          {*email, catalogue_.translate(lang, N_("Your ClusterPoliSEE account")), body}, now);
    }
    User u;
    u.email = *email;
    u.display_name = *name;
    u.ui_language = input.ui_language;
    u.status = UserStatus::unverified;
    u.roles = {{Role::stakeholder, ""}};
    auto id = store.insert_user(u, *hash, now);
    if (!id) return std::unexpected(id.error());
    u.id = *id;
    if (auto s = send_link(store, u, OneTimePurpose::email_verification, std::nullopt, u.email, "");
        !s)
      return s;
    Principal who = principal_of(u, Principal::Via::anonymous, client);
    return store.append_audit(
        audit_record(who, "user.registered", "user:" + std::to_string(id->value())));
  });
}

Result<SignedIn> AccountService::verify_email(std::string_view token, std::string_view client) {
  Result<SignedIn> session = fail(ErrorKind::internal, "");
  auto ok = repository_.transaction([&](AccountStore& store) -> Status {
    auto u = consume_link(store, token, OneTimePurpose::email_verification);
    if (!u) return std::unexpected(u.error());
    if (u->user.status != UserStatus::unverified)
      return fail(ErrorKind::not_found, kBadLink, "token");
    if (auto s = store.set_status(u->user.id, UserStatus::active, clock_()); !s) return s;
    u->user.status = UserStatus::active;
    session = start_session(store, *u, client);
    if (!session) return std::unexpected(session.error());
    Principal who = principal_of(u->user, Principal::Via::anonymous, client);
    return store.append_audit(
        audit_record(who, "email.verified", "user:" + std::to_string(u->user.id.value())));
  });
  if (!ok) return std::unexpected(ok.error());
  return session;
}

Principal AccountService::command_line() {
  Principal p;
  p.label = "command line";
  p.roles = {{Role::platform_admin, ""}};
  return p;
}

Result<UserId> AccountService::invite(const Principal& who, const InvitationInput& input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (auto r = require(who, Action::invite_user); !r) return std::unexpected(r.error());
  return add_user(who, input, "");
}

// The checks every new account passes: who adds it, its address, name, language and roles.
Result<CheckedInvitation> AccountService::check_new_user(const Principal& who,
                                                         const InvitationInput& input) {
  if (auto r = require(who, Action::invite_user); !r) return std::unexpected(r.error());
  auto email = normalise_email(input.email);
  if (!email) return std::unexpected(email.error());
  auto name = checked_text(input.display_name, "display_name", 1, 120,
                           N_("The name must have between 1 and 120 characters."));
  if (!name) return std::unexpected(name.error());
  if (!i18n::parse_language(input.ui_language))
    return fail(ErrorKind::unprocessable, "Choose one of the languages of the interface.",
                "ui_language");
  for (const auto& role : input.roles)
    if (auto r = require(who, Action::grant_role, Target{.role = role}); !r)
      return std::unexpected(r.error());
  return CheckedInvitation{*email, *name};
}

Result<UserId> AccountService::add_user(const Principal& who, const InvitationInput& input,
                                        std::string_view password) {
  auto checked = check_new_user(who, input);
  if (!checked) return std::unexpected(checked.error());
  std::string hash;
  if (!password.empty()) {
    if (auto ok = rules_.check(password, checked->email); !ok) return std::unexpected(ok.error());
    auto h = security::hash_password(password);
    if (!h) return std::unexpected(h.error());
    hash = *h;
  }
  return insert_new_user(who, input, checked->email, checked->display_name, hash);
}

Result<UserId> AccountService::add_user_with_hash(const Principal& who, const InvitationInput& input,
                                                  const std::string& password_hash) {
  if (!password_hash.starts_with("$argon2id$"))
    return fail(ErrorKind::internal, "", {}, "not an Argon2id hash");
  auto checked = check_new_user(who, input);
  if (!checked) return std::unexpected(checked.error());
  return insert_new_user(who, input, checked->email, checked->display_name, password_hash);
}

Result<UserId> AccountService::insert_new_user(const Principal& who, const InvitationInput& input,
                                               const std::string& email, const std::string& name,
                                               const std::string& hash) {
  bool invitation = hash.empty();
  UserId id;
  auto ok = repository_.transaction([&](AccountStore& store) -> Status {
    Seconds now = clock_();
    auto existing = store.user_by_email(email);
    if (!existing) return std::unexpected(existing.error());
    if (*existing)
      return fail(ErrorKind::conflict, "An account with this e-mail address exists already.",
                  "email");
    if (input.organisation) {
      auto o = store.organisation(*input.organisation);
      if (!o) return std::unexpected(o.error());
      if (!*o)
        return fail(ErrorKind::unprocessable, "This organisation does not exist.", "organisation");
    }
    User u;
    u.email = email;
    u.display_name = name;
    u.organisation = input.organisation;
    u.ui_language = input.ui_language;
    u.status = invitation ? UserStatus::invited : UserStatus::active;
    auto inserted = store.insert_user(u, hash, now);
    if (!inserted) return std::unexpected(inserted.error());
    id = *inserted;
    u.id = id;
    if (auto r = store.set_roles(id, input.roles, who.user, now); !r) return r;
    if (invitation)
      if (auto s = send_link(store, u, OneTimePurpose::invitation, who.user, u.email, ""); !s)
        return s;
    std::string roles;
    for (const auto& r : input.roles)
      roles += (roles.empty() ? "" : " ") + std::string(to_string(r.role)) +
               (r.working_group.empty() ? "" : ":" + r.working_group);
    return store.append_audit(audit_record(who, invitation ? "user.invited" : "user.added",
                                           "user:" + std::to_string(id.value()),
                                           u.email + (roles.empty() ? "" : " " + roles)));
  });
  if (!ok) return std::unexpected(ok.error());
  return id;
}

Result<std::string> AccountService::issue_reset_link(const Principal& who, std::string_view email) {
  if (auto r = require(who, Action::manage_users); !r) return std::unexpected(r.error());
  auto normal = normalise_email(email);
  if (!normal) return std::unexpected(normal.error());
  std::string url;
  auto ok = repository_.transaction([&](AccountStore& store) -> Status {
    auto u = store.user_by_email(*normal);
    if (!u) return std::unexpected(u.error());
    if (!*u) return fail(ErrorKind::not_found, "No account has this e-mail address.", "email");
    Seconds now = clock_();
    std::string token = security::random_token();
    OneTimeToken t;
    t.digest = security::token_digest(token);
    t.purpose = (*u)->user.status == UserStatus::invited ? OneTimePurpose::invitation
                                                          : OneTimePurpose::password_reset;
    t.user = (*u)->user.id;
    t.expires_at = now + settings_.reset_ttl;
    if (auto s = store.insert_one_time(t, who.user, now); !s) return s;
    url = link((*u)->user.ui_language,
               t.purpose == OneTimePurpose::invitation ? "invitation" : "password-reset", token);
    return store.append_audit(audit_record(who, "password.reset_issued",
                                           "user:" + std::to_string((*u)->user.id.value())));
  });
  if (!ok) return std::unexpected(ok.error());
  return url;
}

Result<std::vector<User>> AccountService::users(const Principal& who) {
  // Whoever may give roles sees the accounts to give them to.
  if (!allowed(who, Action::manage_users) && grantable_roles(who).empty()) {
    if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
    return fail(ErrorKind::forbidden, "You may not do this.");
  }
  std::vector<User> out;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto u = store.users();
    if (!u) return std::unexpected(u.error());
    out = std::move(*u);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<User> AccountService::user(const Principal& who, UserId id) {
  bool may = allowed(who, Action::manage_users) || !grantable_roles(who).empty() ||
             allowed(who, Action::manage_own_account, Target{.user = id});
  if (!may) {
    if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
    return fail(ErrorKind::forbidden, "You may not do this.");
  }
  std::optional<UserCredentials> u;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto r = store.user(id);
    if (!r) return std::unexpected(r.error());
    u = std::move(*r);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!u || u->user.status == UserStatus::deleted) return fail(ErrorKind::not_found, "Not found.");
  return u->user;
}

bool AccountService::administers(const Principal& who) const {
  return allowed(who, Action::manage_users) || allowed(who, Action::invite_user) ||
         allowed(who, Action::view_audit_log) || !grantable_roles(who).empty();
}

std::vector<RoleAssignment> AccountService::grantable_roles(const Principal& who) const {
  std::vector<RoleAssignment> out;
  for (Role role : kAllRoles) {
    if (role_has_working_group(role)) {
      for (auto wg : kWorkingGroups)
        if (allowed(who, Action::grant_role, Target{.role = RoleAssignment{role, std::string(wg)}}))
          out.push_back({role, std::string(wg)});
    } else if (allowed(who, Action::grant_role, Target{.role = RoleAssignment{role, ""}})) {
      out.push_back({role, ""});
    }
  }
  return out;
}

Status AccountService::set_roles(const Principal& who, UserId id,
                                 const std::vector<RoleAssignment>& roles) {
  if (auto w = require_write(who); !w) return w;
  return repository_.transaction([&](AccountStore& store) -> Status {
    auto u = store.user(id);
    if (!u) return std::unexpected(u.error());
    if (!*u || (*u)->user.status == UserStatus::deleted)
      return fail(ErrorKind::not_found, "Not found.");
    const auto& before = (*u)->user.roles;
    std::vector<RoleAssignment> added, removed;
    for (const auto& r : roles)
      if (std::find(before.begin(), before.end(), r) == before.end() &&
          std::find(added.begin(), added.end(), r) == added.end())
        added.push_back(r);
    for (const auto& r : before)
      if (std::find(roles.begin(), roles.end(), r) == roles.end()) removed.push_back(r);
    for (const auto* list : {&added, &removed})
      for (const auto& r : *list)
        if (auto ok = require(who, Action::grant_role, Target{.user = id, .role = r}); !ok)
          return ok;
    if (added.empty() && removed.empty()) return {};
    bool drops_admin = std::any_of(removed.begin(), removed.end(),
                                   [](auto& r) { return r.role == Role::platform_admin; });
    if (drops_admin) {
      auto all = store.users();
      if (!all) return std::unexpected(all.error());
      bool other = std::any_of(all->begin(), all->end(), [&](const User& x) {
        return x.id != id && x.status == UserStatus::active &&
               std::any_of(x.roles.begin(), x.roles.end(),
                           [](auto& r) { return r.role == Role::platform_admin; });
      });
      if (!other)
        return fail(ErrorKind::conflict,
                    "The platform must keep at least one administrator; appoint another first.");
    }
    std::vector<RoleAssignment> next = before;
    std::erase_if(next, [&](const RoleAssignment& r) {
      return std::find(removed.begin(), removed.end(), r) != removed.end();
    });
    next.insert(next.end(), added.begin(), added.end());
    if (auto s = store.set_roles(id, next, who.user, clock_()); !s) return s;
    std::string target = "user:" + std::to_string(id.value());
    auto describe = [](const RoleAssignment& r) {
      return std::string(to_string(r.role)) +
             (r.working_group.empty() ? "" : ":" + r.working_group);
    };
    for (const auto& r : added)
      if (auto a = store.append_audit(audit_record(who, "role.granted", target, describe(r))); !a)
        return a;
    for (const auto& r : removed)
      if (auto a = store.append_audit(audit_record(who, "role.revoked", target, describe(r))); !a)
        return a;
    return {};
  });
}

Status AccountService::set_status(const Principal& who, UserId id, UserStatus status) {
  if (auto w = require_write(who); !w) return w;
  if (auto r = require(who, Action::manage_users); !r) return r;
  if (status != UserStatus::active && status != UserStatus::disabled)
    return fail(ErrorKind::unprocessable, "An account can only be enabled or disabled here.",
                "status");
  if (who.user && *who.user == id)
    return fail(ErrorKind::conflict, "You cannot disable your own account.");
  return repository_.transaction([&](AccountStore& store) -> Status {
    auto u = store.user(id);
    if (!u) return std::unexpected(u.error());
    if (!*u || (*u)->user.status == UserStatus::deleted)
      return fail(ErrorKind::not_found, "Not found.");
    if ((*u)->user.status == status) return {};
    if ((*u)->user.status != UserStatus::active && (*u)->user.status != UserStatus::disabled)
      return fail(ErrorKind::conflict, "This account has not been activated yet.");
    if (auto s = store.set_status(id, status, clock_()); !s) return s;
    if (status == UserStatus::disabled)
      if (auto d = store.delete_sessions_of(id); !d) return d;
    return store.append_audit(audit_record(
        who, status == UserStatus::disabled ? "user.disabled" : "user.enabled",
        "user:" + std::to_string(id.value())));
  });
}

Result<std::vector<AuditEntry>> AccountService::audit(const Principal& who,
                                                      const AuditFilter& filter) {
  if (auto r = require(who, Action::view_audit_log); !r) return std::unexpected(r.error());
  std::vector<AuditEntry> out;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto a = store.audit(filter);
    if (!a) return std::unexpected(a.error());
    out = std::move(*a);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<Person>> AccountService::people(const Principal& who) {
  if (auto r = require(who, Action::view_directory); !r) return std::unexpected(r.error());
  bool contacts = allowed(who, Action::view_member_contacts);
  std::vector<Person> out;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto users = store.users();
    if (!users) return std::unexpected(users.error());
    auto organisations = store.organisations({});
    if (!organisations) return std::unexpected(organisations.error());
    for (auto& u : *users) {
      if (u.status != UserStatus::active) continue;
      Person p;
      p.email_visible = contacts;
      if (!contacts) u.email.clear();
      if (u.organisation)
        for (const auto& o : *organisations)
          if (o.id == *u.organisation) p.organisation = o;
      p.user = std::move(u);
      out.push_back(std::move(p));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace cps::accounts
