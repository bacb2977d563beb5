#include "domain/accounts/accounts.hpp"

#include <algorithm>

#include "core/enum_names.hpp"

namespace cps::accounts {

namespace {

constexpr EnumName<OrganisationRole> kOrganisationRoles[] = {
    {OrganisationRole::lead_partner, "lead_partner"},
    {OrganisationRole::project_partner, "project_partner"},
    {OrganisationRole::associated_partner, "associated_partner"},
    {OrganisationRole::user_group, "user_group"},
    {OrganisationRole::external, "external"}};
constexpr EnumName<Experience> kExperience[] = {
    {Experience::experienced, "experienced"}, {Experience::learning, "learning"}};
constexpr EnumName<Role> kRoles[] = {
    {Role::platform_admin, "platform_admin"}, {Role::lead_coordinator, "lead_coordinator"},
    {Role::sc_member, "sc_member"},           {Role::stc_member, "stc_member"},
    {Role::wg_coordinator, "wg_coordinator"}, {Role::wg_member, "wg_member"},
    {Role::partner_staff, "partner_staff"},   {Role::stakeholder, "stakeholder"},
    {Role::controller, "controller"}};
constexpr EnumName<UserStatus> kStatuses[] = {
    {UserStatus::invited, "invited"}, {UserStatus::unverified, "unverified"},
    {UserStatus::active, "active"},   {UserStatus::disabled, "disabled"},
    {UserStatus::deleted, "deleted"}};
constexpr EnumName<TokenScope> kScopes[] = {{TokenScope::read, "read"}, {TokenScope::write, "write"}};
constexpr EnumName<OneTimePurpose> kPurposes[] = {
    {OneTimePurpose::invitation, "invitation"},
    {OneTimePurpose::password_reset, "password_reset"},
    {OneTimePurpose::email_verification, "email_verification"},
    {OneTimePurpose::email_change, "email_change"}};
static_assert(names_each_value_once(kOrganisationRoles) && names_each_value_once(kExperience) &&
              names_each_value_once(kRoles) && names_each_value_once(kStatuses) &&
              names_each_value_once(kScopes) && names_each_value_once(kPurposes));
static_assert(std::ranges::equal(kAllRoles, values_of(kRoles)), "kAllRoles lists the roles of kRoles");

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
  return parse_name(s, kOrganisationRoles);
}
std::string_view to_string(Experience e) { return name_of(e, kExperience); }
std::optional<Experience> parse_experience(std::string_view s) { return parse_name(s, kExperience); }
std::string_view to_string(Role r) { return name_of(r, kRoles); }
std::optional<Role> parse_role(std::string_view s) { return parse_name(s, kRoles); }
std::string_view to_string(UserStatus s) { return name_of(s, kStatuses); }
std::optional<UserStatus> parse_user_status(std::string_view s) { return parse_name(s, kStatuses); }
std::string_view to_string(TokenScope s) { return name_of(s, kScopes); }
std::optional<TokenScope> parse_token_scope(std::string_view s) { return parse_name(s, kScopes); }
std::string_view to_string(OneTimePurpose p) { return name_of(p, kPurposes); }
std::optional<OneTimePurpose> parse_one_time_purpose(std::string_view s) {
  return parse_name(s, kPurposes);
}

}  // namespace cps::accounts
