// What the account services need from storage: small operations on one open transaction.
// The service composes them, so that a change, its audit line and its e-mail are written
// together or not at all.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::accounts {

class AccountStore {
 public:
  virtual ~AccountStore() = default;

  virtual Result<std::vector<Organisation>> organisations(const OrganisationFilter& filter) = 0;
  virtual Result<std::optional<Organisation>> organisation(OrganisationId id) = 0;
  virtual Result<std::optional<Organisation>> organisation_by_slug(std::string_view slug) = 0;
  virtual Result<OrganisationId> insert_organisation(const Organisation& o, Seconds now) = 0;
  virtual Status update_organisation(const Organisation& o, Seconds now) = 0;

  // Every account but deleted ones, with roles and expertise, ordered by display name.
  virtual Result<std::vector<User>> users() = 0;
  virtual Result<std::optional<UserCredentials>> user(UserId id) = 0;
  virtual Result<std::optional<UserCredentials>> user_by_email(std::string_view email) = 0;
  virtual Result<UserId> insert_user(const User& u, const std::string& password_hash,
                                     Seconds now) = 0;
  // Display name, organisation, languages, bio and expertise.
  virtual Status update_profile(const User& u, Seconds now) = 0;
  virtual Status set_email(UserId id, const std::string& email, Seconds now) = 0;
  // Also voids every session started before `now`.
  virtual Status set_password(UserId id, const std::string& hash, Seconds now) = 0;
  virtual Status set_status(UserId id, UserStatus status, Seconds now) = 0;
  // Replaces the roles and marks the user's sessions for a new id.
  virtual Status set_roles(UserId id, const std::vector<RoleAssignment>& roles,
                           std::optional<UserId> granted_by, Seconds now) = 0;
  // Deletes the account's personal data and its sessions, tokens and roles; the row stays so
  // that what the person contributed keeps an author ("former member").
  virtual Status erase_personal_data(UserId id, Seconds now) = 0;

  virtual Status insert_session(const SessionRecord& s) = 0;
  virtual Result<std::optional<SessionRecord>> session(const std::string& id_digest) = 0;
  virtual Status touch_session(const std::string& id_digest, Seconds now) = 0;
  virtual Status delete_session(const std::string& id_digest) = 0;
  virtual Status delete_sessions_of(UserId user) = 0;
  virtual Result<std::vector<SessionRecord>> sessions_of(UserId user) = 0;

  virtual Result<ThrottleState> throttle(const std::string& key) = 0;
  // Counts one more failure (starting again from one when the last is older than
  // `window_start`) and returns the new count.
  virtual Result<int> record_failure(const std::string& key, Seconds now,
                                     Seconds window_start) = 0;
  virtual Status block(const std::string& key, Seconds until) = 0;
  virtual Status clear_throttle(const std::string& key) = 0;

  virtual Status insert_one_time(const OneTimeToken& t, std::optional<UserId> created_by,
                                 Seconds now) = 0;
  virtual Result<std::optional<OneTimeToken>> one_time(const std::string& digest) = 0;
  // Marks the token used; false when it was used already (by a concurrent request, too).
  virtual Result<bool> use_one_time(const std::string& digest, Seconds now) = 0;

  virtual Result<TokenId> insert_api_token(const ApiToken& t, const std::string& digest) = 0;
  virtual Result<std::vector<ApiToken>> api_tokens_of(UserId user) = 0;
  virtual Result<std::optional<ApiToken>> api_token_by_digest(const std::string& digest) = 0;
  virtual Status touch_api_token(TokenId id, Seconds now) = 0;
  virtual Status revoke_api_token(TokenId id, Seconds now) = 0;

  virtual Status append_audit(const AuditRecord& record) = 0;
  virtual Result<std::vector<AuditEntry>> audit(const AuditFilter& filter) = 0;

  virtual Status enqueue_mail(const OutgoingMail& mail, Seconds now) = 0;
};

class AccountRepository {
 public:
  virtual ~AccountRepository() = default;
  // Runs work in one transaction: committed when it succeeds, rolled back when it fails.
  virtual Status transaction(const std::function<Status(AccountStore&)>& work) = 0;
  // Runs reads without taking the write lock.
  virtual Status read(const std::function<Status(AccountStore&)>& work) = 0;
};

}  // namespace cps::accounts
