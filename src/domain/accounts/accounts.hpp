// Who is who in the partnership: organisations, people, their roles, and the records that
// keep them signed in and accountable (sessions, tokens, the audit log, outgoing mail).
// Plain types; nothing here knows HTTP, SQL or templates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/strong.hpp"

namespace cps::accounts {

using UserId = StrongId<struct UserIdTag>;
using OrganisationId = StrongId<struct OrganisationIdTag>;
using TokenId = StrongId<struct TokenIdTag>;
using Seconds = std::int64_t;  // Unix time, UTC

enum class OrganisationRole { lead_partner, project_partner, associated_partner, user_group, external };
enum class Experience { experienced, learning };

struct OrganisationText {
  std::string lang;
  std::string name;
  std::string description;  // Markdown
};

struct Organisation {
  OrganisationId id;
  std::string slug;
  std::string type;  // a partner type code from the reference data
  CountryCode country;
  std::optional<RegionCode> region;
  std::string website;
  OrganisationRole role = OrganisationRole::project_partner;
  Experience experience = Experience::learning;
  std::optional<UserId> contact;
  std::vector<OrganisationText> texts;  // at least English
  Seconds updated_at = 0;

  // The text in the language asked for, English otherwise.
  const OrganisationText& text(std::string_view lang) const;
};

struct OrganisationFilter {
  std::optional<CountryCode> country;
  std::optional<std::string> type;
  std::optional<OrganisationRole> role;
  std::optional<Experience> experience;
};

// Roles, from the most to the least powerful. Working-group roles carry the group (WG1…WG6).
enum class Role {
  platform_admin,
  lead_coordinator,
  sc_member,
  stc_member,
  wg_coordinator,
  wg_member,
  partner_staff,
  stakeholder,
  controller,  // a first-level controller: verifies partners' spending
};
inline constexpr Role kAllRoles[] = {Role::platform_admin, Role::lead_coordinator, Role::sc_member,
                                     Role::stc_member,     Role::wg_coordinator,   Role::wg_member,
                                     Role::partner_staff,  Role::stakeholder,      Role::controller};
bool role_has_working_group(Role role);

struct RoleAssignment {
  Role role = Role::stakeholder;
  std::string working_group;  // "" unless role_has_working_group(role)
  bool operator==(const RoleAssignment&) const = default;
};

enum class UserStatus { invited, unverified, active, disabled, deleted };

struct User {
  UserId id;
  std::string email;  // lower case; empty once deleted
  std::string display_name;
  std::optional<OrganisationId> organisation;
  std::string ui_language = "en";
  std::vector<std::string> languages;  // spoken, BCP 47
  std::string bio;
  std::vector<AreaCode> expertise;
  std::vector<RoleAssignment> roles;
  UserStatus status = UserStatus::invited;
  Seconds created_at = 0;
};

// A user with the secret parts the service needs to sign them in; never leaves the service.
struct UserCredentials {
  User user;
  std::string password_hash;
  Seconds sessions_valid_after = 0;
  Seconds privileges_changed_at = 0;
};

enum class TokenScope { read, write };

struct ApiToken {
  TokenId id;
  UserId user;
  std::string name;
  std::string prefix;
  TokenScope scope = TokenScope::read;
  Seconds created_at = 0;
  std::optional<Seconds> last_used_at;
  std::optional<Seconds> revoked_at;
};

struct SessionRecord {
  std::string id_digest;
  UserId user;
  std::string csrf_token;
  Seconds created_at = 0;
  Seconds last_seen_at = 0;
  std::string client;
};

enum class OneTimePurpose { invitation, password_reset, email_verification, email_change };

struct OneTimeToken {
  std::string digest;
  OneTimePurpose purpose = OneTimePurpose::password_reset;
  UserId user;
  std::string new_email;  // for email_change
  Seconds expires_at = 0;
  std::optional<Seconds> used_at;
};

// One line of the audit log: who did what to what, when, from where.
struct AuditRecord {
  std::optional<UserId> actor;
  std::string actor_label;  // the actor's e-mail or "system" at the time
  std::string action;       // e.g. "login.failed", "role.granted"
  std::string target;       // e.g. "user:12"
  std::string detail;
  std::string client;
  Seconds at = 0;
};

struct AuditEntry : AuditRecord {
  std::int64_t id = 0;
};

struct AuditFilter {
  std::string action_prefix = {};  // "" for all
  std::optional<UserId> actor = std::nullopt;
  std::optional<Seconds> since = std::nullopt;
  std::optional<Seconds> until = std::nullopt;
  std::optional<std::int64_t> before_id = std::nullopt;  // only entries older than this one
  std::size_t limit = 200;
};

struct OutgoingMail {
  std::string to;
  std::string subject;
  std::string body;  // plain text, UTF-8
};

// The state of one throttle key after a failed attempt.
struct ThrottleState {
  int failures = 0;
  Seconds blocked_until = 0;
};

// Who is making a request, as far as the services need to know.
struct Principal {
  enum class Via { anonymous, session, api_token };
  Via via = Via::anonymous;
  std::optional<UserId> user;
  std::string label;  // e-mail, for the audit log
  std::string display_name;
  std::optional<OrganisationId> organisation;
  std::vector<RoleAssignment> roles;
  TokenScope token_scope = TokenScope::write;  // what an API token allows
  std::string client;                           // remote address

  bool signed_in() const { return user.has_value(); }
  bool has(Role role) const;
  bool has(Role role, std::string_view working_group) const;
};

std::string_view to_string(OrganisationRole r);
std::optional<OrganisationRole> parse_organisation_role(std::string_view s);
std::string_view to_string(Experience e);
std::optional<Experience> parse_experience(std::string_view s);
std::string_view to_string(Role r);
std::optional<Role> parse_role(std::string_view s);
std::string_view to_string(UserStatus s);
std::optional<UserStatus> parse_user_status(std::string_view s);
std::string_view to_string(TokenScope s);
std::optional<TokenScope> parse_token_scope(std::string_view s);
std::string_view to_string(OneTimePurpose p);
std::optional<OneTimePurpose> parse_one_time_purpose(std::string_view s);

inline constexpr std::string_view kWorkingGroups[] = {"WG1", "WG2", "WG3", "WG4", "WG5", "WG6"};
bool is_working_group(std::string_view code);

}  // namespace cps::accounts
