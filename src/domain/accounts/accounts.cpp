#include "domain/accounts/accounts.hpp"

#include <algorithm>

namespace cps::accounts {

namespace {

template <class E, std::size_t N>
std::optional<E> parse_from(std::string_view s, const std::pair<E, std::string_view> (&table)[N]) {
  for (const auto& [value, name] : table)
    if (name == s) return value;
  return std::nullopt;
}

template <class E, std::size_t N>
std::string_view name_of(E value, const std::pair<E, std::string_view> (&table)[N]) {
  for (const auto& [v, name] : table)
    if (v == value) return name;
  return {};
}

constexpr std::pair<OrganisationRole, std::string_view> kOrganisationRoles[] = {
    {OrganisationRole::lead_partner, "lead_partner"},
    {OrganisationRole::project_partner, "project_partner"},
    {OrganisationRole::associated_partner, "associated_partner"},
    {OrganisationRole::user_group, "user_group"},
    {OrganisationRole::external, "external"}};
constexpr std::pair<Experience, std::string_view> kExperience[] = {
    {Experience::experienced, "experienced"}, {Experience::learning, "learning"}};
constexpr std::pair<Role, std::string_view> kRoles[] = {
    {Role::platform_admin, "platform_admin"}, {Role::lead_coordinator, "lead_coordinator"},
    {Role::sc_member, "sc_member"},           {Role::stc_member, "stc_member"},
    {Role::wg_coordinator, "wg_coordinator"}, {Role::wg_member, "wg_member"},
    {Role::partner_staff, "partner_staff"},   {Role::stakeholder, "stakeholder"}};
constexpr std::pair<UserStatus, std::string_view> kStatuses[] = {
    {UserStatus::invited, "invited"}, {UserStatus::unverified, "unverified"},
    {UserStatus::active, "active"},   {UserStatus::disabled, "disabled"},
    {UserStatus::deleted, "deleted"}};
constexpr std::pair<TokenScope, std::string_view> kScopes[] = {{TokenScope::read, "read"},
                                                                {TokenScope::write, "write"}};
constexpr std::pair<OneTimePurpose, std::string_view> kPurposes[] = {
    {OneTimePurpose::invitation, "invitation"},
    {OneTimePurpose::password_reset, "password_reset"},
    {OneTimePurpose::email_verification, "email_verification"},
    {OneTimePurpose::email_change, "email_change"}};

}  // namespace

const OrganisationText& Organisation::text(std::string_view lang) const {
  static const OrganisationText none;
  const OrganisationText* english = nullptr;
  for (const auto& t : texts) {
    if (t.lang == lang) return t;
    if (t.lang == "en") english = &t;
  }
  if (english) return *english;
  return texts.empty() ? none : texts.front();
}

bool role_has_working_group(Role role) {
  return role == Role::wg_coordinator || role == Role::wg_member;
}

bool is_working_group(std::string_view code) {
  return std::find(std::begin(kWorkingGroups), std::end(kWorkingGroups), code) !=
         std::end(kWorkingGroups);
}

bool Principal::has(Role role) const {
  return std::any_of(roles.begin(), roles.end(), [&](const auto& a) { return a.role == role; });
}

bool Principal::has(Role role, std::string_view working_group) const {
  return std::any_of(roles.begin(), roles.end(), [&](const auto& a) {
    return a.role == role && a.working_group == working_group;
  });
}

std::string_view to_string(OrganisationRole r) { return name_of(r, kOrganisationRoles); }
std::optional<OrganisationRole> parse_organisation_role(std::string_view s) {
  return parse_from(s, kOrganisationRoles);
}
std::string_view to_string(Experience e) { return name_of(e, kExperience); }
std::optional<Experience> parse_experience(std::string_view s) { return parse_from(s, kExperience); }
std::string_view to_string(Role r) { return name_of(r, kRoles); }
std::optional<Role> parse_role(std::string_view s) { return parse_from(s, kRoles); }
std::string_view to_string(UserStatus s) { return name_of(s, kStatuses); }
std::optional<UserStatus> parse_user_status(std::string_view s) { return parse_from(s, kStatuses); }
std::string_view to_string(TokenScope s) { return name_of(s, kScopes); }
std::optional<TokenScope> parse_token_scope(std::string_view s) { return parse_from(s, kScopes); }
std::string_view to_string(OneTimePurpose p) { return name_of(p, kPurposes); }
std::optional<OneTimePurpose> parse_one_time_purpose(std::string_view s) {
  return parse_from(s, kPurposes);
}

}  // namespace cps::accounts
