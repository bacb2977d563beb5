// Use cases of accounts: signing in and out, sessions, recovery, invitations, the person's
// own account and API tokens, and the administration of people and roles. Every method
// that acts for somebody takes the Principal and asks the policy first.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/account_repository.hpp"
#include "domain/accounts/policy.hpp"
#include "i18n/catalogue.hpp"
#include "security/password.hpp"

namespace cps::accounts {

using Clock = std::function<Seconds()>;
Seconds system_clock_seconds();

enum class SelfRegistration { off, on };

struct AccountSettings {
  Seconds session_idle = 60 * 60;           // signed out after an hour without a request
  Seconds session_absolute = 12 * 60 * 60;  // and after twelve hours in any case
  int lock_after = 8;                       // failures of one account before it is locked
  Seconds lock_duration = 15 * 60;
  Seconds failure_window = 15 * 60;  // failures older than this are forgotten
  SelfRegistration self_registration = SelfRegistration::off;
  std::string public_url = "http://127.0.0.1:8080";  // for links in e-mails
  Seconds invitation_ttl = 7 * 24 * 60 * 60;
  Seconds reset_ttl = 60 * 60;
  Seconds verification_ttl = 2 * 24 * 60 * 60;
};

// What a browser keeps after signing in: the session id for its cookie, the form token.
struct SignedIn {
  std::string session_token;
  std::string csrf_token;
  User user;
};

struct ResumedSession {
  Principal principal;
  std::string csrf_token;
  // Set when the session was given a new id (after a change of roles): the new cookie value.
  std::optional<std::string> new_token;
};

struct ProfileInput {
  std::string display_name;
  std::string ui_language;
  std::vector<std::string> languages;  // raw tags as typed
  std::string bio;
  std::vector<std::string> expertise;  // area codes
};

struct InvitationInput {
  std::string email;
  std::string display_name;
  std::optional<OrganisationId> organisation;
  std::vector<RoleAssignment> roles;
  std::string ui_language = "en";
};

struct RegistrationInput {
  std::string email;
  std::string display_name;
  std::string password;
  std::string ui_language = "en";
};

// A new account's address and name once they passed the checks.
struct CheckedInvitation {
  std::string email;
  std::string display_name;
};

struct CreatedToken {
  ApiToken token;
  std::string secret;  // shown once, never stored
};

struct PersonalData {
  User user;
  std::optional<Organisation> organisation;
  std::vector<SessionRecord> sessions;
  std::vector<ApiToken> tokens;
  std::vector<AuditEntry> activity;
};

// A person as the directory shows them: contacts only to those who may see them.
struct Person {
  User user;
  std::optional<Organisation> organisation;
  bool email_visible = false;
};

class AccountService {
 public:
  AccountService(AccountRepository& repository, const security::PasswordRules& rules,
                 const i18n::Catalogue& catalogue, AccountSettings settings,
                 Clock clock = system_clock_seconds);

  const AccountSettings& settings() const { return settings_; }
  // The address links in e-mails start with, once the server knows it (its bound port when
  // none was configured). Call before serving.
  void use_public_url(std::string url) { settings_.public_url = std::move(url); }

  // Signing in. Failures have one answer whether or not the e-mail exists; repeated failures
  // (counted per account and per client address, in the database) bring a growing wait and
  // then a lock, refused with kind rate_limited.
  Result<SignedIn> sign_in(std::string_view email, std::string_view password,
                           std::string_view client);
  // The principal of a session cookie; unauthenticated when it is unknown or expired.
  Result<ResumedSession> resume_session(std::string_view token, std::string_view client);
  Status sign_out(std::string_view token, const Principal& who);
  // The principal of an API token (Authorization: Bearer …).
  Result<Principal> authenticate_token(std::string_view secret, std::string_view client);

  // The person's own account.
  Result<User> me(const Principal& who);
  Status update_profile(const Principal& who, UserId user, const ProfileInput& input);
  // Checks the current password, sets the new one, ends every other session and returns a
  // new session for this browser.
  Result<SignedIn> change_password(const Principal& who, std::string_view current,
                                   std::string_view replacement);
  // Sends a confirmation link to the new address; the change happens when it is opened.
  Status request_email_change(const Principal& who, std::string_view password,
                              std::string_view new_email);
  Status confirm_email_change(std::string_view token, std::string_view client);
  Result<CreatedToken> create_api_token(const Principal& who, std::string_view name,
                                        std::string_view scope);
  Result<std::vector<ApiToken>> api_tokens(const Principal& who);
  Status revoke_api_token(const Principal& who, TokenId id);
  Result<PersonalData> personal_data(const Principal& who);
  Status delete_account(const Principal& who, std::string_view password);

