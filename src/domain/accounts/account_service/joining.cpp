// Accounts: joining and recovery through one-time links — invitations, registration with
// e-mail verification, and password resets.
#include "domain/accounts/account_service.hpp"

#include "domain/accounts/account_service/internal.hpp"
#include "security/crypto.hpp"

namespace cps::accounts {

using i18n::N_;
using namespace account_parts;

namespace {

constexpr int kResetMailsPerWindow = 3;

}  // namespace

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

Result<SignedIn> AccountService::set_password_through_link(std::string_view token,
                                                           OneTimePurpose purpose,
                                                           std::string_view password,
                                                           std::string_view client,
                                                           const LinkStep& step,
                                                           std::string_view action) {
  auto user = check_link(token, purpose);
  if (!user) return std::unexpected(user.error());
  if (auto ok = rules_.check(password, user->email); !ok) return std::unexpected(ok.error());
  auto hash = security::hash_password(password);
  if (!hash) return std::unexpected(hash.error());
  Result<SignedIn> session = fail(ErrorKind::internal, "");
  auto ok = repository_.transaction([&](AccountStore& store) -> Status {
    auto u = consume_link(store, token, purpose);
    if (!u) return std::unexpected(u.error());
    Seconds now = clock_();
    if (auto s = store.set_password(u->user.id, *hash, now); !s) return s;
    if (auto s = step(store, *u, now); !s) return s;
    session = start_session(store, *u, client);
    if (!session) return std::unexpected(session.error());
    Principal who = principal_of(u->user, Principal::Via::anonymous, client);
    return store.append_audit(audit_record(who, std::string(action),
                                           "user:" + std::to_string(u->user.id.value())));
  });
  if (!ok) return std::unexpected(ok.error());
  return session;
}

Result<SignedIn> AccountService::reset_password(std::string_view token, std::string_view password,
                                                std::string_view client) {
  return set_password_through_link(
      token, OneTimePurpose::password_reset, password, client,
      [](AccountStore& store, UserCredentials& u, Seconds) -> Status {
        if (auto d = store.delete_sessions_of(u.user.id); !d) return d;
        // Whoever can read the mailbox is the owner: the lock has done its work.
        return store.clear_throttle(account_key(u.user.email));
      },
      "password.reset");
}

Result<SignedIn> AccountService::accept_invitation(std::string_view token,
                                                   std::string_view password,
                                                   std::string_view client) {
  return set_password_through_link(
      token, OneTimePurpose::invitation, password, client,
      [](AccountStore& store, UserCredentials& u, Seconds now) -> Status {
        // Undone with the password when the account is past its invitation.
        if (u.user.status != UserStatus::invited) return fail(ErrorKind::not_found, kBadLink, "token");
        if (auto s = store.set_status(u.user.id, UserStatus::active, now); !s) return s;
        u.user.status = UserStatus::active;
        return {};
      },
      "invitation.accepted");
}

Status AccountService::register_stakeholder(const RegistrationInput& input,
                                            std::string_view client) {
  if (settings_.self_registration != SelfRegistration::on)
    return fail(ErrorKind::forbidden, "Registration is closed; ask a partner for an invitation.");
  auto person = check_person(input.email, input.display_name, input.ui_language);
  if (!person) return std::unexpected(person.error());
  const std::string& email = person->email;
  if (auto ok = rules_.check(input.password, email); !ok) return std::unexpected(ok.error());
  auto hash = security::hash_password(input.password);
  if (!hash) return std::unexpected(hash.error());
  return repository_.transaction([&](AccountStore& store) -> Status {
    Seconds now = clock_();
    auto existing = store.user_by_email(email);
    if (!existing) return std::unexpected(existing.error());
    if (*existing) {
      // The same answer as for a new address; the owner learns of the attempt by mail.
      return mail_user(store, (*existing)->user, email, N_("Your ClusterPoliSEE account"),
                       N_("Hello {name},\n\nsomebody tried to register a new ClusterPoliSEE "
                          "account with this e-mail address, which already has one. If it was "
                          "you, sign in or reset your password. Otherwise you can ignore this "
                          "message."),
                       now);
    }
    User u;
    u.email = email;
    u.display_name = person->display_name;
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

}  // namespace cps::accounts
