#include "web/account_labels.hpp"

#include "i18n/catalogue.hpp"

namespace cps::web {

using i18n::N_;
using namespace cps::accounts;

const char* role_label(Role role) {
  switch (role) {
    case Role::platform_admin:
      return N_("Platform administrator");
    case Role::lead_coordinator:
      return N_("Lead-partner coordinator");
    case Role::sc_member:
      return N_("Steering committee member");
    case Role::stc_member:
      return N_("Scientific and technical committee member");
    case Role::wg_coordinator:
      return N_("Working group coordinator");
    case Role::wg_member:
      return N_("Working group member");
    case Role::partner_staff:
      return N_("Partner staff");
    case Role::stakeholder:
      return N_("Stakeholder (user group)");
    case Role::controller:
      return N_("First-level controller");
  }
  return N_("Stakeholder (user group)");
}

const char* partner_type_label(std::string_view code) {
  if (code == "national_authority") return N_("National public authority");
  if (code == "regional_authority") return N_("Regional public authority");
  if (code == "development_agency") return N_("Regional development agency");
  if (code == "research_institute") return N_("Research institute");
  if (code == "university") return N_("University");
  if (code == "innovation_agency") return N_("Innovation agency");
  if (code == "cluster_organisation") return N_("Cluster organisation");
  if (code == "cluster_network") return N_("Cluster network");
  if (code == "business_support") return N_("Business support organisation");
  return N_("Other organisation");
}

const char* organisation_role_label(OrganisationRole role) {
  switch (role) {
    case OrganisationRole::lead_partner:
      return N_("Lead partner");
    case OrganisationRole::project_partner:
      return N_("Project partner");
    case OrganisationRole::associated_partner:
      return N_("Associated partner");
    case OrganisationRole::user_group:
      return N_("User group member");
    case OrganisationRole::external:
      return N_("External organisation");
  }
  return N_("External organisation");
}

const char* experience_label(Experience experience) {
  return experience == Experience::experienced ? N_("Experienced in cluster policy")
                                               : N_("Learning from peers");
}

const char* user_status_label(UserStatus status) {
  switch (status) {
    case UserStatus::invited:
      return N_("Invited");
    case UserStatus::unverified:
      return N_("E-mail not confirmed");
    case UserStatus::active:
      return N_("Active");
    case UserStatus::disabled:
      return N_("Disabled");
    case UserStatus::deleted:
      return N_("Deleted");
  }
  return N_("Active");
}

}  // namespace cps::web
