// The words people read for the account vocabulary (roles, kinds of organisation, statuses):
// message ids to translate with Site::tr.
#pragma once

#include <string>
#include <string_view>

#include "domain/accounts/accounts.hpp"

namespace cps::web {

const char* role_label(accounts::Role role);
const char* partner_type_label(std::string_view code);
const char* organisation_role_label(accounts::OrganisationRole role);
const char* experience_label(accounts::Experience experience);
const char* user_status_label(accounts::UserStatus status);

}  // namespace cps::web