  // Recovery and joining.
  // Always succeeds for a well-formed address, so it tells nobody whether an account exists.
  Status request_password_reset(std::string_view email, std::string_view client);
  // The account a one-time link is for, when the link is still good.
  Result<User> check_link(std::string_view token, OneTimePurpose purpose);
  Result<SignedIn> reset_password(std::string_view token, std::string_view password,
                                  std::string_view client);
  Result<SignedIn> accept_invitation(std::string_view token, std::string_view password,
                                     std::string_view client);
  Status register_stakeholder(const RegistrationInput& input, std::string_view client);
  Result<SignedIn> verify_email(std::string_view token, std::string_view client);

  // Administration.
  Result<UserId> invite(const Principal& who, const InvitationInput& input);
  // Every account, for administrators and for those who may give roles.
  Result<std::vector<User>> users(const Principal& who);
  // Whether `who` has any administration to do: people, roles or the audit log.
  bool administers(const Principal& who) const;
  Result<User> user(const Principal& who, UserId id);
  Status set_roles(const Principal& who, UserId id, const std::vector<RoleAssignment>& roles);
  Status set_status(const Principal& who, UserId id, UserStatus status);
  Result<std::vector<AuditEntry>> audit(const Principal& who, const AuditFilter& filter);
  // Roles `who` may grant or take away, for forms.
  std::vector<RoleAssignment> grantable_roles(const Principal& who) const;

  // The command line acts as the platform itself: no session, every right, audited as such.
  static Principal command_line();
  Result<UserId> add_user(const Principal& who, const InvitationInput& input,
                          std::string_view password);
  // For loading prepared data (the demo): an active account with an Argon2id hash made once.
  Result<UserId> add_user_with_hash(const Principal& who, const InvitationInput& input,
                                    const std::string& password_hash);
  // A fresh password-reset link for an account, for an administrator to pass on.
  Result<std::string> issue_reset_link(const Principal& who, std::string_view email);

  // The public directory of people and their roles.
  Result<std::vector<Person>> people(const Principal& who);

  // Parses "role" or "role:WG3" as typed on forms and the command line.
  static Result<RoleAssignment> parse_assignment(std::string_view text);
  static Result<std::string> normalise_email(std::string_view email);

 private:
  Result<SignedIn> start_session(AccountStore& store, const UserCredentials& user,
                                 std::string_view client);
  Result<UserCredentials> consume_link(AccountStore& store, std::string_view token,
                                       OneTimePurpose purpose);
  // What else setting a password through a link means, in the same transaction, after the
  // password is set and before the holder is signed in; a failure undoes it all.
  using LinkStep = std::function<Status(AccountStore& store, UserCredentials& user, Seconds now)>;
  // Sets the password chosen through a link of `purpose` (the link good, the password within
  // the rules), runs `step`, signs the holder in and records `action` in the audit log.
  Result<SignedIn> set_password_through_link(std::string_view token, OneTimePurpose purpose,
                                             std::string_view password, std::string_view client,
                                             const LinkStep& step, std::string_view action);
  Status send_link(AccountStore& store, const User& user, OneTimePurpose purpose,
                   std::optional<UserId> created_by, const std::string& address,
                   const std::string& new_email);
  AuditRecord audit_record(const Principal& who, std::string action, std::string target,
                           std::string detail = {}) const;
  // Queues a mail to `address` with `subject` and `body` (message ids) in the user's language,
  // "{name}" in the body standing for the user's name.
  Status mail_user(AccountStore& store, const User& user, const std::string& address,
                   const char* subject, const char* body, Seconds now) const;
  Result<CheckedInvitation> check_new_user(const Principal& who, const InvitationInput& input);
  Result<UserId> insert_new_user(const Principal& who, const InvitationInput& input,
                                 const std::string& email, const std::string& name,
                                 const std::string& hash);
  Status check_password(const Principal& who, std::string_view password);
  std::string link(std::string_view language, std::string_view path, std::string_view token) const;

  AccountRepository& repository_;
  const security::PasswordRules& rules_;
  const i18n::Catalogue& catalogue_;
  AccountSettings settings_;
  Clock clock_;
};

}  // namespace cps::accounts
